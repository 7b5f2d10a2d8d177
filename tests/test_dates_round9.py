"""A date in the e-mail form with a zone word the standard does not know ("03 Mar 2025 14:20
WIB", Indonesian portals) keeps the zone's offset from dateparser's table; before, the
machine reading took it and dropped the zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsextract.dates import parse_text_date


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
