"""The Solar Hijri years' first days are read from a table (``dating.solar_hijri``), not
reckoned by convertdate's astronomy at every date (50 ms a date): the table must give
convertdate's days. A sample of its years is checked (each costs convertdate 0.1 s): both
ends, and leap and common years of the web's."""

from __future__ import annotations

from datetime import date

import pytest
from convertdate import persian

from newsextract.dating.solar_hijri import solar_hijri_to_gregorian

_YEARS = (1300, 1342, 1399, 1402, 1403, 1472, 1500)


@pytest.mark.parametrize("year", _YEARS)
def test_the_table_gives_convertdates_first_day_and_leap_years(year: int) -> None:
    assert solar_hijri_to_gregorian(year, 1, 1) == date(*persian.to_gregorian(year, 1, 1))
    leap = persian.leap(year)
    assert (solar_hijri_to_gregorian(year, 12, 30) is not None) == leap


@pytest.mark.parametrize(("month", "days"), [(6, 31), (7, 30), (11, 30), (12, 30)])
def test_the_months_days_are_convertdates(month: int, days: int) -> None:
    expected = date(*persian.to_gregorian(1403, month, days))  # 1403: a leap year
    assert solar_hijri_to_gregorian(1403, month, days) == expected
    assert solar_hijri_to_gregorian(1403, month, days + 1) is None


def test_no_month_or_day_outside_the_calendar() -> None:
    assert solar_hijri_to_gregorian(1403, 13, 1) is None
    assert solar_hijri_to_gregorian(1403, 0, 1) is None
    assert solar_hijri_to_gregorian(1403, 5, 0) is None


def test_a_year_past_the_table_is_reckoned() -> None:
    assert solar_hijri_to_gregorian(1600, 1, 1) == date(*persian.to_gregorian(1600, 1, 1))
