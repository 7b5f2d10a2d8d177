"""Dates written year first with a language file's words after the year's and the month's
numbers (Mongolian "2025 оны 3 сарын 3"), or after the year before a month's name
(Basque "2024ko martxoaren 5a"), as the same date in numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.dating.in_text import LETTER, YEAR
from newsextract.dating.words import month_number, month_numbers


@lru_cache(maxsize=1)
def suffixed_date() -> tuple[re.Pattern[str], str] | None:
    """A date written year first with a language file's words after the year's and the
    month's numbers (``labels.calendar_suffixes``), and a word of its month part (looked
    for first: far cheaper than the regex on every text)."""
    from newsextract.labels import calendar_suffixes
    from newsextract.regex_words import word_alternation

    found = calendar_suffixes()
    if "year" not in found or "month" not in found:
        return None
    day = rf"(?:\s*{word_alternation(found['day'])})?" if "day" in found else ""
    pattern = re.compile(
        rf"(?<!\d)({YEAR})\s*{word_alternation(found['year'])}\s+(\d{{1,2}})\s*"
        rf"{word_alternation(found['month'])}\s+(\d{{1,2}})(?!\d){day}",
        re.I,
    )
    return pattern, found["month"][-1]


@lru_cache(maxsize=1)
def worded_suffixed_date() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A date written year first with a language file's word after the year
    (``labels.calendar_suffixes``) and a month's name, the day after or before it: Basque
    "2024ko martxoaren 5a" (CLDR's long date, y'ko' MMMM'ren' d'a'), Latvian "2024. gada 5.
    martā" (y. 'gada' d. MMMM, the month in the locative newsrooms write), Uzbek "2024-yil
    5-mart" (y-'yil' d-MMMM, the day hyphened to the month), Kyrgyz "2024-ж., 5-март"
    (y-'ж'., d-MMMM, a comma after the year's word), Burmese "၂၀၂၄ ခုနှစ်၊ မတ်လ ၁၄ ရက်" (its
    comma, "၊", after the year's word); the month names
    are those of the languages with such a year word, with their files' ``month_forms``.
    And the year with its word alone, in lower case as the files list it, looked for first
    (about 30 µs on 5,000 characters of text without one, a third of the whole form's cost)."""
    from newsextract.labels import calendar_suffixes
    from newsextract.language_files import languages
    from newsextract.regex_words import word_alternation

    codes = [code for code, known in languages().items() if known.calendar_suffixes]
    names = {name for code in codes for name in month_numbers(code)}
    found = calendar_suffixes()
    if "year" not in found or not names:
        return None
    # (Burmese's comma "၊" lies in the block of letters ``LETTER`` takes whole: not one here)
    year = rf"(?<!\d)({YEAR})\.?\s*{word_alternation(found['year'])}(?!(?!၊){LETTER})"
    day = rf"(?:\s*{word_alternation(found['day'])})?" if "day" in found else ""
    month = rf"({word_alternation(names)})(?!{LETTER})"
    pattern = re.compile(
        rf"{year}[,၊]?\s+(?:{month}\s+(\d{{1,2}})(?!\d)\.?{day}|(\d{{1,2}})[.-]?\s*{month})", re.I
    )
    return pattern, re.compile(rf"{YEAR}\.?\s*{word_alternation(found['year'])}")


@lru_cache(maxsize=1)
def closing_year_word(year_with_word: re.Pattern[str]) -> re.Pattern[str]:
    """A year and its word (``worded_suffixed_date``'s second pattern) closing a date written
    day first, what a time, a separator or the text's end follows: Armenian "5 մարտի 2024 թ."
    (CLDR's long date, "d MMMM, y թ."), Azerbaijani "5 mart 2024-cü il", Uzbek "5-mart,
    2024-yil". A year first, its month or day after it, is no such date."""
    return re.compile(
        rf"(?<!\d)({year_with_word.pattern})(?!{LETTER})"
        r"(?=\s*(?:$|[,;|·/()\[\]–—-]|\d{1,2}[:.]\d\d))",
        re.I,
    )


def year_without_word(found: re.Match[str]) -> str:
    """The year of a ``closing_year_word`` span with its word blanked (the span's length kept,
    so the time after it joins the day)."""
    year = found[0][:4]
    return year + " " * (len(found[0]) - len(year))


def worded_numbered(found: re.Match[str]) -> str:
    """A ``worded_suffixed_date`` as "YYYY-MM-DD", padded to the span's length; the span as
    it was when its month is no month or its day no day."""
    month = month_number(found[2] or found[5], None)
    day = int(found[3] or found[4])
    if month is None or not 1 <= day <= 31:
        return found[0]
    return f"{found[1]}-{month:02d}-{day:02d}".ljust(len(found[0]))


def suffixed_numbered(found: re.Match[str]) -> str:
    date = f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}"
    return date.ljust(len(found[0]))
