"""The Hebrew calendar's dates written in letters (gematria) as Gregorian days."""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

from newsextract.dating.converted_days import as_gregorian, month_names
from newsextract.lazy_regex import LazyPattern

# The Hebrew calendar's date written in letters (gematria: "כ״ה באדר א׳ תשפ״ד", the 25th of
# Adar I 5784), the day and the year marked by a geresh or gershayim (or the ASCII quotes
# pages type for them), "ב" ("in") maybe before the month, "ה" (the thousands' 5) before the
# year; its Gregorian day from convertdate's Hebrew calendar.
HEBREW_LETTER = LazyPattern("[\u05d0-\u05ea]")
_QUOTES = "\"'\u05f3\u05f4"
_HEBREW_NUMBER = rf"[\u05d0-\u05ea]{{0,3}}[{_QUOTES}][\u05d0-\u05ea]?"
# Each letter's value, final forms as their letter's: units, tens, hundreds.
_LETTER_VALUES = {
    **dict(zip("אבגדהוזחט", range(1, 10), strict=True)),
    **dict(zip("יכלמנסעפצ", range(10, 100, 10), strict=True)),
    **dict(zip("ךםןףץ", (20, 40, 50, 80, 90), strict=True)),
    **dict(zip("קרשת", range(100, 500, 100), strict=True)),
}
_HEBREW_THOUSANDS = 5000  # the "ה" before a year's letters, which the year leaves out
_HEBREW_YEARS_OF_THE_WEB = range(750, 805)  # 5750-5804: 1989-2044


@lru_cache(maxsize=1)
def hebrew_date() -> re.Pattern[str]:
    names = month_names("hebrew")
    return re.compile(
        rf"(?<![\u05d0-\u05ea])(?P<day>{_HEBREW_NUMBER})\s+ב?(?P<month>{names})"
        rf"(?![\u05d0-\u05ea])[,]?\s+ה?(?P<year>{_HEBREW_NUMBER})(?![\u05d0-\u05ea])"
    )


def _gematria(letters: str) -> int:
    return sum(_LETTER_VALUES.get(letter, 0) for letter in letters)


def gregorian_of_hebrew(found: re.Match[str], text: str) -> str:
    from convertdate import hebrew

    from newsextract.labels import calendar_months

    day, year = _gematria(found["day"]), _gematria(found["year"])
    month = calendar_months("hebrew")[found["month"]]
    if year not in _HEBREW_YEARS_OF_THE_WEB:
        return found[0]
    year += _HEBREW_THOUSANDS
    if month == hebrew.VEADAR and not hebrew.leap(year):
        month = hebrew.ADAR
    if not 1 <= day <= hebrew.month_length(year, month):
        return found[0]
    with warnings.catch_warnings():
        # convertdate's own conversion calls its deprecated ``month_days``
        warnings.simplefilter("ignore", DeprecationWarning)
        gregorian = hebrew.to_gregorian(year, month, day)
    return as_gregorian(found, gregorian, text)
