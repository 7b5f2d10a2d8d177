"""The Ethiopian calendar's dates before the era's mark as Gregorian days."""

from __future__ import annotations

import re
from functools import lru_cache

# An Ethiopian calendar's date ("የካቲት 26 ቀን 2016 ዓ.ም", "26 የካቲት 2016 ዓ.ም", "የካቲት 26/2016
# ዓ.ም": the month's name, the day, "ቀን" ("day") maybe, the year) before the era's mark "ዓ.ም"
# ("year of mercy", also "ዓ/ም", "ዓም"), which tells it from a Gregorian date given the same
# month names. Its letter is looked for first.
ETHIOPIAN_ERA_LETTER = "ዓ"
_ETHIOPIAN_ERA = r"\s*ዓ\s*[./]?\s*ም\.?"


@lru_cache(maxsize=1)
def _ethiopian_date() -> re.Pattern[str]:
    from newsextract.labels import ethiopian_months
    from newsextract.regex_words import word_alternation

    names = word_alternation(ethiopian_months())
    return re.compile(
        rf"(?:(?P<month>{names})\s+(?P<day>\d{{1,2}})(?:\s*ቀን)?\s*[,/]?\s*"
        rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_after>{names})\s+"
        # or in numbers, day first, as Ethiopian offices date a letter ("25/06/2016 ዓ.ም")
        rf"|(?<![\d/.-])(?P<day_number>\d{{1,2}})(?P<sep>[/.-])(?P<month_number>\d{{1,2}})(?P=sep))"
        rf"(?P<year>\d{{4}}){_ETHIOPIAN_ERA}"
    )


def with_ethiopian_as_gregorian(text: str) -> str:
    """``text`` with its Ethiopian dates before the era's mark written as their Gregorian
    days ("YYYY-MM-DD"): the one calendar whose years (2016 for 2024) pass for Gregorian
    years of the web, so that a reading of its digits alone ("መጋቢት 6/2016 ዓ.ም": June 2016)
    is a wrong day, not none (Solar and lunar Hijri, Buddhist and Bikram Sambat years lie
    outside the web's years)."""
    if ETHIOPIAN_ERA_LETTER not in text:
        return text
    return _ethiopian_date().sub(_gregorian_of_ethiopian, text)


# Years of the Ethiopian calendar behind the Gregorian ones: 7 from 1 January to the
# Ethiopian new year (11 or 12 September), 8 after it; the Coptic calendar, whose months and
# days it shares, counts 276 years fewer.
_COPTIC_YEARS_BEHIND = 276
_ETHIOPIAN_MONTHS = 13  # twelve of 30 days and Pagume, of 5 or 6


def _gregorian_of_ethiopian(found: re.Match[str]) -> str:
    """The Gregorian day of an Ethiopian date as "YYYY-MM-DD", padded to the span's length;
    the span as it was when no such day exists (a 31st, Pagume's 7th)."""
    from convertdate import coptic

    from newsextract.labels import ethiopian_months

    name = found["month"] or found["month_after"]
    month = ethiopian_months()[name.lower()] if name else int(found["month_number"])
    day = int(found["day"] or found["day_first"] or found["day_number"])
    year = int(found["year"]) - _COPTIC_YEARS_BEHIND
    if not 1 <= month <= _ETHIOPIAN_MONTHS or not 1 <= day <= coptic.month_length(year, month):
        return found[0]
    gregorian = "{:04d}-{:02d}-{:02d}".format(*coptic.to_gregorian(year, month, day))
    return gregorian.ljust(len(found[0]))
