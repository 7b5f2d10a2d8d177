"""The Bangla calendar's dates as Bangladesh prints them, as Gregorian days."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from newsextract.dating.converted_days import as_gregorian, named_month

# The Bangla calendar's date as Bangladesh prints it ("২১ ফাল্গুন ১৪৩০", the year's word
# "বঙ্গাব্দ" maybe after it; "ফাল্গুন ২১, ১৪৩০"; digits already ASCII): a month's name of the
# language files' ``[bangla_months]`` and a year of the web (1398-1450, 1991-2043). Its year
# opens on 14 April, 593 years after the Gregorian one's number; its months' lengths are the
# Bangla Academy's: since 1426 (2019) six months of 31 days, four of 30, Falgun of 29 (30 when
# its February has 29 days) and Chaitra of 30; before, five of 31, then 30 each, Falgun 31 in
# a leap year. India's Bengali calendar, reckoned by the sun's place, may fall a day apart.
_BANGLA_YEAR = r"(?:139[89]|14[0-4]\d|1450)"
_BANGLA_YEAR_WORD = r"(?:\s*(?:বঙ্গাব্দ|বঙ্গাব্দে|সন|সাল))?"
_BANGLA_YEARS_BEHIND = 593
_BANGLA_NEW_YEAR = (4, 14)  # Pohela Boishakh, the first of Boishakh
_BANGLA_REFORM = 1426  # the first year of the 2019 month lengths


@lru_cache(maxsize=1)
def bangla_date() -> re.Pattern[str]:
    month = named_month("bangla", r"\u0980-\u09ff")
    return re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}})\s+{month.format('month')}\s*,?\s*(?P<year>{_BANGLA_YEAR})"
        rf"{_BANGLA_YEAR_WORD}(?!\d)"
        rf"|(?<![\u0980-\u09ff]){month.format('month2')}\s*(?P<day2>\d{{1,2}})\s*,?\s*"
        rf"(?P<year2>{_BANGLA_YEAR}){_BANGLA_YEAR_WORD}(?!\d)"
    )


# The vowel signs and the virama of which every Bangla month's name holds one ("া", "্", "ৈ",
# "ৌ": "পৌষ", "মাঘ", "চৈত্র"): four searches of a character, far cheaper than one of a
# Bengali letter through a long text of another script.
BANGLA_MONTH_SIGNS = "\u09be\u09cd\u09c8\u09cc"


def _bangla_month_lengths(year: int) -> tuple[int, ...]:
    """The twelve months' days of Bangla ``year`` (see ``bangla_date``)."""
    february = year + _BANGLA_YEARS_BEHIND + 1  # the Gregorian year its Falgun falls in
    leap = february % 4 == 0 and (february % 100 != 0 or february % 400 == 0)
    if year >= _BANGLA_REFORM:
        return (31,) * 6 + (30,) * 4 + (30 if leap else 29, 30)
    return (31,) * 5 + (30,) * 5 + (31 if leap else 30, 30)


def bangla_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Bangla calendar's date; None when no such day exists."""
    lengths = _bangla_month_lengths(year)
    if not (1 <= month <= 12 and 1 <= day <= lengths[month - 1]):
        return None
    start = date(year + _BANGLA_YEARS_BEHIND, *_BANGLA_NEW_YEAR)
    return start + timedelta(days=sum(lengths[: month - 1]) + day - 1)


def gregorian_of_bangla(found: re.Match[str], text: str) -> str:
    from newsextract.labels import calendar_months

    month = calendar_months("bangla")[found["month"] or found["month2"]]
    day = bangla_to_gregorian(
        int(found["year"] or found["year2"]), month, int(found["day"] or found["day2"])
    )
    return as_gregorian(found, None if day is None else day.timetuple()[:3], text)
