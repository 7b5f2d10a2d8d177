"""A written date is read in the page's language also where it fills a field whole (Croatian
"listopada" is October; Polish, first in the table of every language, makes it November),
and a Solar Hijri date written in numbers ("۱۴۰۲/۰۶/۲۹") is its Gregorian day."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsextract.dates import parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("24. listopada 2023. u 14:13", "hr", datetime(2023, 10, 24, 14, 13)),
        ("24. listopada 2023. u 14:13", "pl", datetime(2023, 11, 24, 14, 13)),
        ("3. studenoga 2023. 09:05", "hr", datetime(2023, 11, 3, 9, 5)),
        # a day in numbers keeps the order its dots give, whatever the language's own
        ("05.03.2024 10:30", "tl", datetime(2024, 3, 5, 10, 30)),
    ],
)
def test_a_month_name_is_read_in_the_pages_language(
    text: str, language: str, expected: datetime
) -> None:
    assert parse_text_date(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۱۴۰۲/۰۶/۲۹ ۱۳:۵۷", datetime(2023, 9, 20, 13, 57)),
        ("۱۴۰۱/۱۰/۲۷ ۱۸:۱۸", datetime(2023, 1, 17, 18, 18)),
        ("1402-06-29", datetime(2023, 9, 20)),
        ("1399/12/30", datetime(2021, 3, 20)),
    ],
)
def test_a_solar_hijri_date_in_numbers(text: str, expected: datetime) -> None:
    assert parse_text_date(text, "fa") == expected


@pytest.mark.parametrize("text", ["1445/09/01", "1402/13/01", "1402/12/31"])
def test_no_solar_hijri_day_is_made_up(text: str) -> None:
    """A lunar Hijri year (1411 on), a thirteenth month, a day the month does not have."""
    value = parse_text_date(text, "fa")
    assert value is None or value.year < 2000
