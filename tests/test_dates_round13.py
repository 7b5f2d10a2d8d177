"""Dates of languages the dev sets lack, found by probe pages written by hand (issue 12)."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsextract.dates import parse_text_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CLDR's Arabic day periods after a 12-hour time, with or without the tanwin
        ("5 مارس 2024 - 01:30 ظهرا", datetime(2024, 3, 5, 13, 30)),
        ("5 مارس 2024 - 01:30 ظهرًا", datetime(2024, 3, 5, 13, 30)),
        ("5 مارس 2024 - 04:15 بعد الظهر", datetime(2024, 3, 5, 16, 15)),
        ("5 مارس 2024 - 09:00 مساء", datetime(2024, 3, 5, 21, 0)),
        ("5 مارس 2024 - 09:00 صباحا", datetime(2024, 3, 5, 9, 0)),
        ("5 مارس 2024 - 10:30 ليلا", datetime(2024, 3, 5, 22, 30)),
    ],
)
def test_arabic_day_periods(text: str, expected: datetime) -> None:
    assert parse_text_date(text, "ar") == expected
