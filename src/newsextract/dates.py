"""Dates: machine-readable forms parsed directly, human-written ones through dateparser.

``dateparser`` costs milliseconds a call, so it is used only for visible text, hinted with
the page's language, and only when no machine-readable date has a time of day; even then a
plain form (a month in words, numbers in the language's order, a time in digits) is read
directly with dateparser's own language data (month names, date order), and dateparser reads
the rest (words between the day and its time, clocks like "10h30", relative forms). A time zone
written after the time ("EST", "MESZ", "GMT+2") becomes the value's offset, from dateparser's
table of abbreviations; one the tz database gives several offsets ("IST", "CST") takes the
one it means in the page's country (``COUNTRY_ZONES``), or else in the countries whose press
writes the page's language ("CDT" on an English page: the US's, not Cuba's), and where
those disagree leaves the wall-clock time without one. A part of the day named beside a
time ("সকাল ১০:৩০", "3:30 petang") places a 12-hour clock's hour (the language files' day
periods, CLDR's). Digits of other scripts (٢٠٢٤, २०२४, ２０２４) are read as ASCII, a
Buddhist-era year (Thai pages: 2567) as its Gregorian one, and a Solar Hijri date ("۱۳ اسفند
۱۴۰۳", Iranian pages) as its Gregorian day. Every result passes sanity bounds: nothing
before the web, nothing more than a day or two in the future.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterator, Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

logger = logging.getLogger(__name__)

EARLIEST = datetime(1991, 8, 6)  # the first web page
FUTURE_SLACK = timedelta(days=2)

_ISO_PREFIX = re.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})"  # date
    r"(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?"  # time
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?",  # offset
    re.I,
)
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_RFC2822_HINT = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}")

# A date written in words or numbers inside a longer text: "12. März 2021", "March 3, 2020",
# "03/08/2020", "2020年8月3日", with the time of day written before or after it. Used to cut
# the part dateparser has to read; month names and the words around a time are left to
# dateparser (any word of three letters or more may be a month here).
# The scripts that write a month's name with vowel signs and other marks (Hindi "मार्च",
# Thai "มีนาคม"), which Python's ``\w`` leaves out: the Indic, Thai, Lao, Burmese and Khmer
# blocks, taken whole (their digits are read as ASCII first, see ``ascii_digits``), and the
# Arabic script's vowel marks (harakat, the tanwin of "ظهرًا", "at noon", and the dagger alif).
_MARKED = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u064b-\u065f\u0670"
# A month's name: three letters or more ("März", "Sept."), or an abbreviation of those
# scripts with a dot inside ("มี.ค.", Thai for March). At most MAX_MONTH_CHARS: the longest
# word of a month's name in dateparser's data is 23 characters, and an unbounded run made a
# long unspaced text cost quadratic time (a 50,000-letter word: 43 s).
MAX_MONTH_CHARS = 24
_MONTH_WORD = (
    rf"(?:[^\W\d_]{{3,{MAX_MONTH_CHARS}}}|[{_MARKED}]{{3,{MAX_MONTH_CHARS}}}"
    rf"|[{_MARKED}]{{1,3}}\.[{_MARKED}]{{1,3}})\.?"
)
# Or a name with a combining mark no precomposed letter has (Yoruba "Ẹrẹ̀nà", March: "ẹ" with
# a grave U+0300; Python's ``\w`` leaves marks out): in a second pattern, for the texts that
# hold such a mark (``_has_mark``), as trying it on every word cost a quarter more.
_COMBINING = "\u0300-\u036f"
_MARKED_MONTH_WORD = (
    _MONTH_WORD[: -len(r")\.?")]
    + rf"|[^\W\d_]{{1,{MAX_MONTH_CHARS}}}[{_COMBINING}]"
    + rf"(?:[^\W\d_]|[{_COMBINING}]){{0,{MAX_MONTH_CHARS}}})\.?"
)
_HAS_MARK = re.compile(f"[{_COMBINING}]")


def _has_mark(text: str) -> bool:
    """Whether ``text`` holds a combining mark (see ``_MARKED_MONTH_WORD``)."""
    return _HAS_MARK.search(text) is not None


# The web's years only ("Dorfstraße 23, 1727" is an address), and those of the Buddhist era
# that Thai pages write (2567 is 2024; see ``common_era``).
_YEAR = r"(?:19|20|25)\d{2}(?!\d)"
# The word before the year in Spanish, Catalan and Portuguese dates: "de" ("5 de marzo de
# 2024"), or "del" (Mexican, Peruvian, Argentine and Catalan pages: "5 de març del 2024"),
# Friulian "dal" ("14 di Març dal 2025").
_BEFORE_YEAR = r"(?:del?\s+|dal\s+)?"
# The word between a day and its month's name: Spanish, Catalan and Portuguese "de" ("5 de
# marzo"), Romansh "da" ("14 da mars 2025"), Friulian "di" ("14 di Març"), Maltese "ta'"
# ("3 ta' Marzu 2025", also with a typographic apostrophe).
_BEFORE_MONTH = r"(?:d[aei]\s+|ta['’]\s*)?"
_PARTICLE = r"[^\W\d_]{1,2}\."  # an abbreviated word with its dot: "m.", "d."
# The mark after a day before its month's name: an English or French ordinal's letters, a
# dot (German, Slavic, Nordic), "º" (Spanish), or the hyphen Uzbek and Azerbaijani write
# with no space ("3-mart 2025").
_DAY_MARK = r"(?:(?:st|nd|rd|th|er|\.|º)?\s+|-)"


def _day_forms(month: str) -> tuple[str, ...]:
    """The forms of a day, with ``month`` the pattern of a month's name."""
    return (
        # A comma may follow the month: "3 March, 2025" (Indian and British pages), "3. marts,
        # 2025".
        # Or the Arabic comma ("12 كانون الثاني، 2024", the Levant's pages).
        rf"\d{{1,2}}{_DAY_MARK}{_BEFORE_MONTH}{month}[,،]?\s+{_BEFORE_YEAR}{_YEAR}",
        # Month first, also with Spanish "de" before the year ("Marzo 05 de 2024", Colombia).
        rf"{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_BEFORE_YEAR}{_YEAR}",
        # Year first: Hungarian "2024. március 5.", Lithuanian "2021 m. kovo 5 d." (a short
        # abbreviation with its dot after the year and the day: "m." year, "d." day).
        rf"{_YEAR}\.?(?:\s+{_PARTICLE})?\s+{month}\s+\d{{1,2}}(?:\.|\s*{_PARTICLE})?(?!\d)",
        rf"\d{{1,2}}(?:\.\s?|[/-])\d{{1,2}}(?:\.\s?|[/-]){_YEAR}",  # "4.2.2022", "4. 2. 2022"
        # A two-digit year ("05.03.24 | 10:30", Israeli and German pages; "03-03-25, 14:20",
        # Dutch; "05/03/24 | 14:20", Israeli, "3/5/24 2:20 PM", American) only with a time
        # after it: without one, "1.2.34" is as likely a version as a date, "1/2/34" a fraction.
        r"\d{1,2}(?P<short_sep>[./-])\d{1,2}(?P=short_sep)\d{2}"
        r"(?=\s*[,|·•\-–—]?\s*\d{1,2}[:h]\d{2}(?!\d))",
        rf"{_YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}}",
        # Year first with a dot and a space after each number: "2025. 3. 3. 14:20" (Korean portals).
        rf"{_YEAR}\.\s\d{{1,2}}\.\s\d{{1,2}}\.(?!\d)",
        rf"{_YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日",
        rf"{_YEAR}\s*년\s*\d{{1,2}}\s*월\s*\d{{1,2}}\s*일",
    )


_DAY = "(?:" + "|".join(_day_forms(_MONTH_WORD)) + ")"
# The two-digit year's form of ``_day_forms`` without the time after it, for a day whose time
# is written before it.
_SHORT_YEAR_DAY = r"\d{1,2}(?P<timed_sep>[./-])\d{1,2}(?P=timed_sep)\d{2}"
_MARKED_DAY = "(?:" + "|".join(_day_forms(_MARKED_MONTH_WORD)) + ")"
# A time of day: "10:30", "10h30", "10.30:15", "10時30分", "10시 30분", "5:12 p.m.", "5 pm",
# maybe followed by "Uhr"/"h". The digits never continue ("12.04" of "12.04.2021" is no time).
# A colon may have a space after it, as Bangladeshi newsrooms print a time ("১০: ৩০"), and
# an "h" spaces on both sides, as Quebec's do ("9 h 30").
_MERIDIEM = r"\s*[ap]\.?\s?m\b\.?"
_CLOCK = (
    r"\d{1,2}(?:(?:[:h.]|: | h )\d{2}(?!\d|\.\d)(?::\d{2})?(?:" + _MERIDIEM + r")?"
    r"(?:\s*(?:Uhr|h)\b)?"
    r"|\s*[時시]\s*(?:\d{1,2}\s*[分분])?"
    r"|" + _MERIDIEM + r")"
)
# Between a day and its time: a separator (also the dot South Slavic and Hungarian write
# after a year, "5. ožujka 2021. u 10:30", and the Arabic comma) and at most two short words
# of any language ("at", "a las", "um", "в", "godz.", "alle ore", "오후", "下午", "সকাল").
# A word of any script, with the vowel signs and other marks Python's ``\w`` leaves out ("को",
# Hindi "on"; "সকাল", Bengali "morning").
_LETTER = rf"(?:[^\W\d_]|[{_MARKED}])"
# Punctuation between a day and its time, or between the words there: also the "@" of
# Malaysian pages ("5 Mac 2024 @ 9:45 malam").
_SEPARATOR = r"[,،|/·•\-–—@]"
# A word between a day and its time: a connector or a weekday's name, the longest of these in
# dateparser's data, but for a few languages without a file, 14 letters (Lithuanian
# "ketvirtadienis"; English "Wednesday" is 9).
_MAX_JOIN_WORD = 14
_JOIN = (
    rf"(?:\s*(?:{_SEPARATOR}|\.)\s*|\s*)"
    # each word may be followed by punctuation: "р., 18:40" (Ukrainian "year"), "r., godz."
    rf"(?:{_LETTER}{{1,{_MAX_JOIN_WORD}}}\.?(?:\s*{_SEPARATOR}\s*|\s*)){{0,2}}"
)
# A zone after the time: an upper-case abbreviation ("EST", "MESZ", "(CET)", "GMT+2") or a
# numeric offset; abbreviations dateparser does not know are dropped by ``_split_zone``. The
# zone words of the language files ("мск", "(توقيت مكة)") join them in ``_text_date``.
_ZONE_ABBREVIATION = r"\s*\(?(?-i:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\)?(?![^\W\d_])"
_ZONE_OFFSET = r"\s*[+-]\d{2}:?\d{2}(?!\d)"


@lru_cache(maxsize=2)
def _text_date(marked: bool = False) -> re.Pattern[str]:
    """A day with its time of day before or after it and a zone after the time; a part of
    the day named after the time ("3:30 petang": afternoon, Malay) from the language files
    (read on first use, so compiled then). ``marked``: for a text with a combining mark
    (``_has_mark``), whose month's name may hold one."""
    from newsextract.labels import day_periods, hour_words, languages, word_alternation, zone_words

    meridiem = (word for code in languages() for word in _meridiem_periods(code))
    # a part of the day, or a word naming the hour ("14:30 ч.", Bulgarian), after the time
    words = [*day_periods(), *meridiem, *hour_words()]
    period = rf"(?:\s*{word_alternation(words)}(?!{_LETTER}))?"
    forms = [_ZONE_ABBREVIATION, _ZONE_OFFSET]
    if zone_words():
        forms.insert(1, rf"\s*\(?{word_alternation(zone_words())}\)?(?!{_LETTER})")
    zone = "(?P<zone>" + "|".join(forms) + ")"
    return re.compile(
        r"(?:(?P<before>" + _CLOCK + period + r")"
        # then a separator, and a weekday's words maybe ("10:30, Thứ ba, 05/03/2024")
        rf"(?P<between>(?:\s*{_SEPARATOR}\s*|\s+)(?:{_LETTER}{{1,{_MAX_JOIN_WORD}}}\.?"
        rf"(?:\s*{_SEPARATOR}\s*|\s+)){{0,2}}))?"
        r"(?P<day>"
        + (_MARKED_DAY if marked else _DAY)
        # a two-digit year with its time written before it ("10:30 05/03/21"), as after it
        + r"|(?(before)"
        + _SHORT_YEAR_DAY
        + r"(?![\d:]|[./-]\d)|(?!))"
        + r")"
        # a time after the day, unless one stood before it: that one is the next date's
        # ("Updated 11:30 AM EST, February 12, 2025 · Published 9:45 AM EST, …")
        r"(?(before)|(?:(?P<after>" + _JOIN + _CLOCK + period + r")" + zone + r"?)?)",
        re.I,
    )


# "03.05.2013", "3. 5. 2013": numbers with dots are day first wherever they are written
# (German, Slavic, Nordic, Turkish usage); dateparser is told so when the page's language is
# unknown.
_DOTTED_DAY = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}")
# The US generic zone names written without standard/daylight ("5 p.m. ET"), whose offset
# depends on the date: their IANA tz database zones (the names as the AP Stylebook uses them).
GENERIC_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}


def in_bounds(value: datetime, now: datetime | None = None) -> bool:
    """True for a plausible publication date: after the first web page, not in the future."""
    try:
        naive = value.replace(tzinfo=None) if value.tzinfo is None else _to_naive_utc(value)
    except OverflowError:  # year 1 or 9999 with an offset has no UTC equivalent
        return False
    now = now or datetime.now(UTC).replace(tzinfo=None)
    return EARLIEST <= naive <= now + FUTURE_SLACK


def _to_naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


def parse_machine_date(value: Any, language: str | None = None) -> datetime | None:
    """ISO 8601 (and its common variants), RFC 2822 or a Unix epoch, else a date in a plain
    written form filling the whole field ("Tue, Sep 15 2020 10:01:41 EDT", "March 5, 2021"),
    its month's name read in ``language`` first (Croatian "listopada" is October, Polish
    November); None if none of them."""
    if isinstance(value, (int, float)):
        try:
            return _from_epoch(float(value))
        except OverflowError:  # an int of 400 digits (JSON-LD "datePublished": 999…)
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    parsed = _parse_iso(text)
    if parsed is None and _EPOCH.match(text):
        parsed = _from_epoch(float(text[:10]))
    if parsed is None and _RFC2822_HINT.match(text):
        parsed = _parse_rfc2822(text)
    if parsed is None and len(text) <= _MAX_WRITTEN_FIELD:
        parsed = _written_field(text, language)
    if parsed is not None and in_bounds(parsed):
        return parsed
    return None


# A field holding a date written for people is short; a longer text is prose that mentions one.
_MAX_WRITTEN_FIELD = 60


def _written_field(text: str, language: str | None = None) -> datetime | None:
    """A date written for people in a machine field, read without dateparser: its plain forms
    only, and only when nothing but a weekday or punctuation surrounds it."""
    match = _text_date(_has_mark(text)).search(text)
    if match is None or any(c.isdigit() for c in text[: match.start()] + text[match.end() :]):
        return None
    span, zone = _split_zone(match.group(0))
    # the language names the month; a day in numbers keeps the order its separators give
    worded = any(c.isalpha() for c in match.group("day"))
    value = read_written_date(span, language if worded else None)
    return _localise(value, zone) if value is not None and zone is not None else value


def _parse_iso(text: str) -> datetime | None:
    match = _ISO_PREFIX.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        tz = _offset(offset)
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None


def _offset(text: str | None) -> timezone | None:
    if not text:
        return None
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        raise ValueError("offset out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _parse_rfc2822(text: str) -> datetime | None:
    from email.utils import parsedate_to_datetime  # on first use: it keeps import time down

    if _MERIDIEM_AFTER_TIME.search(text) is not None:
        return None  # a 12-hour time ("05 Mar 2024 02:20 PM"): the standard reads 02:20, PM dropped
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


# A time of a 12-hour clock, which RFC 2822 does not write: read as written text instead.
_MERIDIEM_AFTER_TIME = re.compile(r"\d:\d{2}(?::\d{2})?\s*[ap]\.?\s?m\b", re.I)


def _from_epoch(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        value = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return value if in_bounds(value) else None


# The decimal digits of the scripts news pages write dates in besides ASCII: Arabic-Indic
# and Persian (٢٠٢٤, ۱۴۰۲), Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu,
# Kannada, Malayalam, Thai, Lao, Tibetan, Burmese, Khmer and full-width (２０２４年).
_DIGIT_ZEROS = (
    "\u0660\u06f0\u0966\u09e6\u0a66\u0ae6\u0b66\u0be6\u0c66\u0ce6\u0d66"
    "\u0e50\u0ed0\u0f20\u1040\u17e0\uff10"
)
_ASCII_DIGITS = {ord(zero) + n: ord("0") + n for zero in _DIGIT_ZEROS for n in range(10)}
# The invisible marks of bidirectional text that right-to-left pages set around a date's
# parts ("\u200f05.03.2024\u200f | \u200f14:20\u200f", Hebrew and Arabic CMSs): read as spaces,
# so a day and its time stay one date. Left-to-right and right-to-left marks, the Arabic
# letter mark, embeddings, overrides and isolates.
_BIDI_MARKS = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_ASCII_DIGITS.update(
    {
        code: ord(" ")
        for code in (0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    }
)
# Looked for first: translating a text char by char costs far more than searching it.
_OTHER_DIGIT = re.compile(
    "[" + "".join(f"{z}-{chr(ord(z) + 9)}" for z in _DIGIT_ZEROS) + _BIDI_MARKS + "]"
)


def ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts written in ASCII and its bidirectional marks
    as spaces (``_BIDI_MARKS``), one character for one (a span's place in the text is kept)."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return text.translate(_ASCII_DIGITS)


@lru_cache(maxsize=1)
def _spaced_month_forms() -> tuple[re.Pattern[str], tuple[str, ...], dict[str, str]] | None:
    """The months' names of two words in the language files' ``[month_forms]`` (the Levant's
    "تشرين الأول", October), or of one word shorter than ``_MONTH_WORD`` reads ("آب",
    August), their first words (a test before the search) and, for each, a one-word name of
    the same month in the same language ("أكتوبر"), which a date is then read with: a
    month's name is one word of three letters or more in ``_MONTH_WORD``."""
    from newsextract.labels import languages, word_alternation

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
            if number in single:
                names.setdefault(" ".join(form.split()), single[number])
    if not names:
        return None
    pattern = re.compile(rf"(?<!\w){word_alternation(names)}(?!\w)", re.I)
    return pattern, tuple(dict.fromkeys(form.split()[0] for form in names)), names


_MIN_MONTH_CHARS = 3  # the shortest month's name ``_MONTH_WORD`` reads


@lru_cache(maxsize=1)
def _prefixed_day_date() -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """A date whose day and year a language file's ``calendar_prefixes`` open, its month's
    name between them (Vietnamese "ngày 11 tháng 5 năm 2024": "day 11, month 5, year 2024",
    the month's name being "tháng 5"); and the years' words, looked for first (a day's word
    may open a sentence in capitals)."""
    from newsextract.labels import languages, word_alternation

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
    pattern = re.compile(
        rf"(?<!{_LETTER})(?:{word_alternation(days)})\s*(?P<day>\d{{1,2}})\s+"
        rf"(?P<month>{word_alternation(names)})\s+(?:{word_alternation(years)})\s*"
        rf"(?P<year>{_YEAR})",
        re.I,
    )
    return pattern, tuple(years)


def _prefixed_numbered(found: re.Match[str]) -> str:
    """A ``_prefixed_day_date`` as "YYYY-MM-DD", padded to the span's length; the span as it
    was when its month is no month or its day no day."""
    month = _month_number(found["month"], None)
    day = int(found["day"])
    if month is None or not 1 <= day <= 31:
        return found[0]
    return f"{found['year']}-{month:02d}-{day:02d}".ljust(len(found[0]))


@lru_cache(maxsize=1)
def _calendar_prefix() -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """A language file's calendar prefix glued to the number or month name it opens, and the
    prefixes themselves (looked for first: far cheaper than the regex on every text; a
    Latin one's first letter, the "n" of Vietnamese "ngày", would let every text pass)."""
    from newsextract.labels import calendar_prefixes

    found = calendar_prefixes()
    if not found:
        return None
    pattern = re.compile("(?:" + "|".join(map(re.escape, found)) + rf")(?=\s?[\d{_MARKED}])")
    return pattern, tuple(found)


# A calendar badge's date, its day, month name and year in elements of their own set apart by
# slashes ("12 / MAR / 2024", "12/Mar/2024"): read as the day, month and year it shows (each
# slash a space, so the span keeps its place). A word between numbers only: a fraction or a
# day in numbers ("1/2", "12/03/2024") is left alone.
_SLASHED_BADGE = re.compile(r"(?<!\d)(\d{1,2}\s*)/(\s*[^\W\d_]{3,12}\.?\s*)/(\s*\d{4})(?!\d)")


def _unslashed_badge(found: re.Match[str]) -> str:
    return f"{found.group(1)} {found.group(2)} {found.group(3)}"


def _without_prefixes(text: str) -> str:
    """``text`` with the words glued before a day, month or year ("ខែមីនា", Khmer "month
    March") blanked, one space for each character (a span's place in the text is kept), and
    a date written with words after its year's and month's numbers as the same date in
    numbers ("2025 оны 3 сарын 3" as "2025-03-03", padded to the same length)."""
    if "/" in text:  # a calendar badge's day, month and year split by slashes
        text = _SLASHED_BADGE.sub(_unslashed_badge, text)
    worded = _worded_suffixed_date()
    if worded is not None and worded[1].search(text) is not None:
        text = worded[0].sub(_worded_numbered, text)
    if "13" in text or "14" in text:  # what a Solar Hijri year of the web opens with
        text = _SOLAR_HIJRI_NUMBERS.sub(_gregorian_of_solar_hijri_numbers, text)
    if _TWO_DIGITS_AFTER_APOSTROPHE.search(text) is not None:
        text = _APOSTROPHE_YEAR.sub(_full_apostrophe_year, text)
    if text.isascii():
        return text
    spaced = _spaced_month_forms()
    if spaced is not None and any(word in text for word in spaced[1]):
        names = spaced[2]
        text = spaced[0].sub(lambda found: names[" ".join(found[0].lower().split())], text)
    prefixed = _prefixed_day_date()
    if prefixed is not None and any(word in text for word in prefixed[1]):
        text = prefixed[0].sub(_prefixed_numbered, text)
    prefix = _calendar_prefix()
    if prefix is not None and any(word in text for word in prefix[1]):
        text = prefix[0].sub(lambda found: " " * len(found[0]), text)
    suffixed = _suffixed_date()
    if suffixed is not None and suffixed[1] in text:
        text = suffixed[0].sub(_numbered, text)
    if _ARABIC_LETTER.search(text) is not None:
        if ("(" in text or "/" in text) and _SECOND_MONTH_NAME.search(text) is not None:
            text = _SECOND_MONTH_NAME.sub(_without_second_name, text)
        text = _solar_hijri_date()[0].sub(_gregorian_of_solar_hijri, text)
    if "年" in text:
        text = _JAPANESE_ERA_YEAR.sub(_gregorian_of_era_year, text)
    if _THAI_LETTER.search(text) is not None:
        text = _THAI_SHORT_YEAR.sub(_full_buddhist_year, text)
    return text


# A year's last two digits after an apostrophe, following a day and a month's name ("5 maart
# '24", Dutch pages; "5. März ’24", "March 5, '24"): the year in full, as a rewrite that
# moves what follows (see ``_gregorian_of_era_year``). Not after anything else ("Seizoen
# '23-'24", "the '90s"); a word that is no month's name leaves the span unread later.
_APOSTROPHE_YEAR = re.compile(
    r"(?<!\d)(\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,24}\.?,?\s+(?:de\s+)?"
    r"|[^\W\d_]{3,24}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)['’‘](\d{2})(?![\d\w])"
)
# Its test before the search: the apostrophe and the digits, found at once in a text without.
_TWO_DIGITS_AFTER_APOSTROPHE = re.compile(r"['’‘]\d{2}(?![\d\w])")
# A month's other name after its name in an Arabic date, in brackets or after a slash ("5
# آذار (مارس)، 2024", "5 آذار/مارس 2024": the Levant's name and the Egyptian one, as Levant
# newsrooms write both): left out, when it is a month's name, so the day reads as one date.
_SECOND_MONTH_NAME = re.compile(
    r"(?<=[\u0621-\u064a])\s*(?:\(\s*([\u0621-\u064a]{3,10})\s*\)|/\s*([\u0621-\u064a]{3,10}))"
)


def _without_second_name(found: re.Match[str]) -> str:
    return "" if (found[1] or found[2]) in month_numbers("ar") else found[0]


# The web's years (from 1991): a two-digit year from 91 is the 1900s', below it the 2000s'.
_FIRST_WEB_YEAR_OF_CENTURY = 91


def _full_apostrophe_year(found: re.Match[str]) -> str:
    year = int(found[2])
    century = 1900 if year >= _FIRST_WEB_YEAR_OF_CENTURY else 2000
    return f"{found[1]}{century + year}"


# Thai news pages write the Buddhist era's year in two digits after a month's name ("3 มี.ค.
# 68 09:30 น.": 3 March 2568, that is 2025); written in full it is the era's 25xx.
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_THAI_SHORT_YEAR = re.compile(
    r"(?<!\d)(\d{1,2}\s*([\u0e01-\u0e4e][\u0e01-\u0e4e.]{1,14})\s+)(\d{2})(?![\d\u0e01-\u0e4e])"
)
_BUDDHIST_CENTURY = "25"


def _full_buddhist_year(found: re.Match[str]) -> str:
    """A two-digit year after a Thai month's name (dateparser's, its dots left out) as the
    Buddhist era's four digits; the span as it was after any other word."""
    if month_numbers("th").get(found[2].replace(".", "")) is None:
        return found[0]
    return f"{found[1]}{_BUDDHIST_CENTURY}{found[3]}"


# Japanese pages (a city's, a ministry's, a paper's) date in the imperial era as often as in
# the Gregorian calendar: "令和7年3月3日" is 3 March 2025. Each era's year 0 in the Gregorian
# calendar (Reiwa from 2019, Heisei 1989-2019; "元年" is an era's first year).
JAPANESE_ERAS = {"令和": 2018, "平成": 1988}
_FIRST_ERA_YEAR = "元"
# An era's year, and the Gregorian year a page may write beside it in brackets
# ("令和7年（2025年）"), which is then kept alone.
_JAPANESE_ERA_YEAR = re.compile(
    rf"({'|'.join(JAPANESE_ERAS)})\s*(\d{{1,2}}|{_FIRST_ERA_YEAR})\s*年"
    r"(?:\s*[（(]\s*(\d{4})\s*年?\s*[）)])?"
)


def _gregorian_of_era_year(found: re.Match[str]) -> str:
    """The Gregorian year of an era's ("令和7年" as "2025年"): one character longer than the
    span, a rewrite that moves what follows, as a two-word month's name read as one word does
    (no caller needs a span's place in the text: one that looks for it finds none)."""
    if found[3]:
        return f"{found[3]}年"
    year = 1 if found[2] == _FIRST_ERA_YEAR else int(found[2])
    return f"{JAPANESE_ERAS[found[1]] + year}年"


# Iranian and Afghan pages date in the Solar Hijri calendar ("۱۳ اسفند ۱۴۰۳": 3 March 2025);
# its month names are dateparser's (its Jalali parser's data), the conversion convertdate's.
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u067e-\u06cc]")
# Persian's yeh and kaf (ی, ک) as Arabic's (ي, ك), which Iranian sites built on Arabic
# keyboards or old content systems write ("2 تير 1399"): a month name is read in both forms.
_ARABIC_FORMS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})
# The Solar Hijri years of the web (1991-2039): 1370-1418.
_SOLAR_HIJRI_YEAR = r"1[34]\d\d"


@lru_cache(maxsize=1)
def _solar_hijri_date() -> tuple[re.Pattern[str], dict[str, int]]:
    """A Solar Hijri day, month name and year ("13 اسفند 1403", digits already ASCII), and
    each month name's number."""
    from dateparser.calendars.jalali_parser import jalali_parser

    table: dict[str, tuple[int, int, list[str]]] = getattr(jalali_parser, "_months")  # noqa: B009
    months = {name: number for number, _, names in table.values() for name in names}
    months |= {name.translate(_ARABIC_FORMS): number for name, number in months.items()}
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({names})\s+({_SOLAR_HIJRI_YEAR})(?!\d)")
    return pattern, months


def _gregorian_of_solar_hijri(found: re.Match[str]) -> str:
    """The Gregorian day of a Solar Hijri date as "YYYY-MM-DD", padded to the span's length
    (a span's place in the text is kept); the span as it was when no such day exists."""
    from convertdate import persian

    day, month, year = int(found[1]), _solar_hijri_date()[1][found[2]], int(found[3])
    if not 1 <= day <= persian.month_length(year, month):
        return found[0]
    gregorian = "{:04d}-{:02d}-{:02d}".format(*persian.to_gregorian(year, month, day))
    return gregorian.ljust(len(found[0]))


# The same calendar's date in numbers, year first ("1402/06/29", Persian digits already
# ASCII). Its years 1370-1410 (1991-2032) are no Gregorian year of the web, nor a lunar Hijri
# one (those are 1411 on), so the form is read on any page.
_SOLAR_HIJRI_NUMBERS = re.compile(
    r"(?<![\d/.-])(13[7-9]\d|140\d|1410)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])"
)


def _gregorian_of_solar_hijri_numbers(found: re.Match[str]) -> str:
    """The Gregorian day of a Solar Hijri date in numbers as "YYYY-MM-DD" (see
    ``_gregorian_of_solar_hijri``); the span as it was when no such day exists."""
    from convertdate import persian

    year, month, day = int(found[1]), int(found[3]), int(found[4])
    if not (1 <= month <= 12 and 1 <= day <= persian.month_length(year, month)):
        return found[0]
    gregorian = "{:04d}-{:02d}-{:02d}".format(*persian.to_gregorian(year, month, day))
    return gregorian.ljust(len(found[0]))


@lru_cache(maxsize=1)
def _suffixed_date() -> tuple[re.Pattern[str], str] | None:
    """A date written year first with a language file's words after the year's and the
    month's numbers (``labels.calendar_suffixes``), and a word of its month part (looked
    for first: far cheaper than the regex on every text)."""
    from newsextract.labels import calendar_suffixes, word_alternation

    found = calendar_suffixes()
    if "year" not in found or "month" not in found:
        return None
    day = rf"(?:\s*{word_alternation(found['day'])})?" if "day" in found else ""
    pattern = re.compile(
        rf"(?<!\d)({_YEAR})\s*{word_alternation(found['year'])}\s+(\d{{1,2}})\s*"
        rf"{word_alternation(found['month'])}\s+(\d{{1,2}})(?!\d){day}",
        re.I,
    )
    return pattern, found["month"][-1]


@lru_cache(maxsize=1)
def _worded_suffixed_date() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A date written year first with a language file's word after the year
    (``labels.calendar_suffixes``) and a month's name, the day after or before it: Basque
    "2024ko martxoaren 5a" (CLDR's long date, y'ko' MMMM'ren' d'a'), Latvian "2024. gada 5.
    martā" (y. 'gada' d. MMMM, the month in the locative newsrooms write); the month names
    are those of the languages with such a year word, with their files' ``month_forms``.
    And the year with its word alone, in lower case as the files list it, looked for first
    (about 30 µs on 5,000 characters of text without one, a third of the whole form's cost)."""
    from newsextract.labels import calendar_suffixes, languages, word_alternation

    codes = [code for code, known in languages().items() if known.calendar_suffixes]
    names = {name for code in codes for name in month_numbers(code)}
    found = calendar_suffixes()
    if "year" not in found or not names:
        return None
    year = rf"(?<!\d)({_YEAR})\.?\s*{word_alternation(found['year'])}(?!{_LETTER})"
    day = rf"(?:\s*{word_alternation(found['day'])})?" if "day" in found else ""
    month = rf"({word_alternation(names)})(?!{_LETTER})"
    pattern = re.compile(
        rf"{year}\s+(?:{month}\s+(\d{{1,2}})(?!\d)\.?{day}|(\d{{1,2}})\.?\s*{month})", re.I
    )
    return pattern, re.compile(rf"{_YEAR}\.?\s*{word_alternation(found['year'])}")


def _worded_numbered(found: re.Match[str]) -> str:
    """A ``_worded_suffixed_date`` as "YYYY-MM-DD", padded to the span's length; the span as
    it was when its month is no month or its day no day."""
    month = _month_number(found[2] or found[5], None)
    day = int(found[3] or found[4])
    if month is None or not 1 <= day <= 31:
        return found[0]
    return f"{found[1]}-{month:02d}-{day:02d}".ljust(len(found[0]))


def _numbered(found: re.Match[str]) -> str:
    date = f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}"
    return date.ljust(len(found[0]))


def find_text_date(text: str) -> str | None:
    """The first date-looking span of a visible text, for ``parse_text_date``."""
    text = _without_prefixes(ascii_digits(text))
    match = _text_date(_has_mark(text)).search(text)
    return match.group(0) if match else None


class TextDate(NamedTuple):
    """A date-looking span of a visible text, found by its form alone (not parsed yet)."""

    label: str  # the text between it and the date before: "Published", "Updated", …
    span: str  # for ``parse_text_date``
    has_time: bool  # a time of day is written with it
    same_day: bool = False  # a time written alone, on the day of the date before it


def find_text_dates(text: str, *, same_day_times: bool = False) -> Iterator[TextDate]:
    """Each date-looking span of a visible text, in order. With ``same_day_times``, a time
    of day written alone after a date ("14 mrt 2025 om 09:30 · Aangepast om 11:05") is one
    too, on that date's day: a newsroom leaves out the day of an update made the same day."""
    end = 0
    text = _without_prefixes(ascii_digits(text))
    day = None
    for match in _text_date(_has_mark(text)).finditer(text):
        if same_day_times and day is not None:
            yield from _lone_times(text, end, match.start(), day)
        timed = bool(match.group("before") or match.group("after"))
        yield TextDate(text[end : match.start()], match.group(0), timed)
        end, day = match.end(), match.group("day")
    if same_day_times and day is not None:
        yield from _lone_times(text, end, len(text), day)


# A time of day standing alone (no day beside it: ``_text_date`` found none there), with the
# zone written after it; its digits do not run on ("11:05" of "11:05:30" is the whole).
_LONE_TIME = re.compile(rf"(?<![\d:.]){_CLOCK}(?:{_ZONE_ABBREVIATION}|{_ZONE_OFFSET})?", re.I)


def _lone_times(text: str, start: int, stop: int, day: str) -> Iterator[TextDate]:
    """The times written alone in ``text[start:stop]``, each as a date of ``day``."""
    label_from = start
    for found in _LONE_TIME.finditer(text, start, stop):
        span = f"{day} {found.group(0)}"
        yield TextDate(text[label_from : found.start()], span, has_time=True, same_day=True)
        label_from = found.end()


# Languages whose month names win where two languages spell different months alike ("mar",
# "listopad"): the dev sets' and the web's most written languages first.
MONTH_NAME_PRIORITY = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "tr", "sv")
_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


@lru_cache(maxsize=1)
def _language_data() -> dict[str, dict[str, Any]]:
    """dateparser's data of every language by name (about 0.1 s, once)."""
    import dateparser.data.date_translation_data as data

    found: dict[str, dict[str, Any]] = {}
    for module in pkgutil.iter_modules(data.__path__):
        try:
            found[module.name] = importlib.import_module(f"{data.__name__}.{module.name}").info
        except ImportError:  # a language module dateparser could not import either
            continue
    return found


@lru_cache(maxsize=64)
def month_numbers(language: str | None = None) -> dict[str, int]:
    """Month names and abbreviations, lower-cased, to their number: those of ``language``
    (a dateparser language) only, or of every language, ``MONTH_NAME_PRIORITY`` first."""
    data = _language_data()
    if language is not None:
        names = [language] if language in data else []
    else:
        names = [*MONTH_NAME_PRIORITY, *sorted(set(data) - set(MONTH_NAME_PRIORITY))]
    table: dict[str, int] = {}
    for name in names:
        info = data.get(name, {})
        for number, key in enumerate(_MONTH_KEYS, 1):
            for word in info.get(key, ()):
                word = str(word).lower().rstrip(".")
                table.setdefault(word, number)
                # as pages write it: composed ("জানুয়ারি" with U+09DF in the data is
                # U+09AF U+09BC in NFC text, which most pages are)
                table.setdefault(unicodedata.normalize("NFC", word), number)
    from newsextract.labels import month_forms

    for word, number in month_forms(language).items():
        table.setdefault(word, number)
    return table


@lru_cache(maxsize=64)
def weekday_numbers(language: str | None = None) -> Mapping[str, int]:
    """Weekday names and abbreviations of ``language`` and of English (a content system's
    default dates are English on pages of any language), lower case, to their number
    (Monday 0 to Sunday 6); one letter and a word the two give different days are left
    out. Not every language's: there "on", "de", "la" and "to" are weekdays too."""
    found: dict[str, set[int]] = {}
    for code in dict.fromkeys((language or _FALLBACK_LANGUAGE, _FALLBACK_LANGUAGE)):
        info = _language_data().get(code, {})
        for number, key in enumerate(_WEEKDAYS):
            for word in info.get(key, ()):
                found.setdefault(str(word).lower().rstrip("."), set()).add(number)
    return {word: days.pop() for word, days in found.items() if len(days) == 1 and len(word) > 1}


# The reach before a date's numbers where the weekday it names stands ("Tue, ", "Mittwoch, ").
WEEKDAY_REACH = 16
_LAST_WORD = re.compile(r"([^\W\d_]{2,})\W*$")
# A day written in numbers, day and month in either order: "03/04/2025", "3.4.2025".
_NUMBERED_DAY = re.compile(r"\d{1,2}[./-]\s?\d{1,2}[./-]")


def weekday_settled(
    day: datetime, before: str, span: str | None = None, language: str | None = None
) -> datetime:
    """``day``, read from numbers that may be day or month first ("03/04/2025"), or with its
    day and month swapped when the weekday named right before them is the swapped date's and
    not ``day``'s ("Tue, 03/04/2025 - 14:20": Drupal's default format is month first on
    pages of any language). ``span``: the text ``day`` was read from, when it may not be
    numbers (a worded month is never swapped); ``language``: the page's (``weekday_numbers``)."""
    if day.day > _MONTHS or day.day == day.month:
        return day
    if span is not None and _NUMBERED_DAY.match(span.strip()) is None:
        return day
    match = _LAST_WORD.search(before[-WEEKDAY_REACH:])
    weekday = weekday_numbers(language).get(match[1].lower()) if match else None
    if weekday is None or day.weekday() == weekday:
        return day
    swapped = day.replace(month=day.day, day=day.month)  # both 12 or less: a real day
    return swapped if swapped.weekday() == weekday else day


_MONTHS = 12


def _date_order(language: str | None, countries: Collection[str] = frozenset()) -> str | None:
    """ "DMY", "MDY" or "YMD": how ``language`` writes a date in numbers, per dateparser; in
    the page's country where dateparser's locale of it says otherwise (``_locale_order``)."""
    local = _locale_order(language, frozenset(countries)) if countries else None
    if local is not None:
        return local
    order = _language_data().get(language or "", {}).get("date_order")
    return order if isinstance(order, str) else None


@lru_cache(maxsize=64)
def _locale_order(language: str | None, countries: frozenset[str]) -> str | None:
    """The order dateparser's locales of ``language`` in the page's countries give
    ("en-GB", "en-AU": day first; "en-US": month first; "03/04/2025" is 3 April on a British
    page), when they give one order; None when they give none or disagree."""
    locales = _language_data().get(language or "", {}).get("locale_specific", {})
    found = {
        order
        for country in countries
        if isinstance(order := locales.get(f"{language}-{country}", {}).get("date_order"), str)
    }
    return found.pop() if len(found) == 1 else None


# The forms read without dateparser: a day with its month in words or in numbers, and a time
# of day in digits ("10:30", "10h30", "10.30", "10:30:15", "5:12 pm", "18:40 Uhr") joined by
# punctuation or by words dateparser's data says to skip ("at", "um", "a las", "в"); any other
# word between a day and its time ("오후", "下午": afternoon) is dateparser's to read. A part
# of the day after the time is a word or up to three ("3:30 petang", "3:30 de la tarde").
_WORDED = re.compile(
    rf"(?P<day>\d{{1,2}}){_DAY_MARK}{_BEFORE_MONTH}(?P<month>{_MARKED_MONTH_WORD})[,،]?\s+"
    rf"{_BEFORE_YEAR}(?P<year>\d{{4}})"
    rf"|(?P<month2>{_MARKED_MONTH_WORD})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"{_BEFORE_YEAR}(?P<year2>\d{{4}})"
    r"|(?P<year3>\d{4})\.?(?:\s+" + _PARTICLE + r")?\s+(?P<month3>" + _MARKED_MONTH_WORD + r")\s+"
    r"(?P<day3>\d{1,2})(?:\.|\s*" + _PARTICLE + r")?",
    re.I,
)
_NUMBERS = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[./-])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<year>\d{4}|\d{2})"
)
_YEAR_FIRST = re.compile(r"(?P<year>\d{4})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})")
# Korean portals' "2025. 3. 3.": a dot and a space after each number.
_YEAR_FIRST_SPACED = re.compile(r"(?P<year>\d{4})\.\s(?P<month>\d{1,2})\.\s(?P<day>\d{1,2})\.")
_CJK = re.compile(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
)
_DIGIT_CLOCK = re.compile(
    rf"[\s,،.|/·•\-–—@]*(?P<words>(?:{_LETTER}{{1,{_MAX_JOIN_WORD}}}\.?(?:\s*{_SEPARATOR}\s*|\s*)){{0,2}}?)"
    r"(?P<hour>\d{1,2})(?:[:h.]|: | h )(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<meridiem>[ap])\.?\s?m\.?)?(?:\s*Uhr)?"
    # the part of the day: words, or initials with dots ("2:30 n.h.", Filipino; "μ.μ.", Greek)
    # or a word naming the hour with its dot ("14:30 ч.", Bulgarian: ``labels.hour_words``)
    rf"(?:\s*(?P<period>(?:{_LETTER}\.){{2,4}}|{_LETTER}+(?:\s+{_LETTER}+){{0,2}}\.?))?"
    r"[\s,|/·•\-–—]*",
    re.I,
)
_WORD_SEPARATORS = re.compile(_SEPARATOR)


def read_written_date(
    span: str, language: str | None = None, countries: Collection[str] = frozenset()
) -> datetime | None:
    """A span of ``find_text_date`` (without its zone) read without dateparser when its form
    is plain: a worded month dateparser's data names (the page language's first), numbers in
    the order of the language in the page's ``countries`` (``_date_order``; day first for
    dots when the language is unknown), a time in digits, maybe with a part of the day named
    beside it ("সকাল ১০:৩০", "3:30 petang"). None when dateparser has to read it."""
    match = _text_date(_has_mark(span)).fullmatch(span.strip())
    if match is None or match.group("zone"):
        return None
    day = _plain_day(match.group("day"), language, countries)
    if day is None:
        return None
    clock = match.group("before") or match.group("after")
    if clock:
        moment = _DIGIT_CLOCK.fullmatch(clock)
        if moment is None:
            return None
        plain, period = _time_words(moment["words"], moment["period"], language)
        if not plain or not _skipped(_WORD_SEPARATORS.sub(" ", match["between"] or "")):
            return None
        hour, minute = int(moment["hour"]), int(moment["minute"])
        meridiem = (moment["meridiem"] or "").lower()
        if meridiem and not 1 <= hour <= 12:
            return None
        if meridiem:
            hour = hour % 12 + (12 if meridiem == "p" else 0)
        elif period is not None:
            hour = _in_period(hour, period)
        try:
            day = day.replace(hour=hour, minute=minute, second=int(moment["second"] or 0))
        except ValueError:
            return None
    return day if in_bounds(day) else None


def _time_words(
    before: str, after: str | None, language: str | None
) -> tuple[bool, tuple[int, int] | None]:
    """Whether the words before a time are plain: filler (see ``_skipped``) and at most one
    part of the day; and the hours of the part named after the time, or else before it. A
    word after the time that is another language's part of the day ("10:30 de la mañana":
    Hungarian "de", before noon) is left out, as a word after a time always was; without a
    language it is not plain (the page's language may name it: "3:30 ptg", Malay)."""
    from newsextract.labels import hour_words

    periods = _day_periods(language)
    if after and " ".join(after.lower().split()) in hour_words():
        after = None  # a word naming the hour ("ч."), no part of the day
    hours = periods.get(" ".join(after.lower().split())) if after else None
    if after and hours is None and language is None:
        return False, None
    words = " ".join(_WORD_SEPARATORS.sub(" ", before).lower().split())
    if words in periods:
        return hours is None, periods[words]
    rest = []
    for word in words.split():
        if hours is None and word in periods:
            hours = periods[word]
        else:
            rest.append(word)
    return _skipped(" ".join(rest)), hours


@lru_cache(maxsize=64)
def _day_periods(language: str | None) -> dict[str, tuple[int, int]]:
    """The parts of the day of every language file, then ``language``'s own words for
    before and after noon and its file's parts of the day."""
    from newsextract.labels import day_periods

    if language is None:
        return dict(day_periods())
    return {**day_periods(), **_meridiem_periods(language), **day_periods(language)}


# dateparser's words for before and after noon, read as the day's halves.
_BEFORE_NOON, _AFTER_NOON = (0, 12), (12, 0)
_MIN_MERIDIEM_WORD = 2  # one letter ("a", "p", Arabic "م") is an initial or a word as often


@lru_cache(maxsize=64)
def _meridiem_periods(language: str) -> dict[str, tuple[int, int]]:
    """dateparser's words of ``language`` for before and after noon ("SA"/"CH", Vietnamese;
    "pg"/"ptg", Malay; "дп"/"пп", Russian) as the day's two halves; read on the language's
    own pages only (Hungarian "de" is Spanish "of")."""
    info = _language_data().get(language, {})
    found: dict[str, tuple[int, int]] = {}
    for key, half in (("am", _BEFORE_NOON), ("pm", _AFTER_NOON)):
        for word in info.get(key, ()):
            word = str(word).lower().rstrip(".")
            if len(word) >= _MIN_MERIDIEM_WORD:
                found.setdefault(word, half)
            if _MIN_MERIDIEM_WORD <= len(word) <= _MAX_INITIALS and word.isalpha():
                # its initials with dots, as pages write them ("μ.μ." of "μμ", Greek "p.m.")
                found.setdefault(".".join(word), half)
    return found


# A word of this many letters at most is initials, which pages write with dots too.
_MAX_INITIALS = 3


_HOURS = 24
_HALF_DAY = 12


def _in_period(hour: int, period: tuple[int, int]) -> int:
    """The hour of a 12-hour clock in the part of the day named beside it: of the hour and
    twelve hours later, the one in the period, else the one nearer to it ("বিকাল ৩টা", with
    the afternoon from 4 pm, is 15:00); an hour past 12 is a 24-hour clock's, kept."""
    if hour > _HALF_DAY:
        return hour
    return min((hour % _HALF_DAY, hour % _HALF_DAY + _HALF_DAY), key=lambda h: _outside(h, period))


def _outside(hour: int, period: tuple[int, int]) -> int:
    """How many hours ``hour`` is outside ``period`` (from, before; past midnight if need be)."""
    start, end = period
    length = (end - start) % _HOURS or _HOURS
    into = (hour - start) % _HOURS
    return 0 if into < length else min(into - length + 1, _HOURS - into)


def _skipped(words: str) -> bool:
    """Whether the words between a day and its time are all filler in dateparser's data (of
    any language: dateparser, failing in the page's language, tries them all)."""
    words = words.strip().lower()
    if not words:
        return True
    filler = _skip_words()
    return words in filler or all(
        word.rstrip(".") in filler or word in filler for word in words.split()
    )


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=1)
def _skip_words() -> frozenset[str]:
    """dateparser's filler words, weekday names and words for "year", and the language files'
    words between a date and its time ("a las", "kello", "saat", "godz", "lúc", "στις"), which
    dateparser's lists miss; never a word for the morning or the afternoon ("오후": 3:00 is
    then 15:00, a part of the day)."""
    from newsextract.labels import LabelList, languages, words

    data = _language_data().values()
    filler = {str(word).lower() for info in data for word in info.get("skip", ())}
    # A weekday's name between a day and its time repeats the day ("12 Nisan 2024 Cuma 15:05").
    filler.update(str(w).lower() for info in data for day in _WEEKDAYS for w in info.get(day, ()))
    # A word for "year" after the year ("12 квітня 2024 р., 18:40", "2024 року о 18:40").
    filler.update(str(w).lower() for info in data for w in info.get("year", ()))
    connectors = set()
    for phrase in words(LabelList.DATE_WORDS):
        connectors.add(phrase)
        connectors.update(phrase.split())
    meridiem = {
        str(word).lower() for info in data for key in ("am", "pm") for word in info.get(key, ())
    }
    # a language file's connector stays one where only a language without a file names a
    # half of the day so (Irish "ag", "at": "5 Márta 2024 ag 14:30", is Aghem's "before noon")
    read = {code for code in _language_data() if code.split("-")[0] in languages()}
    own = {
        str(word).lower()
        for code in read
        for key in ("am", "pm")
        for word in _language_data()[code].get(key, ())
    }
    return frozenset((filler - meridiem) | (connectors - own))


def _plain_day(
    text: str, language: str | None, countries: Collection[str] = frozenset()
) -> datetime | None:
    parts: tuple[int, int, int] | None = None
    if (worded := _WORDED.fullmatch(text)) is not None:
        month = _month_number(worded["month"] or worded["month2"] or worded["month3"], language)
        if month is not None:
            parts = (
                int(worded["year"] or worded["year2"] or worded["year3"]),
                month,
                int(worded["day"] or worded["day2"] or worded["day3"]),
            )
    elif (numbers := _NUMBERS.fullmatch(text)) is not None:
        order = (
            _date_order(language, countries)
            if language
            else ("DMY" if numbers["sep"] == "." else None)
        )
        first, second = int(numbers["a"]), int(numbers["b"])
        if order == "DMY":
            parts = (full_year(numbers["year"]), second, first)
        elif order == "MDY":
            parts = (full_year(numbers["year"]), first, second)
    elif (
        ymd := _YEAR_FIRST.fullmatch(text)
        or _YEAR_FIRST_SPACED.fullmatch(text)
        or _CJK.fullmatch(text)
    ) is not None:
        parts = (int(ymd["year"]), int(ymd["month"]), int(ymd["day"]))
    if parts is None:
        return None
    year, month_, day_ = parts
    try:
        return datetime(common_era(year), month_, day_)
    except ValueError:
        return None


def _month_number(word: str, language: str | None) -> int | None:
    """A month's number from its name in dateparser's data, the page language's first; an
    abbreviation with dots inside is listed there without them ("มี.ค." as "มีค")."""
    word = word.lower().rstrip(".")
    # A language dateparser has no data for reads another's month only where the languages
    # agree on it (Haitian "mas", March, is Ewe June): its own are its file's ``month_forms``.
    unread = language is not None and language not in _language_data()
    for key in dict.fromkeys((word, word.replace(".", ""))):
        month = (month_numbers(language).get(key) if language else None) or month_numbers().get(key)
        if month is not None and unread and key not in month_numbers(language):
            return None if key in _ambiguous_months() else month
        if month is not None:
            return month
    return None


@lru_cache(maxsize=1)
def settled_month_numbers() -> Mapping[str, int]:
    """``month_numbers()`` of every language less the names two languages give different
    months, unless one of ``MONTH_NAME_PRIORITY`` names it ("listopad" stays Polish
    November): for a search that knows no page language ("mas": Zulu March, Ewe June, the
    month of a Haitian page, whose language dateparser lacks)."""
    priority: set[str] = set()
    for code in MONTH_NAME_PRIORITY:
        priority.update(month_numbers(code))
    ambiguous = _ambiguous_months() - priority
    return {word: number for word, number in month_numbers().items() if word not in ambiguous}


# A month's name is settled where the languages naming that month with it outnumber those
# giving it another month this many times ("mac": March in eleven languages, February in
# Basaa); "mas" (Zulu March, Ewe June) is not.
_SETTLING_MAJORITY = 2


@lru_cache(maxsize=1)
def _ambiguous_months() -> frozenset[str]:
    """Month names of dateparser's data that different languages give different months,
    no month by a clear majority (``_SETTLING_MAJORITY``): "mas", Zulu March, Ewe June."""
    numbers: dict[str, Counter[int]] = {}
    for info in _language_data().values():
        for number, key in enumerate(_MONTH_KEYS, 1):
            for word in {
                unicodedata.normalize("NFC", str(w).lower().rstrip(".")) for w in info.get(key, ())
            }:
                numbers.setdefault(word, Counter())[number] += 1
    ambiguous = set()
    for word, found in numbers.items():
        if len(found) > 1:
            most = found.most_common(1)[0][1]
            if most < _SETTLING_MAJORITY * (found.total() - most):
                ambiguous.add(word)
    return frozenset(ambiguous)


# The Buddhist era, which Thai pages write, is 543 years ahead; its years of the web read
# 25xx, which no Gregorian year of a page does.
BUDDHIST_ERA_OFFSET = 543
_FIRST_BUDDHIST_YEAR = 2500


def full_year(digits: str) -> int:
    """A year written in four digits, or in two: the web's (1991 on) from 1970 to 2069."""
    year = int(digits)
    if len(digits) > 2:
        return year
    return year + (1900 if year >= _FIRST_20TH_CENTURY_SHORT_YEAR else 2000)


# A two-digit year from 70 on is of the 1900s ("98" is 1998), below it of the 2000s.
_FIRST_20TH_CENTURY_SHORT_YEAR = 70


_BUDDHIST_YEAR = re.compile(r"(?<!\d)25\d{2}(?!\d)")


def common_era(year: int) -> int:
    """``year`` in the Gregorian calendar: a Buddhist-era year (2567) less 543."""
    return year - BUDDHIST_ERA_OFFSET if year >= _FIRST_BUDDHIST_YEAR else year


def parse_text_date(
    text: str, language: str | None = None, countries: Collection[str] = frozenset()
) -> datetime | None:
    """A human-written date in any language; ``language`` (ISO 639-1) speeds it up a lot.
    ``countries``, the page's (``page_countries``), give a zone abbreviation of several
    countries its offset ("IST" on an Indian page: +05:30)."""
    text = span = _without_prefixes(ascii_digits(text.strip())).strip()
    if not text or len(text) > 200:
        return None
    machine = parse_machine_date(text, language)
    if machine is not None:
        if _EPOCH.match(text) is not None:
            return machine  # a UTC instant (``visible_dates.EPOCH_ATTRIBUTES``), no day's digits
        if _time_after_iso_day(text) or _zone_dropped(text, machine):
            timed = _written_text_date(text, language, countries)
            if timed is not None and timed.date() == machine.date():
                return timed
        return _in_country_zone(machine, span, countries, language)
    return _written_text_date(text, language, countries)


def _written_text_date(
    text: str, language: str | None, countries: Collection[str]
) -> datetime | None:
    """``parse_text_date`` of a text no machine form reads whole."""
    span = text
    text, zone = _split_zone(text)
    value = read_written_date(text, language, countries) or _read_by_dateparser(
        text, language, countries
    )
    if value is None:
        value, zone = _day_alone(text, language, countries), None
    if value is None or zone is None:
        return _in_country_zone(value, span, countries, language) if value is not None else None
    return _localise(value, zone)


def _time_after_iso_day(text: str) -> bool:
    """Whether an ISO day is followed by what its machine form leaves out: a time written for
    people ("2025-03-03 kl. 14.20", "2025-03-03, 14:20", Nordic pages), read as the day's
    midnight, or a zone after its time ("2025-03-03 14:20 CET"), dropped; the whole span is
    then read as written text."""
    match = _ISO_PREFIX.match(text)
    if match is None or match[7] is not None:
        return False
    if match[4] is None:
        return _DIGIT.search(text, match.end()) is not None
    return _split_zone(text)[1] is not None


_DIGIT = re.compile(r"\d")


def _zone_dropped(text: str, machine: datetime) -> bool:
    """Whether the machine form read a written zone as nothing: an e-mail-style date whose
    zone is a word the standard does not know ("03 Mar 2025 14:20 WIB", Indonesian portals:
    +07:00 in dateparser's table) comes out without an offset, which the written reading
    keeps."""
    return machine.tzinfo is None and _split_zone(text)[1] is not None


def _read_by_dateparser(
    text: str, language: str | None, countries: Collection[str] = frozenset()
) -> datetime | None:
    order = _locale_order(language, frozenset(countries)) if language and countries else None
    if order not in _NUMBER_ORDERS:
        order = None  # a year-first locale's ("sv-SE") dates are ISO's, read as they are
    if language is None and _DOTTED_DAY.match(text) is not None:
        order = "DMY"
    text = _BUDDHIST_YEAR.sub(lambda year: str(common_era(int(year[0]))), text)
    return _dateparser(text, language, order)


# The orders that settle which of two numbers is the day ("03/04/2025").
_NUMBER_ORDERS = ("DMY", "MDY")


def _day_alone(
    span: str, language: str | None, countries: Collection[str] = frozenset()
) -> datetime | None:
    """The day of a span whose time could not be read for the words between them ("5 March
    2024 by Smith, 10:30", "5 mars 2024 Paris | 10h30"): the day without its time rather
    than no date."""
    match = _text_date(_has_mark(span)).fullmatch(span)
    if match is None or not (match["before"] or match["after"]):
        return None
    day = match["day"]
    return read_written_date(day, language, countries) or _read_by_dateparser(
        day, language, countries
    )


# Zone abbreviations the tz database gives several offsets, with the offset each means in
# the countries that write it: a page of one of them (``page_countries``) means its own, and
# a page of none, or of two with different offsets, keeps the wall clock without one.
# These are the tz database's four (``_ambiguous_abbreviations``). IST: India Standard Time,
# Irish Standard Time (Ireland's summer time), Israel Standard Time; CST: China Standard Time
# (also Taiwan's), the US Central Standard Time; CDT: the US Central Daylight Time, Cuba's
# Daylight Time; PST: the US Pacific Standard Time, Philippine Standard Time. And one the tz
# database gives one offset but newsrooms two: BST, British Summer Time (Europe/London) and
# Bangladesh Standard Time, which Bangladeshi pages write (the tz database names it "+06").
COUNTRY_ZONES: Mapping[str, Mapping[str, timedelta]] = {
    "IST": {
        "IN": timedelta(hours=5, minutes=30),
        "IE": timedelta(hours=1),
        "IL": timedelta(hours=2),
    },
    "CST": {"CN": timedelta(hours=8), "TW": timedelta(hours=8), "US": timedelta(hours=-6)},
    "CDT": {"US": timedelta(hours=-5), "CU": timedelta(hours=-4)},
    "PST": {"US": timedelta(hours=-8), "PH": timedelta(hours=8)},
    "BST": {"GB": timedelta(hours=1), "BD": timedelta(hours=6)},
}
# An abbreviation of ``COUNTRY_ZONES`` anywhere in a date's span: after its time, or between
# the time and the day ("10:30 BST, 5 March 2024").
_COUNTRY_ZONE_WORD = re.compile(r"(?<![A-Za-z])(?:" + "|".join(COUNTRY_ZONES) + r")(?![A-Za-z])")
_SOME_TIME = re.compile(r"\d{1,2}(?:[:h.]|: | h )\d{2}(?!\d)|\d\s*[ap]\.?\s?m\b")
# The meaning of an abbreviation of ``COUNTRY_ZONES`` that the tz database gives one offset,
# kept where a page's countries and language name no other: dateparser's table's.
_ZONE_DEFAULTS: Mapping[str, str] = {"BST": "GB"}
# The country of a page in a language written (nearly) in one country only, among those of
# ``COUNTRY_ZONES``: India's languages of one state or more (not Bengali, Punjabi, Tamil
# or Urdu, written in Bangladesh, Pakistan and Sri Lanka too), Hebrew, Irish, Chinese (China's
# and Taiwan's offsets are one), Tagalog/Filipino.
LANGUAGE_COUNTRIES: Mapping[str, str] = {
    "hi": "IN", "mr": "IN", "gu": "IN", "te": "IN", "kn": "IN", "ml": "IN", "or": "IN",
    "as": "IN", "he": "IL", "ga": "IE", "zh": "CN", "tl": "PH", "fil": "PH",
}  # fmt: skip
# Country-code top-level domains that are not the ISO code of their country.
_DOMAIN_COUNTRIES = {"uk": "GB"}
_COUNTRY_CODE = re.compile(r"[a-z]{2}", re.I)


def page_countries(html_lang: str | None, host: str | None, language: str | None) -> frozenset[str]:
    """The countries a page says it is from (ISO 3166 codes): the region of its ``<html
    lang>`` ("en-IN"), its host's country-code domain ("example.co.il"), and the country of
    its language where one country writes it (``LANGUAGE_COUNTRIES``)."""
    found = set()
    for subtag in re.split(r"[-_]", html_lang or "")[1:]:
        if _COUNTRY_CODE.fullmatch(subtag):
            found.add(subtag.upper())
    top = (host or "").rstrip(".").rsplit(".", 1)[-1].lower()
    if "." in (host or "") and _COUNTRY_CODE.fullmatch(top):
        found.add(_DOMAIN_COUNTRIES.get(top, top.upper()))
    country = LANGUAGE_COUNTRIES.get(language or "")
    if country is not None:
        found.add(country)
    return frozenset(found)


# The languages the press of each country of ``COUNTRY_ZONES`` writes in (official ones and
# English where newspapers use it): a page from none of the countries an abbreviation names
# (no country, or another's: a Canadian "CDT") is from those writing its language. "CDT" on an
# English page is the US's (Cuba writes Spanish); "PST" stays ambiguous (the Philippines'
# press writes English too), and so does "IST" (India's and Ireland's). India's press also
# writes the languages it shares with a country of none of these abbreviations (Bengali,
# Punjabi, Tamil, Urdu, Nepali: Bangladesh, Pakistan, Sri Lanka and Nepal write BST, PKT,
# SLST, NPT), so "IST" on such a page is India's.
_INDIA_SHARED = frozenset({"bn", "pa", "ta", "ur", "ne"})
COUNTRY_LANGUAGES: Mapping[str, frozenset[str]] = {
    "US": frozenset({"en", "es"}),
    "CU": frozenset({"es"}),
    "CN": frozenset({"zh"}),
    "TW": frozenset({"zh"}),
    "IN": frozenset(
        {"en", *_INDIA_SHARED, *(c for c, country in LANGUAGE_COUNTRIES.items() if country == "IN")}
    ),
    "IE": frozenset({"en", "ga"}),
    "IL": frozenset({"he", "ar", "en"}),
    "PH": frozenset({"en", "tl", "fil"}),
    "GB": frozenset({"en", "cy", "gd"}),
    "BD": frozenset({"bn"}),
}


def _in_country_zone(
    value: datetime, span: str, countries: Collection[str], language: str | None = None
) -> datetime:
    """``value`` at the offset its zone abbreviation means in the page's countries, when it
    has none yet and they agree on one (see ``COUNTRY_ZONES``); without one of them, in the
    countries whose press writes the page's language (``COUNTRY_LANGUAGES``)."""
    if value.tzinfo is not None or not (
        countries or language or any(zone in span for zone in _ZONE_DEFAULTS)
    ):
        return value
    found = _COUNTRY_ZONE_WORD.search(span)
    # only beside a time: a day alone is no instant ("5 March 2024 (IST)")
    zone = found.group(0) if found and _SOME_TIME.search(span) else None
    meanings = COUNTRY_ZONES.get(zone or "", {})
    offsets = {offset for country, offset in meanings.items() if country in countries}
    if not offsets and language:
        offsets = {
            offset
            for country, offset in meanings.items()
            if language in COUNTRY_LANGUAGES.get(country, ())
        }
    if not offsets and zone is not None and zone in _ZONE_DEFAULTS:
        offsets = {meanings[_ZONE_DEFAULTS[zone]]}
    if len(offsets) != 1:
        return value
    aware = value.replace(tzinfo=timezone(offsets.pop()))
    return aware if in_bounds(aware) else value


def _split_zone(span: str) -> tuple[str, str | None]:
    """A span found by ``find_text_date`` without its time zone, and the zone's name if it
    has a known offset.

    An upper-case word after a time that is no zone ("10:30 AP") is dropped too, and so is an
    ambiguous abbreviation: dateparser would fail on the whole span, or guess the offset.
    """
    match = _text_date(_has_mark(span)).fullmatch(span)
    if match is not None and not match.group("zone") and match.group("between"):
        return _zone_between(span, match)
    if match is None or not match.group("zone"):
        return span, None
    zone = match.group("zone").strip(" ()")
    rest = span[: match.start("zone")]
    if zone in GENERIC_ZONES or _zone_word(zone) is not None:
        return rest, zone
    return rest, zone if _table_offset(zone) is not None else None


def _zone_between(span: str, match: re.Match[str]) -> tuple[str, str | None]:
    """``_split_zone`` of a time written before its day with the zone between them
    ("9:42 a.m. ET March 3, 2025", US pages): the zone is the words between, when they are
    one known zone and nothing else."""
    between = match.group("between").strip(" ,|·•-–—()")
    zone_then = _ZONE_THEN_WORDS.fullmatch(between)
    if zone_then is not None and _skipped(_WORD_SEPARATORS.sub(" ", zone_then["rest"])):
        between = zone_then["zone"]  # the day's weekday after it ("2:20 p.m. ET, Tue March 5")
    if not between or not _ZONE_ALONE.fullmatch(between):
        return span, None
    if between in GENERIC_ZONES or _zone_word(between) is not None:
        known: str | None = between
    else:
        known = between if _table_offset(between) is not None else None
    if known is None:
        return span, None
    rest = span[: match.start("between")] + " " + span[match.end("between") :]
    return rest, known


# The words between a time and its day that are a zone alone: an upper-case abbreviation.
_ZONE_ALONE = re.compile(r"[A-Z]{2,5}")
# Such a zone followed by other words (filler, a weekday: see ``_skipped``).
_ZONE_THEN_WORDS = re.compile(r"(?P<zone>[A-Z]{2,5})[\s,|·•\-–—()]+(?P<rest>\S.*)", re.S)


def _zone_word(zone: str) -> str | None:
    """The offset ("+03:00") or tz database zone of a language file's zone word ("мск",
    "بتوقيت مكة"; ``labels.zone_words``), or None."""
    from newsextract.labels import zone_words

    return zone_words().get(" ".join(zone.lower().split()))


@lru_cache(maxsize=256)
def _table_offset(zone: str) -> timedelta | None:
    """The offset of a zone abbreviation or numeric offset in dateparser's table, unless the
    tz database gives the abbreviation several offsets ("IST": India, Israel, Ireland)."""
    if zone in _ambiguous_abbreviations() or zone in COUNTRY_ZONES:
        return None
    from dateparser.timezone_parser import pop_tz_offset_from_string

    rest, found = pop_tz_offset_from_string(f" {zone}")
    if rest.strip() or not isinstance(found, tzinfo):
        return None
    return found.utcoffset(None)


@lru_cache(maxsize=1)
def _ambiguous_abbreviations() -> frozenset[str]:
    """Abbreviations the tz database uses today for more than one UTC offset (CST: Chicago
    and China; IST: India, Israel and Ireland): their offset cannot be read from the name.
    Computed once (about 0.1 s) from the zones installed; none if there are none."""
    offsets: dict[str, set[timedelta | None]] = {}
    for zone in _zones():
        for moment in _SEASONS:
            abbreviation = zone.tzname(moment)
            if abbreviation and abbreviation[0].isalpha():
                offsets.setdefault(abbreviation, set()).add(zone.utcoffset(moment))
    return frozenset(name for name, found in offsets.items() if len(found) > 1)


@lru_cache(maxsize=1)
def offsets_in_use() -> frozenset[timedelta]:
    """The UTC offsets the tz database's zones use today, standard and daylight (+01:00,
    +05:30, -03:30, …); whole hours from -12 to +14 when no tz database is installed."""
    found = {
        offset
        for zone in _zones()
        for moment in _SEASONS
        if (offset := zone.utcoffset(moment)) is not None
    }
    return frozenset(found or (timedelta(hours=h) for h in range(-12, 15)))


@lru_cache(maxsize=1)
def _zones() -> tuple[ZoneInfo, ...]:
    zones = []
    for name in sorted(available_timezones()):
        try:
            zones.append(ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return tuple(zones)


# A winter and a summer day of a recent year: the abbreviations in use, standard and daylight.
_SEASONS = (datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12))


def _localise(value: datetime, zone: str) -> datetime | None:
    """A wall-clock time read in ``zone``, with that zone's offset on that day (naive values
    only; a generic US zone, or a language file's zone word naming a tz database zone,
    follows daylight saving time)."""
    if value.tzinfo is not None:
        return value
    named = GENERIC_ZONES.get(zone) or _zone_word(zone)
    offset: timedelta | None
    if named is not None and named[0] in "+-":
        offset = timedelta(hours=int(named[:3]), minutes=int(named[0] + named[4:6]))
    elif named is not None:
        try:
            offset = ZoneInfo(named).utcoffset(value)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # no tz database installed
            return value
    else:
        offset = _table_offset(zone)
    if offset is None:
        return value
    try:
        aware = value.replace(tzinfo=timezone(offset))
    except ValueError:  # an offset of a day or more: no real zone
        return value
    return aware if in_bounds(aware) else None


# The one language tried after the page's own: a content system writes its dates in English
# on pages of any language as often as not; trying every language instead makes dateparser
# read the data of all 200 of its locales (3 s, once per process) for a date it rarely finds.
_FALLBACK_LANGUAGE = "en"


@lru_cache(maxsize=2048)
def _dateparser(text: str, language: str | None, order: str | None = None) -> datetime | None:
    import dateparser  # deferred: importing it costs ~0.3 s and most pages never need it

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if order is not None:  # the page's locale's, or day first for dots (``_DOTTED_DAY``)
        settings["DATE_ORDER"] = order
    languages = [language] if language and language in dateparser_languages() else None
    try:
        value = dateparser.parse(text, languages=languages, settings=settings)
        if value is None and languages is not None and languages != [_FALLBACK_LANGUAGE]:
            value = dateparser.parse(text, languages=[_FALLBACK_LANGUAGE], settings=settings)
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError) as exc:
        logger.debug("dateparser failed on %r: %s", text, exc)
        return None
    if value is None or not in_bounds(value):
        return None
    return value


def dateparser_data() -> Mapping[str, Mapping[str, Any]]:
    """dateparser's data of every language by its name there ("de", "sr-Latn"), read once."""
    return _language_data()


@lru_cache(maxsize=1)
def dateparser_languages() -> frozenset[str]:
    """The languages dateparser knows, by code ("de", "pt", "zh-Hant"…): its list of them,
    not its locale map, whose first use costs 0.1-0.2 s."""
    from dateparser.data.languages_info import language_order

    return frozenset(language_order)
