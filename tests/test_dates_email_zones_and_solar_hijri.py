"""A date in the e-mail form with a zone word the standard does not know ("03 Mar 2025 14:20
WIB", Indonesian portals) keeps the zone's offset from dateparser's table; before, the
machine reading took it and dropped the zone. A Solar Hijri date (Iranian and Afghan pages:
"۱۳ اسفند ۱۴۰۳") is read as its Gregorian day; before, no date was found."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsextract.dates import find_text_date, parse_text_date


@pytest.mark.parametrize(
    ("text", "hours"),
    [("03 Mar 2025 14:20 WIB", 7), ("03 Mar 2025 14:20 WITA", 8), ("03 Mar 2025 14:20 EST", -5)],
)
def test_an_email_form_date_keeps_its_written_zone(text: str, hours: int) -> None:
    expected = datetime(2025, 3, 3, 14, 20, tzinfo=timezone(timedelta(hours=hours)))
    assert parse_text_date(text, "id") == expected


def test_an_email_form_date_without_a_zone_is_unchanged() -> None:
    assert parse_text_date("03 Mar 2025 14:20", "id") == datetime(2025, 3, 3, 14, 20)
    stamp = parse_text_date("Mon, 03 Mar 2025 14:20:00 GMT")
    assert stamp == datetime(2025, 3, 3, 14, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تاریخ انتشار: دوشنبه ۱۳ اسفند ۱۴۰۳ - ۱۴:۲۰", datetime(2025, 3, 3, 14, 20)),
        ("۳۰ اسفند ۱۴۰۳", datetime(2025, 3, 20)),  # 1403 is a leap year
        ("1 فروردین 1404 ساعت 10:30", datetime(2025, 3, 21, 10, 30)),
    ],
)
def test_a_solar_hijri_date_is_read_as_its_gregorian_day(text: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, "fa") == expected


def test_a_day_the_solar_hijri_month_lacks_is_no_date() -> None:
    assert find_text_date("۳۰ اسفند ۱۴۰۲") is None  # 1402 is no leap year: Esfand has 29 days
