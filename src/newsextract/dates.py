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

import logging
import re
from collections.abc import Collection, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, NamedTuple

from newsextract.dating.bounds import in_bounds
from newsextract.dating.calendars import without_prefixes
from newsextract.dating.in_text import (
    BEFORE_MONTH,
    BEFORE_YEAR,
    CLOCK,
    DAY_MARK,
    LETTER_FEW_RUNS,
    MARKED_MONTH_WORD_FEW_RUNS,
    MAX_JOIN_WORD,
    PARTICLE,
    SEPARATOR,
    ZONE_ABBREVIATION,
    ZONE_OFFSET,
    has_mark,
    may_hold_date,
    text_date,
)
from newsextract.dating.spaced_parts import with_spaced_parts
from newsextract.dating.words import (
    FALLBACK_LANGUAGE,
    date_order,
    dateparser_languages,
    day_period_words,
    languages_named_in,
    locale_order,
    month_number,
)
from newsextract.dating.zones import (
    WORD_SEPARATORS,
    in_country_zone,
    localise,
    skipped,
    split_zone,
)
from newsextract.language_codes import dateparser_code
from newsextract.lazy_regex import LazyPattern

logger = logging.getLogger(__name__)

_ISO_PREFIX = LazyPattern(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})"  # date
    # time: after a "T" or a space, or run on to a compact day's digits ("20240305103000",
    # the YYYYMMDDhhmmss stamp some CMSs write in their meta)
    r"(?:(?:[T ]|(?<=\d{8}))(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?",  # offset
    re.I,
)
# ISO 8601's other two ways to write a day, rewritten to the calendar form before reading: a
# week date ("2024-W10-2", the Tuesday of week 10) and an ordinal date ("2024-065", the 65th
# day), the ordinal only hyphened and ending there or at its time (seven digits run together
# are a number, "2024-123" in an address an id).
_ISO_WEEK_OR_ORDINAL = LazyPattern(r"^\s*(\d{4})-?(?:W(\d{2})-?([1-7])|(?<=-)(\d{3})(?=$|[T ]))")
_EPOCH = LazyPattern(r"^\s*(\d{10})(\d{3})?\s*$")
_RFC2822_HINT = LazyPattern(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}")


# "07.06.2014", "7. 6. 2014": numbers with dots are day first wherever they are written
# (German, Slavic, Nordic, Turkish usage); dateparser is told so when the page's language is
# unknown.
_DOTTED_DAY = LazyPattern(r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}")


def parse_machine_date(value: Any, language: str | None = None) -> datetime | None:
    """ISO 8601 (and its common variants), RFC 2822 or a Unix epoch, else a date in a plain
    written form filling the whole field ("Wed, Jun 16 2021 08:14:22 EDT", "March 5, 2021"),
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
    # an epoch first: ten digits may also read as a day ("1701121314" is 1701-12-13)
    parsed = _from_epoch(float(text[:10])) if _EPOCH.match(text) else None
    if parsed is None:
        parsed = _parse_iso(text)
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
    text = with_spaced_parts(text)  # "05-Mar-2024", "Mon Mar  4 09:34:12 2024"
    match = text_date(has_mark(text)).search(text)
    if match is None or any(c.isdigit() for c in text[: match.start()] + text[match.end() :]):
        return None
    span, zone = split_zone(match.group(0))
    # the language names the month; a day in numbers keeps the order its separators give,
    # but a year-first language's two-digit year opening it ("23.01.02 10:30", Korean boards)
    day = match.group("day")
    worded = any(c.isalpha() for c in day)
    short_first = _SHORT_YEAR_FIRST.fullmatch(day) is not None and date_order(language) == "YMD"
    value = read_written_date(span, language if worded or short_first else None)
    return localise(value, zone) if value is not None and zone is not None else value


def _parse_iso(text: str) -> datetime | None:
    match = _ISO_PREFIX.match(text)
    if not match:
        text = _calendar_form(text)
        match = _ISO_PREFIX.match(text) if text else None
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


def _calendar_form(text: str) -> str:
    """A week or ordinal date's text with its day in the calendar form ("2024-W10-2T10:30" is
    "2024-03-05T10:30"), else ""."""
    match = _ISO_WEEK_OR_ORDINAL.match(text)
    if match is None:
        return ""
    year, week, weekday, ordinal = match.groups()
    try:
        if ordinal is not None:
            day = date(int(year), 1, 1) + timedelta(days=int(ordinal) - 1)
            if day.year != int(year):  # "2023-366": no such day
                return ""
        else:
            day = date.fromisocalendar(int(year), int(week), int(weekday))
    except ValueError:
        return ""
    return day.isoformat() + text[match.end() :]


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
_MERIDIEM_AFTER_TIME = LazyPattern(r"\d:\d{2}(?::\d{2})?\s*[ap]\.?\s?m\b", re.I)


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
BIDI_MARKS = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_ASCII_DIGITS.update(
    {
        code: ord(" ")
        for code in (0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    }
)
# Looked for first: translating a text char by char costs far more than searching it.
_OTHER_DIGIT = LazyPattern(
    "[" + "".join(f"{z}-{chr(ord(z) + 9)}" for z in _DIGIT_ZEROS) + BIDI_MARKS + "]"
)


def ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts written in ASCII and its bidirectional marks
    as spaces (``BIDI_MARKS``), one character for one (a span's place in the text is kept)."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return text.translate(_ASCII_DIGITS)


def find_text_date(text: str) -> str | None:
    """The first date-looking span of a visible text, for ``parse_text_date``."""
    text = without_prefixes(ascii_digits(text))
    if not may_hold_date(text):
        return None
    match = text_date(has_mark(text)).search(text)
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
    text = without_prefixes(ascii_digits(text))
    if not may_hold_date(text):
        return
    day = None
    for match in text_date(has_mark(text)).finditer(text):
        if same_day_times and day is not None:
            yield from _lone_times(text, end, match.start(), day)
        timed = bool(match.group("before") or match.group("after"))
        yield TextDate(text[end : match.start()], match.group(0), timed)
        end, day = match.end(), match.group("day")
    if same_day_times and day is not None:
        yield from _lone_times(text, end, len(text), day)


# A time of day standing alone (no day beside it: ``text_date`` found none there), with the
# zone written after it; its digits do not run on ("11:05" of "11:05:30" is the whole).
_LONE_TIME = LazyPattern(rf"(?<![\d:.]){CLOCK}(?:{ZONE_ABBREVIATION}|{ZONE_OFFSET})?", re.I)


def _lone_times(text: str, start: int, stop: int, day: str) -> Iterator[TextDate]:
    """The times written alone in ``text[start:stop]``, each as a date of ``day``."""
    label_from = start
    for found in _LONE_TIME.finditer(text, start, stop):
        span = f"{day} {found.group(0)}"
        yield TextDate(text[label_from : found.start()], span, has_time=True, same_day=True)
        label_from = found.end()


# The forms read without dateparser: a day with its month in words or in numbers, and a time
# of day in digits ("10:30", "10h30", "10.30", "10:30:15", "5:12 pm", "18:40 Uhr") joined by
# punctuation or by words dateparser's data says to skip ("at", "um", "a las", "в"); any other
# word between a day and its time ("오후", "下午": afternoon) is dateparser's to read. A part
# of the day after the time is a word or up to three ("3:30 petang", "3:30 de la tarde").
_WORDED = LazyPattern(
    rf"(?P<day>\d{{1,2}}){DAY_MARK}{BEFORE_MONTH}(?P<month>{MARKED_MONTH_WORD_FEW_RUNS})[,،၊]?\s+"
    rf"{BEFORE_YEAR}(?P<year>\d{{4}})"
    rf"|(?P<month2>{MARKED_MONTH_WORD_FEW_RUNS})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[,၊]?\s+"
    rf"{BEFORE_YEAR}(?P<year2>\d{{4}})"
    r"|(?P<year3>\d{4})\.?(?:\s+"
    + PARTICLE
    + r")?\s+(?P<month3>"
    + MARKED_MONTH_WORD_FEW_RUNS
    + r")\s+"
    r"(?P<day3>\d{1,2})(?:\.|\s*" + PARTICLE + r")?",
    re.I,
)
# Three numbers of two digits, the first a year in a year-first language's order ("23.01.02").
_SHORT_YEAR_FIRST = LazyPattern(r"\d{2}([./-])\s?\d{2}\1\s?\d{2}")
_NUMBERS = LazyPattern(
    r"(?P<a>\d{1,2})(?P<sep>[./-])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<year>\d{4}|\d{2})"
)
_YEAR_FIRST = LazyPattern(
    r"(?P<year>\d{4})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
)
# Korean portals' "2025. 3. 3.": a dot and a space after each number.
_YEAR_FIRST_SPACED = LazyPattern(r"(?P<year>\d{4})\.\s(?P<month>\d{1,2})\.\s(?P<day>\d{1,2})\.")
_CJK = LazyPattern(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
)
_DIGIT_CLOCK = LazyPattern(
    rf"[\s,،.|/·•\-–—@]*(?P<words>(?:[(（]?{LETTER_FEW_RUNS}{{1,{MAX_JOIN_WORD}}}\.?[)）]?:?(?:\s*{SEPARATOR}\s*|\s*)){{0,2}}?)"
    r"(?P<hour>\d{1,2})(?:(?:[:h.]|: | h )(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    # the hour's and the minute's signs of Japanese, Chinese and Korean ("21時12分", "21시 12분")
    r"|\s*[時时시]\s*(?P<cjk_minute>\d{1,2})\s*[分분])"
    r"(?:\s*(?P<meridiem>[ap])\.?\s?m\.?)?(?:\s*Uhr)?"
    # the part of the day: words, or initials with dots ("2:30 n.h.", Filipino; "μ.μ.", Greek;
    # the last dot maybe outside the span, which ends at the word: "3:20 e.h", Icelandic)
    # or a word naming the hour with its dot ("14:30 ч.", Bulgarian: ``labels.hour_words``)
    rf"(?:\s*(?P<period>(?:{LETTER_FEW_RUNS}\.){{1,3}}{LETTER_FEW_RUNS}\.?|{LETTER_FEW_RUNS}+(?:\s+{LETTER_FEW_RUNS}+){{0,2}}\.?))?"
    r"[\s,|/·•\-–—]*",
    re.I,
)


def read_written_date(
    span: str, language: str | None = None, countries: Collection[str] = frozenset()
) -> datetime | None:
    """A span of ``find_text_date`` (without its zone) read without dateparser when its form
    is plain: a worded month dateparser's data names (the page language's first), numbers in
    the order of the language in the page's ``countries`` (``date_order``; day first for
    dots when the language is unknown), a time in digits, maybe with a part of the day named
    beside it ("সকাল ১০:৩০", "3:30 petang"). None when dateparser has to read it."""
    match = text_date(has_mark(span)).fullmatch(span.strip())
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
        plain, period, local = _time_words(moment["words"], moment["period"], language)
        if not plain or not skipped(WORD_SEPARATORS.sub(" ", match["between"] or "")):
            return None
        hour, minute = int(moment["hour"]), int(moment["minute"] or moment["cjk_minute"])
        meridiem = (moment["meridiem"] or "").lower()
        if meridiem and not 1 <= hour <= 12:
            return None
        if meridiem:
            hour = hour % 12 + (12 if meridiem == "p" else 0)
        elif period is not None:
            hour = _on_local_clock(hour, period) if local else _in_period(hour, period)
        try:
            day = day.replace(hour=hour, minute=minute, second=int(moment["second"] or 0))
        except ValueError:
            return None
    return day if in_bounds(day) else None


def _time_words(
    before: str, after: str | None, language: str | None
) -> tuple[bool, tuple[int, int] | None, bool]:
    """Whether the words before a time are plain: filler (see ``skipped``) and at most one
    part of the day; and the hours of the part named after the time, or else before it. A
    word after the time that is another language's part of the day ("10:30 de la mañana":
    Hungarian "de", before noon) is left out, as a word after a time always was; without a
    language it is not plain (the page's language may name it: "3:30 ptg", Malay). And
    whether the part named is one of a clock counting the hours from 6 a.m. (Swahili,
    Ethiopian: ``labels.local_clock_words``)."""
    from newsextract.labels import hour_words, local_clock_words

    periods = day_period_words(language)
    if after and " ".join(after.lower().split()) in hour_words():
        after = None  # a word naming the hour ("ч."), no part of the day
    named = " ".join(after.lower().split()) if after else None
    hours = periods.get(named) if named else None
    if after and hours is None and language is None:
        return False, None, False
    words = " ".join(WORD_SEPARATORS.sub(" ", before).lower().split())
    if words in periods:
        return hours is None, periods[words], words in local_clock_words()
    rest = []
    for word in words.split():
        if hours is None and word in periods:
            hours, named = periods[word], word
        else:
            rest.append(word)
    local = hours is not None and named in local_clock_words()
    return skipped(" ".join(rest)), hours, local


_HOURS = 24
_HALF_DAY = 12


def _in_period(hour: int, period: tuple[int, int]) -> int:
    """The hour of a 12-hour clock in the part of the day named beside it: of the hour and
    twelve hours later, the one in the period, else the one nearer to it ("বিকাল ৩টা", with
    the afternoon from 4 pm, is 15:00); an hour past 12 is a 24-hour clock's, kept."""
    if hour > _HALF_DAY:
        return hour
    return min((hour % _HALF_DAY, hour % _HALF_DAY + _HALF_DAY), key=lambda h: _outside(h, period))


# A clock counting the hours from 6 a.m. and 6 p.m. (Swahili, Ethiopian): its hour 1 is the
# Western clock's 7.
_LOCAL_CLOCK_LAG = 6


def _on_local_clock(hour: int, period: tuple[int, int]) -> int:
    """The hour of a time written beside a part of the day of a clock counting from 6 a.m.
    ("saa 3:00 asubuhi", 9:00): read on that clock when it then falls in the part of the
    day, or nearer to it than the Western reading ("10:30 asubuhi", as a site may write
    10:30 a.m., stays 10:30); an hour past 12 is a 24-hour clock's, kept."""
    if hour > _HALF_DAY:
        return hour
    local = _in_period((hour + _LOCAL_CLOCK_LAG) % _HALF_DAY, period)
    western = _in_period(hour, period)
    return western if _outside(western, period) < _outside(local, period) else local


def _outside(hour: int, period: tuple[int, int]) -> int:
    """How many hours ``hour`` is outside ``period`` (from, before; past midnight if need be)."""
    start, end = period
    length = (end - start) % _HOURS or _HOURS
    into = (hour - start) % _HOURS
    return 0 if into < length else min(into - length + 1, _HOURS - into)


def _plain_day(
    text: str, language: str | None, countries: Collection[str] = frozenset()
) -> datetime | None:
    parts: tuple[int, int, int] | None = None
    if (worded := _WORDED.fullmatch(text)) is not None:
        month = month_number(worded["month"] or worded["month2"] or worded["month3"], language)
        if month is not None:
            parts = (
                int(worded["year"] or worded["year2"] or worded["year3"]),
                month,
                int(worded["day"] or worded["day2"] or worded["day3"]),
            )
    elif (numbers := _NUMBERS.fullmatch(text)) is not None:
        order = (
            date_order(language, countries)
            if language
            else ("DMY" if numbers["sep"] == "." else None)
        )
        first, second = int(numbers["a"]), int(numbers["b"])
        if order == "DMY":
            parts = (full_year(numbers["year"]), second, first)
        elif order == "MDY":
            parts = (full_year(numbers["year"]), first, second)
        elif order == "YMD" and _SHORT_YEAR_FIRST.fullmatch(text) is not None:
            # a year-first language's short year opens the day ("23.01.02", Korean boards);
            # a four-digit last number is a year whatever the language
            parts = (full_year(numbers["a"]), second, int(numbers["year"]))
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


_BUDDHIST_YEAR = LazyPattern(r"(?<!\d)25\d{2}(?!\d)")


def common_era(year: int) -> int:
    """``year`` in the Gregorian calendar: a Buddhist-era year (2567) less 543."""
    return year - BUDDHIST_ERA_OFFSET if year >= _FIRST_BUDDHIST_YEAR else year


def parse_text_date(
    text: str, language: str | None = None, countries: Collection[str] = frozenset()
) -> datetime | None:
    """A human-written date in any language; ``language`` (ISO 639-1) speeds it up a lot.
    ``countries``, the page's (``page_countries``), give a zone abbreviation of several
    countries its offset ("IST" on an Indian page: +05:30)."""
    text = span = without_prefixes(ascii_digits(text.strip())).strip()
    if not text or len(text) > 200:
        return None
    machine = parse_machine_date(text, language)
    if machine is not None:
        if _EPOCH.match(text) is not None:
            return machine  # a UTC instant (``tooltip_dates.EPOCH_ATTRIBUTES``), no day's digits
        if _time_after_iso_day(text) or _zone_dropped(text, machine):
            timed = _written_text_date(text, language, countries)
            if timed is not None and timed.date() == machine.date():
                return timed
        return in_country_zone(machine, span, countries, language)
    return _written_text_date(text, language, countries)


def _written_text_date(
    text: str, language: str | None, countries: Collection[str]
) -> datetime | None:
    """``parse_text_date`` of a text no machine form reads whole."""
    span = text
    text, zone = split_zone(text)
    value = read_written_date(text, language, countries) or _read_by_dateparser(
        text, language, countries
    )
    if value is None:
        value, zone = _day_alone(text, language, countries), None
    if value is None or zone is None:
        return in_country_zone(value, span, countries, language) if value is not None else None
    return localise(value, zone)


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
    return split_zone(text)[1] is not None


_DIGIT = LazyPattern(r"\d")


def _zone_dropped(text: str, machine: datetime) -> bool:
    """Whether the machine form read a written zone as nothing: an e-mail-style date whose
    zone is a word the standard does not know ("03 Mar 2025 14:20 WIB", Indonesian portals:
    +07:00 in dateparser's table) comes out without an offset, which the written reading
    keeps."""
    return machine.tzinfo is None and split_zone(text)[1] is not None


def _read_by_dateparser(
    text: str, language: str | None, countries: Collection[str] = frozenset()
) -> datetime | None:
    order = locale_order(language, frozenset(countries)) if language and countries else None
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
    match = text_date(has_mark(span)).fullmatch(span)
    if match is None or not (match["before"] or match["after"]):
        return None
    day = match["day"]
    return read_written_date(day, language, countries) or _read_by_dateparser(
        day, language, countries
    )


@lru_cache(maxsize=2048)
def _dateparser(text: str, language: str | None, order: str | None = None) -> datetime | None:
    import dateparser  # deferred: importing it costs ~0.3 s and most pages never need it

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        # Only its reader of written dates. Its relative-time parser reads "10h15" or "há 3
        # horas" against the clock (the same page would date differently on every run: relative
        # stamps are ``dating.relative``'s, against ``fetched_at``); its no-spaces parser reads
        # "10h15" as 5 January 2010; epoch stamps are read before it (``_EPOCH``).
        "PARSERS": ["absolute-time"],
    }
    if order is not None:  # the page's locale's, or day first for dots (``_DOTTED_DAY``)
        settings["DATE_ORDER"] = order
    if language is not None and dateparser_code(language) in dateparser_languages():
        languages = [dateparser_code(language)]
    else:  # never dateparser's own guess over all its locales (``languages_named_in``)
        languages = languages_named_in(text)
    try:
        value = dateparser.parse(text, languages=languages, settings=settings)
        if value is None and FALLBACK_LANGUAGE not in languages:
            value = dateparser.parse(text, languages=[FALLBACK_LANGUAGE], settings=settings)
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError) as exc:
        logger.debug("dateparser failed on %r: %s", text, exc)
        return None
    if value is None or not in_bounds(value):
        return None
    return value
