"""Dates whose parts a language file's words open or spell: a month's name of two words or of
fewer letters than a month's name is read with, a day and a year after their words
(Vietnamese "ngày 11 tháng 5 năm 2024"), a calendar's prefix glued to a number."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.dating.in_text import LETTER, MARKED, YEAR
from newsextract.dating.words import FALLBACK_LANGUAGE, month_number, month_numbers
from newsextract.lazy_regex import LazyPattern


@lru_cache(maxsize=1)
def spaced_month_forms() -> tuple[re.Pattern[str], tuple[str, ...], dict[str, str]] | None:
    """The months' names of two words in the language files' ``[month_forms]`` (the Levant's
    "تشرين الأول", October), or of one word shorter than ``_MONTH_WORD`` reads ("آب",
    August), their first words (a test before the search) and, for each, a one-word name of
    the same month in the same language ("أكتوبر"), which a date is then read with: a
    month's name is one word of three letters or more in ``_MONTH_WORD``; English's where the
    language names that month in two words only (Sorani "کانوونی دووەم", January): a date is
    read in English after the page's language."""
    from newsextract.language_files import languages
    from newsextract.regex_words import word_alternation

    english: dict[int, str] = {}
    for word, number in month_numbers(FALLBACK_LANGUAGE).items():
        if word.isalpha() and len(word) > len(english.get(number, "")):
            english[number] = word  # "january", not "jan"
    names: dict[str, str] = {}
    for code, known in languages().items():
        spaced = {
            form: n
            for form, n in known.month_forms.items()
            if " " in form or len(form) < _MIN_MONTH_CHARS
        }
        if not spaced:
            continue
        single: dict[int, str] = {}
        for word, number in month_numbers(code).items():
            if " " not in word and len(word) >= _MIN_MONTH_CHARS:
                single.setdefault(number, word)
        for form, number in spaced.items():
            if name := single.get(number) or english.get(number):
                names.setdefault(" ".join(form.split()), name)
    if not names:
        return None
    pattern = re.compile(rf"(?<!\w){word_alternation(names)}(?!\w)", re.I)
    # each first word as the files list it and capitalised, as a date line opens a month's
    # name of a cased script ("5 Oṣù Ẹrẹ̀nà 2024"): the test before the search is case-blind
    firsts = (form.split()[0] for form in names)
    return pattern, tuple(dict.fromkeys(w for f in firsts for w in (f, f.capitalize()))), names


_MIN_MONTH_CHARS = 3  # the shortest month's name ``_MONTH_WORD`` reads


@lru_cache(maxsize=1)
def prefixed_day_date() -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """A date whose day and year a language file's ``calendar_prefixes`` may open, its
    month's name between them (Vietnamese "ngày 11 tháng 5 năm 2024": "day 11, month 5, year
    2024", the month's name being "tháng 5"; forums and shops leave the words out, "04 Tháng
    3 2024", and pad the month, "tháng 03"); and what is looked for first (a day's word may
    open a sentence in capitals): the years' words, and the first words of the month names
    of two words ("tháng"), in lower case and capitalised."""
    from newsextract.language_files import languages
    from newsextract.regex_words import word_alternation

    days: set[str] = set()
    years: set[str] = set()
    names: set[str] = set()
    for code, known in languages().items():
        parts = known.calendar_prefixes
        if "day" in parts.values() and "year" in parts.values():
            days |= {word for word, part in parts.items() if part == "day"}
            years |= {word for word, part in parts.items() if part == "year"}
            names |= set(month_numbers(code))
    if not names:
        return None
    numbered = {name.rsplit(" ", 1)[0] for name in names if _NUMBERED_MONTH.fullmatch(name)}
    padded = {f"{word} 0{n}" for word in numbered for n in range(1, 10)}
    firsts = {name.split()[0] for name in names if " " in name}
    pattern = re.compile(
        rf"(?<!{LETTER})(?<!\d)(?:(?:{word_alternation(days)})\s*)?(?P<day>\d{{1,2}})\s+"
        rf"(?P<month>{word_alternation(names | padded)}),?\s+"
        rf"(?:(?:{word_alternation(years)})\s*)?(?P<year>{YEAR})",
        re.I,
    )
    return pattern, tuple(sorted({*years, *firsts, *(w.capitalize() for w in firsts)}))


# A month's name that is a word and the month's number ("tháng 3"), which a page may pad
# ("tháng 03").
_NUMBERED_MONTH = LazyPattern(r"\D+ \d{1,2}")
_PADDED_NUMBER = LazyPattern(r"(?<=\s)0(?=\d)")


def prefixed_numbered(found: re.Match[str]) -> str:
    """A ``prefixed_day_date`` as "YYYY-MM-DD", padded to the span's length; the span as it
    was when its month is no month or its day no day."""
    month = month_number(_PADDED_NUMBER.sub("", found["month"]), None)
    day = int(found["day"])
    if month is None or not 1 <= day <= 31:
        return found[0]
    return f"{found['year']}-{month:02d}-{day:02d}".ljust(len(found[0]))


@lru_cache(maxsize=1)
def calendar_prefix() -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """A language file's calendar prefix glued to the number or month name it opens, and the
    prefixes themselves (looked for first: far cheaper than the regex on every text; a
    Latin one's first letter, the "n" of Vietnamese "ngày", would let every text pass)."""
    from newsextract.labels import calendar_prefixes

    found = calendar_prefixes()
    if not found:
        return None
    pattern = re.compile("(?:" + "|".join(map(re.escape, found)) + rf")(?=\s?[\d{MARKED}])")
    return pattern, tuple(found)
