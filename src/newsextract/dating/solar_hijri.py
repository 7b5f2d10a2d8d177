"""The Solar Hijri calendar's dates, in words or in numbers, as Gregorian days (Iran and
Afghanistan)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from newsextract.lazy_regex import LazyPattern

# Iranian and Afghan pages date in the Solar Hijri calendar ("۱۳ اسفند ۱۴۰۳": 3 March 2025);
# its month names are dateparser's (its Jalali parser's data) and Afghanistan's (the Dari and
# Pashto files' ``[solar_hijri_months]``: "۱۵ حوت ۱۴۰۲"), the conversion convertdate's.
ARABIC_LETTER = LazyPattern("[\u0621-\u064a\u067e-\u06cc]")
# Persian's yeh and kaf (ی, ک) as Arabic's (ي, ك), which Iranian sites built on Arabic
# keyboards or old content systems write ("2 تير 1399"): a month name is read in both forms.
_ARABIC_FORMS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})
# The Solar Hijri years of the web (1991-2039): 1370-1418.
_SOLAR_HIJRI_YEAR = r"1[34]\d\d"


@lru_cache(maxsize=1)
def solar_hijri_date() -> tuple[re.Pattern[str], dict[str, int]]:
    """A Solar Hijri day, month name and year ("13 اسفند 1403", digits already ASCII), and
    each month name's number."""
    from dateparser.calendars.jalali_parser import jalali_parser

    table: dict[str, tuple[int, int, list[str]]] = getattr(jalali_parser, "_months")  # noqa: B009
    from newsextract.labels import solar_hijri_months

    months = {name: number for number, _, names in table.values() for name in names}
    months |= solar_hijri_months()  # Afghanistan's names: Dari's zodiac, Pashto's
    months |= {name.translate(_ARABIC_FORMS): number for name, number in months.items()}
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({names})\s+({_SOLAR_HIJRI_YEAR})(?!\d)")
    return pattern, months


def gregorian_of_solar_hijri(found: re.Match[str]) -> str:
    """The Gregorian day of a Solar Hijri date as "YYYY-MM-DD", padded to the span's length
    (a span's place in the text is kept); the span as it was when no such day exists."""
    day, month, year = int(found[1]), solar_hijri_date()[1][found[2]], int(found[3])
    gregorian = solar_hijri_to_gregorian(year, month, day)
    return found[0] if gregorian is None else gregorian.isoformat().ljust(len(found[0]))


# The day of March on which each Solar Hijri year from 1300 to 1501 opens (1 Farvardin, the
# day of the March equinox at Tehran), as ``19 + digit``: convertdate's astronomical
# reckoning, which costs 50 ms of pymeeus a date (a Persian page's date was its slowest
# part); ``tests/test_solar_hijri_table.py`` holds the table to it.
_FARVARDIN_FIRST_YEAR = 1300
_FARVARDIN_MARCH_DAYS = (
    "2332233222322232223222322232223222322232222222222222222222222222222222222221222122212221"
    "222122212221222122211221122112211221122112211221122111211121112111211121112111211121111"
    "111122222222222222222222222"
)


def _year_start(year: int) -> date | None:
    """1 Farvardin of a Solar Hijri year as a Gregorian day (None outside the table)."""
    at = year - _FARVARDIN_FIRST_YEAR
    if not 0 <= at < len(_FARVARDIN_MARCH_DAYS):
        return None
    return date(year + 621, 3, 19 + int(_FARVARDIN_MARCH_DAYS[at]))


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date, None when the month has no such day (its six
    first months have 31 days, the next five 30, Esfand 29 or, in a leap year, 30). Years the
    table lacks are reckoned by convertdate."""
    start, following = _year_start(year), _year_start(year + 1)
    if start is None or following is None:
        from convertdate import persian

        if not (1 <= month <= 12 and 1 <= day <= persian.month_length(year, month)):
            return None
        return date(*persian.to_gregorian(year, month, day))
    length = 31 if month <= 6 else 30 if month <= 11 else (following - start).days - 336
    if not (1 <= month <= 12 and 1 <= day <= length):
        return None
    before = (month - 1) * 31 if month <= 7 else (month - 1) * 30 + 6  # the months' days
    return start + timedelta(days=before + day - 1)


# The same calendar's date in numbers, year first ("1402/06/29", Persian digits already
# ASCII). Its years 1370-1410 (1991-2032) are no Gregorian year of the web, nor a lunar Hijri
# one (those are 1411 on), so the form is read on any page.
SOLAR_HIJRI_NUMBERS = LazyPattern(
    r"(?<![\d/.-])(13[7-9]\d|140\d|1410)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])"
)


def gregorian_of_solar_hijri_numbers(found: re.Match[str]) -> str:
    """The Gregorian day of a Solar Hijri date in numbers as "YYYY-MM-DD" (see
    ``gregorian_of_solar_hijri``); the span as it was when no such day exists."""
    gregorian = solar_hijri_to_gregorian(int(found[1]), int(found[3]), int(found[4]))
    return found[0] if gregorian is None else gregorian.isoformat().ljust(len(found[0]))
