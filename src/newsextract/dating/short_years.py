"""Years written in two digits after a day and a month's name: after an apostrophe ("5 maart
'24") and the Thai Buddhist era's ("3 มี.ค. 68"), written in full."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.dating.words import month_numbers
from newsextract.lazy_regex import LazyPattern

# A year's last two digits after an apostrophe, following a day and a month's name ("5 maart
# '24", Dutch pages; "5. März ’24", "March 5, '24"): the year in full, as a rewrite that
# moves what follows (see ``east_asian_eras.gregorian_of_era_year``). Not after anything
# else ("Seizoen '23-'24", "the '90s"); a word that is no month's name leaves the span unread
# later.
APOSTROPHE_YEAR = LazyPattern(
    r"(?<!\d)(\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,24}\.?,?\s+(?:de\s+)?"
    r"|[^\W\d_]{3,24}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)['’‘](\d{2})(?![\d\w])"
)
# Its test before the search: the apostrophe and the digits, found at once in a text without.
TWO_DIGITS_AFTER_APOSTROPHE = LazyPattern(r"['’‘]\d{2}(?![\d\w])")


# The web's years (from 1991): a two-digit year from 91 is the 1900s', below it the 2000s'.
_FIRST_WEB_YEAR_OF_CENTURY = 91


def full_apostrophe_year(found: re.Match[str]) -> str:
    year = int(found[2])
    century = 1900 if year >= _FIRST_WEB_YEAR_OF_CENTURY else 2000
    return f"{found[1]}{century + year}"


# Thai news pages write the Buddhist era's year in two digits after a month's name ("3 มี.ค.
# 68 09:30 น.": 3 March 2568, that is 2025); written in full it is the era's 25xx.
THAI_LETTER = LazyPattern("[\u0e01-\u0e4e]")


@lru_cache(maxsize=1)
def thai_short_year() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\d)(\d{1,2}\s*([\u0e01-\u0e4e][\u0e01-\u0e4e.]{1,14})\s+)(\d{2})(?![\d\u0e01-\u0e4e])"
    )


_BUDDHIST_CENTURY = "25"


def full_buddhist_year(found: re.Match[str]) -> str:
    """A two-digit year after a Thai month's name (dateparser's, its dots left out) as the
    Buddhist era's four digits; the span as it was after any other word."""
    if month_numbers("th").get(found[2].replace(".", "")) is None:
        return found[0]
    return f"{found[1]}{_BUDDHIST_CENTURY}{found[3]}"
