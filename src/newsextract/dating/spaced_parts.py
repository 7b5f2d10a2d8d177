"""A date's parts set apart by slashes or hyphens, or written in asctime's order, rewritten
in the forms the date patterns read."""

from __future__ import annotations

import re

from newsextract.lazy_regex import LazyPattern

# A calendar badge's date, its day, month name and year in elements of their own set apart by
# slashes ("12 / MAR / 2024", "12/Mar/2024"): read as the day, month and year it shows (each
# slash a space, so the span keeps its place). A word between numbers only: a fraction or a
# day in numbers ("1/2", "12/03/2024") is left alone.
_SLASHED_BADGE = LazyPattern(r"(?<!\d)(\d{1,2}\s*)/(\s*[^\W\d_]{3,12}\.?\s*)/(\s*\d{4})(?!\d)")


def _unslashed_badge(found: re.Match[str]) -> str:
    return f"{found.group(1)} {found.group(2)} {found.group(3)}"


# A day, a month's abbreviation and a year joined by hyphens, day or year first ("05-Mar-2024",
# "5-mar-2024", "2024-Mar-05": directory listings, Indian and government sites, Oracle's
# default): read with spaces for the hyphens (the span keeps its place). Not inside a longer
# hyphenated run ("item-12-abc-2024-x", an address's slug).
_HYPHENED_DAY = LazyPattern(
    r"(?<![\w-])(?:(\d{1,2})-([^\W\d_]{3,12}\.?)-(\d{4})|(\d{4})-([^\W\d_]{3,12}\.?)-(\d{1,2}))"
    r"(?![\w-])"
)


def _unhyphened_day(found: re.Match[str]) -> str:
    return " ".join(part for part in found.groups() if part is not None)


def with_spaced_parts(text: str) -> str:
    """``text`` with a date's parts set apart by slashes around a month's name
    (``_SLASHED_BADGE``) or by hyphens (``_HYPHENED_DAY``) or written in asctime's order
    (``_ASCTIME``) in the forms the date patterns read."""
    if "/" in text:  # a calendar badge's day, month and year split by slashes
        text = _SLASHED_BADGE.sub(_unslashed_badge, text)
    if "-" in text:
        text = _HYPHENED_DAY.sub(_unhyphened_day, text)
    return with_year_before_time(text)


# A date in C's asctime order, its time (and zone) between the day and the year: "Mon Mar  4
# 09:34:12 CET 2024" (Unix ``date``, mail archives), "Mar 04 09:34 2024" (a header setting its
# day, time and year in elements of their own). Read with the year moved before the time, the
# span the same length. A month's name of up to 12 letters; the zone in capitals.
_ASCTIME = LazyPattern(
    r"(?<![^\W\d_])([^\W\d_]{3,12}\.?\s+\d{1,2})"
    r"(\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?-i:[A-Z]{2,5}))?)(\s+(?:19|20)\d{2})(?![\d:.])"
)


def _year_before_time(found: re.Match[str]) -> str:
    return found.group(1) + found.group(3) + found.group(2)


def with_year_before_time(text: str) -> str:
    """``text`` with a date in asctime order written year first (``_ASCTIME``)."""
    return _ASCTIME.sub(_year_before_time, text) if ":" in text else text
