"""A post's day written without its year ("Jan 2", "2 января"): platforms leave the year out
of this year's posts. Read only against the instant the page was fetched, whose year it is
unless that day is still to come then (last year's post); never against the clock."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from newsextract.dating.words import dateparser_languages
from newsextract.language_codes import dateparser_code
from newsextract.lazy_regex import LazyPattern

# A stamp of a day and a month is short ("2 янв в 10:30", "Posted Jan 2"): a longer line
# is prose that names a day.
MAX_YEARLESS = 24
# A clock after the day ("2 янв в 10:30"): not the day's number.
_CLOCK = LazyPattern(r"\d{1,2}[:.]\d{2}")
# The numbers left once the clock is out: the day's, one or two digits; a year or any other
# figure ("Top 10 of 2023", "Chapter 2 – 12") is no year-less stamp.
_NUMBER = LazyPattern(r"\d+")


# The marks a date line joins its stamp and a reading time or a byline with ("Dec 30 · 6 min
# read", "Jan 2 | Kim"): each part is read alone.
_PARTS = LazyPattern(r"\s*[·•|]\s*")


def yearless_day(text: str, language: str | None, fetched: datetime) -> datetime | None:
    """The day ``text`` (or a part of it between ``_PARTS`` marks) names by its month's name
    and its number only, in ``language`` (which dateparser must know: a month's word read in
    every language is a guess), in the year of ``fetched`` (naive, UTC) or the year before,
    at the clock written after it ("30. Dezember, 18:04 Uhr"); None for anything else."""
    if not language or len(text) > MAX_YEARLESS:
        return None
    parts = _PARTS.split(text)
    for part in parts if len(parts) > 1 else ():
        found = yearless_day(part, language, fetched)
        if found is not None:
            return found
    language = dateparser_code(language)
    if language not in dateparser_languages():
        return None
    numbers = _NUMBER.findall(_CLOCK.sub(" ", text))
    if len(numbers) != 1 or len(numbers[0]) > 2 or not any(c.isalpha() for c in text):
        return None
    import dateparser  # deferred: importing it costs ~0.3 s and most pages never need it

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",  # a post's day is not after its page was fetched
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": fetched,
        "PARSERS": ["absolute-time"],  # its words' reading only (``dates._dateparser``)
    }
    try:
        value = dateparser.parse(text, languages=[language], settings=settings)
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError):
        return None
    if value is None or value.date() > fetched.date():
        return None
    if _CLOCK.search(text) is None:
        return datetime(value.year, value.month, value.day)
    return datetime(value.year, value.month, value.day, value.hour, value.minute)
