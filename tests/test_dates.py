from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsextract.dates import find_text_date, parse_machine_date, parse_text_date

PARIS = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-08-03T07:41:27+02:00", datetime(2020, 8, 3, 7, 41, 27, tzinfo=PARIS)),
        ("2020-08-03T05:41:27.000Z", datetime(2020, 8, 3, 5, 41, 27, tzinfo=UTC)),
        ("2020-08-03 07:41:27 +0200", datetime(2020, 8, 3, 7, 41, 27, tzinfo=PARIS)),
        ("2020-08-03", datetime(2020, 8, 3)),
        ("Mon, 03 Aug 2020 07:41:27 +0200", datetime(2020, 8, 3, 7, 41, 27, tzinfo=PARIS)),
        ("1596433287", datetime(2020, 8, 3, 5, 41, 27, tzinfo=UTC)),
        ("1596433287000", datetime(2020, 8, 3, 5, 41, 27, tzinfo=UTC)),
        (1596433287, datetime(2020, 8, 3, 5, 41, 27, tzinfo=UTC)),
    ],
)
def test_machine_dates(value: str | int, expected: datetime) -> None:
    assert parse_machine_date(value) == expected


@pytest.mark.parametrize(
    "value", ["2999-01-01", "1066-10-14", "2020-13-45", "yesterday", "", None, "0000-00-00"]
)
def test_machine_dates_out_of_bounds_or_invalid(value: str | None) -> None:
    assert parse_machine_date(value) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Veröffentlicht am 12. März 2021, 14:30 Uhr", "de", datetime(2021, 3, 12, 14, 30)),
        ("publié le 3 août 2020 à 07h41", "fr", datetime(2020, 8, 3, 7, 41)),
        ("Updated March 3, 2020 at 5:04 pm", "en", datetime(2020, 3, 3, 17, 4)),
        ("Publicado el 5 de mayo de 2019", "es", datetime(2019, 5, 5)),
        ("2020年8月3日 10:00", "ja", datetime(2020, 8, 3, 10, 0)),
    ],
)
def test_text_dates_in_many_languages(text: str, language: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected


@pytest.mark.parametrize(
    "value",
    ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "0001-01-01T00:30:00+14:00"],
)
def test_dates_with_no_utc_equivalent_are_rejected(value: str) -> None:
    """Year 1 east of UTC and year 9999 west of it overflow a datetime once converted."""
    assert parse_machine_date(value) is None
