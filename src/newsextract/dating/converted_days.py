"""A day converted from another calendar, written into the text as "YYYY-MM-DD" in the span's
place, or blanked when the page prints the Gregorian date beside it; and the month names of
those calendars, which their dates' patterns are built on."""

from __future__ import annotations

import re

from newsextract.lazy_regex import LazyPattern

# A Gregorian year this near a date of another calendar (the same date line: "الثلاثاء ٢٤
# شعبان ١٤٤٥ هـ - ٥ مارس ٢٠٢٤ م") means the page printed both: the Gregorian date is the
# page's (a lunar month starts on a sighting, a day apart between countries), and the other
# calendar's date is blanked.
_NEAR = 60
_GREGORIAN_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _gregorian_beside(found: re.Match[str], text: str) -> bool:
    start, end = max(0, found.start() - _NEAR), found.end() + _NEAR
    return _GREGORIAN_YEAR.search(text, start, end) is not None


def as_gregorian(found: re.Match[str], day: tuple[int, int, int] | None, text: str) -> str:
    """``day`` as "YYYY-MM-DD" padded to the span's length; the span blanked when a Gregorian
    year is beside it (see ``_gregorian_beside``); the span as it was when no such day is."""
    if day is None:
        return found[0]
    if _gregorian_beside(found, text):
        return " " * len(found[0])
    return "{:04d}-{:02d}-{:02d}".format(*day).ljust(len(found[0]))


def month_names(calendar: str) -> str:
    """The alternation of ``calendar``'s month names (the language files'
    ``[<calendar>_months]``), for a pattern built when a page first needs it."""
    from newsextract.labels import calendar_months
    from newsextract.regex_words import word_alternation

    return word_alternation(calendar_months(calendar))


def named_month(calendar: str, letters: str) -> str:
    """A named group to fill in (``"(?P<{}>...)"``) of ``calendar``'s month names, not
    before a letter of the ``letters`` range: a date read day first or month first names the
    month in both of its branches."""
    return rf"(?P<{{}}>{month_names(calendar)})(?![{letters}])"
