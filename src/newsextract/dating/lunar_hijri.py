"""The lunar Hijri calendar's dates, in words or in numbers, as Gregorian days; an Arabic
month's second name and the Gregorian era's mark left out so a date reads whole."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.dating.converted_days import as_gregorian, month_names
from newsextract.dating.words import month_numbers
from newsextract.lazy_regex import LazyPattern


# A month's other name after its name in an Arabic date, in brackets or after a slash ("5
# آذار (مارس)، 2024", "5 آذار/مارس 2024": the Levant's name and the Egyptian one, as Levant
# newsrooms write both): left out, when it is a month's name, so the day reads as one date.
# Built on the first Arabic date with a bracket or a slash, as ``short_years.thai_short_year``
# on the first Thai date and ``east_asian_eras.japanese_era_year`` on the first era's year:
# each script's pages alone need them (1 ms of the import).
@lru_cache(maxsize=1)
def second_month_name() -> re.Pattern[str]:
    return re.compile(
        r"(?<=[\u0621-\u064a])\s*(?:\(\s*([\u0621-\u064a]{3,10})\s*\)|/\s*([\u0621-\u064a]{3,10}))"
    )


def without_second_name(found: re.Match[str]) -> str:
    return "" if (found[1] or found[2]) in month_numbers("ar") else found[0]


# The Gregorian era's mark after a year on Arabic-script pages ("٥ مارس ٢٠٢٤ م", "2024ء":
# "of the Christian era"), which would read as a time's "p.m." ("م", evening) or part of the
# date: blanked, so the time after it ("٢٠٢٤ م - ١٠:٣٠ ص") joins the day.
GREGORIAN_ERA_MARK_AFTER_YEAR = LazyPattern(
    r"(?<!\d)((?:19|20)\d\d)(\s?[مء]\.?)(?![\u0621-\u06ff])"
)


def without_era_mark(found: re.Match[str]) -> str:
    return found[1] + " " * len(found[2])


# The lunar Hijri calendar's date ("24 شعبان 1445 هـ", digits already ASCII): a day, a
# month's name of the language files' ``[hijri_months]``, a year of the web (1411-1465, that
# is 1990-2043), the era's mark maybe; its Gregorian day from convertdate's arithmetic
# calendar, which Umm al-Qura's and the sighted months may precede or follow by a day.
_HIJRI_YEAR = r"14[1-6]\d"
_HIJRI_ERA = r"(?:\s*(?:هـ|ه|ھ|ہجری|هجري|هجرية)\.?(?![\u0621-\u06ff]))?"


@lru_cache(maxsize=1)
def hijri_date() -> re.Pattern[str]:
    names = month_names("hijri")
    return re.compile(
        rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?({names})\s*[,،]?\s*({_HIJRI_YEAR}){_HIJRI_ERA}(?!\d)"
    )


def gregorian_of_hijri(found: re.Match[str], text: str) -> str:
    from convertdate import islamic

    from newsextract.labels import calendar_months

    day, month, year = int(found[1]), calendar_months("hijri")[found[2]], int(found[3])
    if not 1 <= day <= islamic.month_length(year, month):
        return found[0]
    return as_gregorian(found, islamic.to_gregorian(year, month, day), text)


# The same calendar's date in numbers, year first or day first, with the era's mark after it
# ("1445/08/24 هـ", "24/08/1445هـ": Saudi and Gulf offices): the mark makes it no reference
# number (a year of 1411-1465 written alone could be anything's).
HIJRI_NUMBERS = LazyPattern(
    rf"(?<![\d/.-])(?:({_HIJRI_YEAR})([/.-])(\d{{1,2}})\2(\d{{1,2}})"
    rf"|(\d{{1,2}})([/.-])(\d{{1,2}})\6({_HIJRI_YEAR}))\s*(?:هـ|ه|ھ)\.?(?![\u0621-\u06ff\d])"
)


def gregorian_of_hijri_numbers(found: re.Match[str], text: str) -> str:
    """The Gregorian day of a Hijri date in numbers (see ``gregorian_of_hijri``)."""
    from convertdate import islamic

    if found[1]:
        year, month, day = int(found[1]), int(found[3]), int(found[4])
    else:
        day, month, year = int(found[5]), int(found[7]), int(found[8])
    if not 1 <= month <= 12 or not 1 <= day <= islamic.month_length(year, month):
        return found[0]
    return as_gregorian(found, islamic.to_gregorian(year, month, day), text)
