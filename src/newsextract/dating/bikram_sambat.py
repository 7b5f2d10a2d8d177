"""Nepal's Bikram Sambat dates, in words or in numbers, as Gregorian days."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.dating.converted_days import named_month
from newsextract.lazy_regex import LazyPattern

# Nepal's Bikram Sambat date ("2080 फागुन 22 गते", "फागुन 22, 2080", "22 फागुन 2080", digits
# already ASCII): a month's name of the language files' ``[bikram_sambat_months]`` and a year
# of the web (2048-2099). Its months' lengths follow no rule: their table is
# nepali-datetime's (an optional library: without it the date is left unread).
DEVANAGARI_LETTER = LazyPattern("[\u0900-\u097f]")
_BS_YEAR = r"20[4-9]\d"
_FIRST_BS_YEAR_OF_THE_WEB = 2048
_BS_DAY_WORD = "गते"  # "day of the month", after the day's number


@lru_cache(maxsize=1)
def bikram_sambat_date() -> re.Pattern[str]:
    month = named_month("bikram_sambat", r"\u0900-\u097f")
    # the spaces taken whole (possessive): two runs of them around an optional comma made a
    # run of 100,000 spaces after a month's name cost minutes
    return re.compile(
        rf"(?<!\d)(?P<year>{_BS_YEAR})\s*+(?:साल\s++)?{month.format('month')}\s*+"
        rf"(?P<day>\d{{1,2}})(?:\s*+{_BS_DAY_WORD})?(?!\d)"
        rf"|(?<![\u0900-\u097f]){month.format('month2')}\s*+(?P<day2>\d{{1,2}})"
        rf"(?:\s*+{_BS_DAY_WORD})?\s*+[,،]?\s*+(?P<year2>{_BS_YEAR})(?!\d)"
        # day first ("२९ फागुन २०८०, ११:२५", a Nepali portal's date line)
        rf"|(?<![\d/.-])(?P<day3>\d{{1,2}})\s*+(?:{_BS_DAY_WORD}\s*+)?{month.format('month3')}"
        rf"\s*+[,،]?\s*+(?P<year3>{_BS_YEAR})(?!\d)"
    )


def gregorian_of_bikram_sambat(found: re.Match[str]) -> str:
    from newsextract.labels import calendar_months

    year = int(found["year"] or found["year2"] or found["year3"])
    month = calendar_months("bikram_sambat")[found["month"] or found["month2"] or found["month3"]]
    day = int(found["day"] or found["day2"] or found["day3"])
    return _gregorian_of_bs(found[0], year, month, day)


# The same calendar's date in numbers, year first, in a text holding Devanagari letters (a
# Nepali notice's "मिति: २०८०/११/२१", digits already ASCII): a Gregorian year past 2047 on
# such a page would be decades ahead, so it is read as Bikram Sambat's.
BS_NUMBERS = LazyPattern(rf"(?<![\d/.-])({_BS_YEAR})([/.-])(\d{{1,2}})\2(\d{{1,2}})(?![\d/.-])")


def gregorian_of_bs_numbers(found: re.Match[str]) -> str:
    return _gregorian_of_bs(found[0], int(found[1]), int(found[3]), int(found[4]))


def _gregorian_of_bs(span: str, year: int, month: int, day: int) -> str:
    """The Gregorian day of a Bikram Sambat date as "YYYY-MM-DD", padded to ``span``'s
    length; ``span`` as it was when no such day exists or nepali-datetime is missing."""
    try:
        import nepali_datetime  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return span
    if year < _FIRST_BS_YEAR_OF_THE_WEB:
        return span
    try:
        gregorian = nepali_datetime.date(year, month, day).to_datetime_date()
    except (ValueError, AssertionError, OverflowError):
        return span
    return str(gregorian.isoformat()).ljust(len(span))
