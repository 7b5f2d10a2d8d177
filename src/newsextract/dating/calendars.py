"""Dates written in other calendars and forms, rewritten as plain Gregorian dates before they
are read: Buddhist-era and era-name years, Solar Hijri dates, days with a prefix or a suffix."""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta
from functools import lru_cache

from newsextract.dating.in_text import (
    LETTER,
    MARKED,
    YEAR,
)
from newsextract.dating.words import (
    FALLBACK_LANGUAGE,
    month_number,
    month_numbers,
)
from newsextract.lazy_regex import LazyPattern


@lru_cache(maxsize=1)
def _spaced_month_forms() -> tuple[re.Pattern[str], tuple[str, ...], dict[str, str]] | None:
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
def _prefixed_day_date() -> tuple[re.Pattern[str], tuple[str, ...]] | None:
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


def _prefixed_numbered(found: re.Match[str]) -> str:
    """A ``_prefixed_day_date`` as "YYYY-MM-DD", padded to the span's length; the span as it
    was when its month is no month or its day no day."""
    month = month_number(_PADDED_NUMBER.sub("", found["month"]), None)
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
    pattern = re.compile("(?:" + "|".join(map(re.escape, found)) + rf")(?=\s?[\d{MARKED}])")
    return pattern, tuple(found)


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


def without_prefixes(text: str) -> str:
    """``text`` with the words glued before a day, month or year ("ខែមីនា", Khmer "month
    March") blanked, one space for each character (a span's place in the text is kept), a
    date's parts set apart by slashes or hyphens or in asctime's order written plainly
    (``with_spaced_parts``), and
    a date written with words after its year's and month's numbers as the same date in
    numbers ("2025 оны 3 сарын 3" as "2025-03-03", padded to the same length)."""
    text = with_spaced_parts(text)
    worded = _worded_suffixed_date()
    if worded is not None and worded[1].search(text) is not None:
        text = worded[0].sub(_worded_numbered, text)
        text = _closing_year_word(worded[1]).sub(_year_without_word, text)
    if "13" in text or "14" in text:  # what a Solar Hijri year of the web opens with
        text = _SOLAR_HIJRI_NUMBERS.sub(_gregorian_of_solar_hijri_numbers, text)
    spoken = _spoken_time()
    if spoken is not None and any(w in text or w.capitalize() in text for w in spoken[1]):
        text = spoken[0].sub(_digits_of_spoken_time, text)
    if _TWO_DIGITS_AFTER_APOSTROPHE.search(text) is not None:
        text = _APOSTROPHE_YEAR.sub(_full_apostrophe_year, text)
    if ":" in text and _MINGUO_NUMBERS_TIMED.search(text) is not None:
        text = _MINGUO_NUMBERS_TIMED.sub(_gregorian_of_timed_minguo_numbers, text)
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
        if ("(" in text or "/" in text) and _second_month_name().search(text) is not None:
            text = _second_month_name().sub(_without_second_name, text)
        text = _solar_hijri_date()[0].sub(_gregorian_of_solar_hijri, text)
        if _GREGORIAN_ERA_MARK_AFTER_YEAR.search(text) is not None:
            text = _GREGORIAN_ERA_MARK_AFTER_YEAR.sub(_without_era_mark, text)
        if "14" in text:  # what a lunar Hijri year of the web opens with
            text = _hijri_date().sub(lambda found: _gregorian_of_hijri(found, text), text)
            text = _HIJRI_NUMBERS.sub(lambda found: _gregorian_of_hijri_numbers(found, text), text)
    if ("״" in text or '"' in text) and _HEBREW_LETTER.search(text) is not None:
        text = _hebrew_date().sub(lambda found: _gregorian_of_hebrew(found, text), text)
    if "20" in text and _DEVANAGARI_LETTER.search(text) is not None:
        text = _bikram_sambat_date().sub(_gregorian_of_bikram_sambat, text)
        text = _BS_NUMBERS.sub(_gregorian_of_bs_numbers, text)
    if ("13" in text or "14" in text) and any(sign in text for sign in _BANGLA_MONTH_SIGNS):
        text = _bangla_date().sub(lambda found: _gregorian_of_bangla(found, text), text)
    text = with_ethiopian_as_gregorian(text)
    if "年" in text:
        text = _japanese_era_year().sub(_gregorian_of_era_year, text)
        text = _MINGUO_BARE_YEAR.sub(_gregorian_of_bare_minguo_year, text)
    if (
        ("：" in text or ":" in text)
        and ("R" in text or "H" in text)
        and _ERA_INITIAL_NUMBERS.search(text) is not None
    ):
        text = _ERA_INITIAL_NUMBERS.sub(_gregorian_of_era_initial, text)
    if ("：" in text or ":" in text) and _MINGUO_NUMBERS.search(text) is not None:
        text = _MINGUO_NUMBERS.sub(_gregorian_of_minguo_numbers, text)
    if ("日期" in text or "時間" in text) and _MINGUO_TWO_DIGITS.search(text) is not None:
        text = _MINGUO_TWO_DIGITS.sub(_gregorian_of_minguo_numbers, text)
    if _THAI_LETTER.search(text) is not None:
        text = _thai_short_year().sub(_full_buddhist_year, text)
    return text


# A year's last two digits after an apostrophe, following a day and a month's name ("5 maart
# '24", Dutch pages; "5. März ’24", "March 5, '24"): the year in full, as a rewrite that
# moves what follows (see ``_gregorian_of_era_year``). Not after anything else ("Seizoen
# '23-'24", "the '90s"); a word that is no month's name leaves the span unread later.
_APOSTROPHE_YEAR = LazyPattern(
    r"(?<!\d)(\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,24}\.?,?\s+(?:de\s+)?"
    r"|[^\W\d_]{3,24}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)['’‘](\d{2})(?![\d\w])"
)
# Its test before the search: the apostrophe and the digits, found at once in a text without.
_TWO_DIGITS_AFTER_APOSTROPHE = LazyPattern(r"['’‘]\d{2}(?![\d\w])")


# A month's other name after its name in an Arabic date, in brackets or after a slash ("5
# آذار (مارس)، 2024", "5 آذار/مارس 2024": the Levant's name and the Egyptian one, as Levant
# newsrooms write both): left out, when it is a month's name, so the day reads as one date.
# Built on the first Arabic date with a bracket or a slash, as the two below on the first Thai
# date and the first era's year: each script's pages alone need them (1 ms of the import).
@lru_cache(maxsize=1)
def _second_month_name() -> re.Pattern[str]:
    return re.compile(
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
_THAI_LETTER = LazyPattern("[\u0e01-\u0e4e]")


@lru_cache(maxsize=1)
def _thai_short_year() -> re.Pattern[str]:
    return re.compile(
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
# Taiwan's pages (its government's above all) count years of the Republic of China (the Minguo
# calendar): "中華民國114年3月5日", "民國114年" is 2025, its year 0 being 1911 (the longer
# name first, so that it goes whole).
ERA_YEARS = {
    "令和": 2018,
    "平成": 1988,
    "中華民國": 1911,
    "中華民国": 1911,
    "民國": 1911,
    "民国": 1911,
}
_FIRST_ERA_YEAR = "元"


# An era's year (up to three digits: Minguo's are past 100), and the Gregorian year a page may
# write beside it in brackets ("令和7年（2025年）"), which is then kept alone.
@lru_cache(maxsize=1)
def _japanese_era_year() -> re.Pattern[str]:
    return re.compile(
        rf"({'|'.join(ERA_YEARS)})\s*(\d{{1,3}}|{_FIRST_ERA_YEAR})\s*年"
        r"(?:\s*[（(]\s*(\d{4})\s*年?\s*[）)])?"
    )


def _gregorian_of_era_year(found: re.Match[str]) -> str:
    """The Gregorian year of an era's ("令和7年" as "2025年"): one character longer than the
    span, a rewrite that moves what follows, as a two-word month's name read as one word does
    (no caller needs a span's place in the text: one that looks for it finds none)."""
    if found[3]:
        return f"{found[3]}年"
    year = 1 if found[2] == _FIRST_ERA_YEAR else int(found[2])
    return f"{ERA_YEARS[found[1]] + year}年"


# Japanese offices write an era's year by the era's initial in numbers after a label and its
# colon ("掲載日：R6.3.5", "更新日: H31.4.1"): the initials of the government's forms, R for
# Reiwa, H for Heisei; after a Japanese label only, as "R6.3.5" alone could be a version.
_ERA_INITIAL_NUMBERS = LazyPattern(
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff][：:])(\s?)([RH])(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?![\d.])"
)
_ERA_OF_INITIAL = {"R": "令和", "H": "平成"}


def _gregorian_of_era_initial(found: re.Match[str]) -> str:
    """The date with its Gregorian year ("R6.3.5" as "2024.3.5"), longer than the span (see
    ``_gregorian_of_era_year``)."""
    year = ERA_YEARS[_ERA_OF_INITIAL[found[2]]] + int(found[3])
    return f"{found[1]}{year}.{found[4]}.{found[5]}"


# Taiwan's government pages write a Minguo date in numbers after a Chinese label and its colon,
# the era's name left out ("發布日期：113-03-04", "更新日期: 113/03/06"): the years of the web
# written with three digits (100-128, 2011-2039; a two-digit year could be anything's).
# Compiled at its first search (about one dev page in nine reaches it): its Han set is 21,000
# characters the regex compiler walks in Python, 1.1 ms of the import.
_MINGUO_NUMBERS = LazyPattern(
    r"(?<=[\u4e00-\u9fff])([：:]\s?)(1[01]\d|12[0-8])([-/.])(\d{1,2})\3(\d{1,2})(?!\d)"
)


# The same date with a time after it and no label before ("113/03/05 15:20", a news page's
# stamp): a three-digit year is no other calendar's, and a day and a time after it make it
# no version or count; the half of the day may stand before the time ("113.03.05 下午3:20",
# afternoon). Opening with its literal "1" (a lookbehind first made the search 40
# times slower: it runs on every text with a colon); what stands before it is tested after.
_MINGUO_NUMBERS_TIMED = LazyPattern(
    r"(1(?:[01]\d|2[0-8]))([-/.])(\d{1,2})\2(\d{1,2})(?=\s+(?:[上下]午\s*)?\d{1,2}:\d{2}(?!\d))"
)
_BEFORE_MINGUO_NUMBERS = frozenset("0123456789/.:-")


def _gregorian_of_timed_minguo_numbers(found: re.Match[str]) -> str:
    """The date with its Gregorian year ("113/03/05" as "2024/03/05"); the span as it was
    inside a longer number or date ("2113/03/05")."""
    start = found.start()
    if start and found.string[start - 1] in _BEFORE_MINGUO_NUMBERS:
        return found[0]
    year = ERA_YEARS["民國"] + int(found[1])
    return f"{year}{found[2]}{found[3]}{found[2]}{found[4]}"


# The same pages' years before 100 (85-99: 1996-2010, from the first government sites on), in
# archives still served ("發布日期：98-03-04"): two digits could be any calendar's, so only
# after a date label of Traditional Chinese ("日期", "時間"), where no page writes a
# Gregorian year with two digits.
_MINGUO_TWO_DIGITS = LazyPattern(
    r"(?<=日期|時間)([：:]\s?)(8[5-9]|9\d)([-/.])(\d{1,2})\3(\d{1,2})(?!\d)"
)


# The same years written with "年" and the era's name left out, as Taiwan's news and
# government pages print their dates ("發布時間：113年3月5日", "113年03月05日"): three digits
# (100-128) are no Gregorian year of the web, and with a month and a day after them no count
# of years either ("建校113年" is the school's age). Opening with its literal "1" (a
# lookbehind first made the search 170 times slower); what stands before it is tested after.
_MINGUO_BARE_YEAR = LazyPattern(r"(1(?:[01]\d|2[0-8]))(\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_BEFORE_BARE_YEAR = frozenset("0123456789.")


def _gregorian_of_bare_minguo_year(found: re.Match[str]) -> str:
    """The date with its Gregorian year ("113年3月5日" as "2024年3月5日"), a character
    longer than the span (see ``_gregorian_of_era_year``); the span as it was after a digit
    ("2113年…")."""
    start = found.start()
    if start and found.string[start - 1] in _BEFORE_BARE_YEAR:
        return found[0]
    return f"{ERA_YEARS['民國'] + int(found[1])}{found[2]}"


def _gregorian_of_minguo_numbers(found: re.Match[str]) -> str:
    """The date with its Gregorian year ("：113-03-04" as "：2024-03-04"), a character or
    two longer than the span (see ``_gregorian_of_era_year``)."""
    year = ERA_YEARS["民國"] + int(found[2])
    return f"{found[1]}{year}{found[3]}{found[4]}{found[3]}{found[5]}"


# Iranian and Afghan pages date in the Solar Hijri calendar ("۱۳ اسفند ۱۴۰۳": 3 March 2025);
# its month names are dateparser's (its Jalali parser's data) and Afghanistan's (the Dari and
# Pashto files' ``[solar_hijri_months]``: "۱۵ حوت ۱۴۰۲"), the conversion convertdate's.
_ARABIC_LETTER = LazyPattern("[\u0621-\u064a\u067e-\u06cc]")
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
    from newsextract.labels import solar_hijri_months

    months = {name: number for number, _, names in table.values() for name in names}
    months |= solar_hijri_months()  # Afghanistan's names: Dari's zodiac, Pashto's
    months |= {name.translate(_ARABIC_FORMS): number for name, number in months.items()}
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({names})\s+({_SOLAR_HIJRI_YEAR})(?!\d)")
    return pattern, months


def _gregorian_of_solar_hijri(found: re.Match[str]) -> str:
    """The Gregorian day of a Solar Hijri date as "YYYY-MM-DD", padded to the span's length
    (a span's place in the text is kept); the span as it was when no such day exists."""
    day, month, year = int(found[1]), _solar_hijri_date()[1][found[2]], int(found[3])
    gregorian = solar_hijri_to_gregorian(year, month, day)
    return found[0] if gregorian is None else gregorian.isoformat().ljust(len(found[0]))


# The day of March on which each Solar Hijri year from 1300 to 1501 opens (1 Farvardin, the
# day of the March equinox at Tehran), as ``19 + digit``: convertdate's astronomical
# reckoning, which costs 50 ms of pymeeus a date (a Persian page's date was its slowest
# part); ``tests/test_solar_hijri_table.py`` holds the table to it.
_FARVARDIN_FIRST_YEAR = 1300
_FARVARDIN_MARCH_DAYS = (
    "2332233222322232223222322232223222322232222222222222222222222222222222222221222122212221"
    "222122212221222122211221122112211221122112211221122111211121112111211121112111211121111"
    "111122222222222222222222222"
)


def _year_start(year: int) -> date | None:
    """1 Farvardin of a Solar Hijri year as a Gregorian day (None outside the table)."""
    at = year - _FARVARDIN_FIRST_YEAR
    if not 0 <= at < len(_FARVARDIN_MARCH_DAYS):
        return None
    return date(year + 621, 3, 19 + int(_FARVARDIN_MARCH_DAYS[at]))


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date, None when the month has no such day (its six
    first months have 31 days, the next five 30, Esfand 29 or, in a leap year, 30). Years the
    table lacks are reckoned by convertdate."""
    start, following = _year_start(year), _year_start(year + 1)
    if start is None or following is None:
        from convertdate import persian

        if not (1 <= month <= 12 and 1 <= day <= persian.month_length(year, month)):
            return None
        return date(*persian.to_gregorian(year, month, day))
    length = 31 if month <= 6 else 30 if month <= 11 else (following - start).days - 336
    if not (1 <= month <= 12 and 1 <= day <= length):
        return None
    before = (month - 1) * 31 if month <= 7 else (month - 1) * 30 + 6  # the months' days
    return start + timedelta(days=before + day - 1)


# An Ethiopian calendar's date ("የካቲት 26 ቀን 2016 ዓ.ም", "26 የካቲት 2016 ዓ.ም", "የካቲት 26/2016
# ዓ.ም": the month's name, the day, "ቀን" ("day") maybe, the year) before the era's mark "ዓ.ም"
# ("year of mercy", also "ዓ/ም", "ዓም"), which tells it from a Gregorian date given the same
# month names. Its letter is looked for first.
ETHIOPIAN_ERA_LETTER = "ዓ"
_ETHIOPIAN_ERA = r"\s*ዓ\s*[./]?\s*ም\.?"


@lru_cache(maxsize=1)
def _ethiopian_date() -> re.Pattern[str]:
    from newsextract.labels import ethiopian_months
    from newsextract.regex_words import word_alternation

    names = word_alternation(ethiopian_months())
    return re.compile(
        rf"(?:(?P<month>{names})\s+(?P<day>\d{{1,2}})(?:\s*ቀን)?\s*[,/]?\s*"
        rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_after>{names})\s+"
        # or in numbers, day first, as Ethiopian offices date a letter ("25/06/2016 ዓ.ም")
        rf"|(?<![\d/.-])(?P<day_number>\d{{1,2}})(?P<sep>[/.-])(?P<month_number>\d{{1,2}})(?P=sep))"
        rf"(?P<year>\d{{4}}){_ETHIOPIAN_ERA}"
    )


def with_ethiopian_as_gregorian(text: str) -> str:
    """``text`` with its Ethiopian dates before the era's mark written as their Gregorian
    days ("YYYY-MM-DD"): the one calendar whose years (2016 for 2024) pass for Gregorian
    years of the web, so that a reading of its digits alone ("መጋቢት 6/2016 ዓ.ም": June 2016)
    is a wrong day, not none (Solar and lunar Hijri, Buddhist and Bikram Sambat years lie
    outside the web's years)."""
    if ETHIOPIAN_ERA_LETTER not in text:
        return text
    return _ethiopian_date().sub(_gregorian_of_ethiopian, text)


# Years of the Ethiopian calendar behind the Gregorian ones: 7 from 1 January to the
# Ethiopian new year (11 or 12 September), 8 after it; the Coptic calendar, whose months and
# days it shares, counts 276 years fewer.
_COPTIC_YEARS_BEHIND = 276
_ETHIOPIAN_MONTHS = 13  # twelve of 30 days and Pagume, of 5 or 6


def _gregorian_of_ethiopian(found: re.Match[str]) -> str:
    """The Gregorian day of an Ethiopian date as "YYYY-MM-DD", padded to the span's length;
    the span as it was when no such day exists (a 31st, Pagume's 7th)."""
    from convertdate import coptic

    from newsextract.labels import ethiopian_months

    name = found["month"] or found["month_after"]
    month = ethiopian_months()[name.lower()] if name else int(found["month_number"])
    day = int(found["day"] or found["day_first"] or found["day_number"])
    year = int(found["year"]) - _COPTIC_YEARS_BEHIND
    if not 1 <= month <= _ETHIOPIAN_MONTHS or not 1 <= day <= coptic.month_length(year, month):
        return found[0]
    gregorian = "{:04d}-{:02d}-{:02d}".format(*coptic.to_gregorian(year, month, day))
    return gregorian.ljust(len(found[0]))


# The same calendar's date in numbers, year first ("1402/06/29", Persian digits already
# ASCII). Its years 1370-1410 (1991-2032) are no Gregorian year of the web, nor a lunar Hijri
# one (those are 1411 on), so the form is read on any page.
_SOLAR_HIJRI_NUMBERS = LazyPattern(
    r"(?<![\d/.-])(13[7-9]\d|140\d|1410)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])"
)


def _gregorian_of_solar_hijri_numbers(found: re.Match[str]) -> str:
    """The Gregorian day of a Solar Hijri date in numbers as "YYYY-MM-DD" (see
    ``_gregorian_of_solar_hijri``); the span as it was when no such day exists."""
    gregorian = solar_hijri_to_gregorian(int(found[1]), int(found[3]), int(found[4]))
    return found[0] if gregorian is None else gregorian.isoformat().ljust(len(found[0]))


@lru_cache(maxsize=1)
def _suffixed_date() -> tuple[re.Pattern[str], str] | None:
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
def _worded_suffixed_date() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
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
def _closing_year_word(year_with_word: re.Pattern[str]) -> re.Pattern[str]:
    """A year and its word (``_worded_suffixed_date``'s second pattern) closing a date written
    day first, what a time, a separator or the text's end follows: Armenian "5 մարտի 2024 թ."
    (CLDR's long date, "d MMMM, y թ."), Azerbaijani "5 mart 2024-cü il", Uzbek "5-mart,
    2024-yil". A year first, its month or day after it, is no such date."""
    return re.compile(
        rf"(?<!\d)({year_with_word.pattern})(?!{LETTER})"
        r"(?=\s*(?:$|[,;|·/()\[\]–—-]|\d{1,2}[:.]\d\d))",
        re.I,
    )


def _year_without_word(found: re.Match[str]) -> str:
    """The year of a ``_closing_year_word`` span with its word blanked (the span's length kept,
    so the time after it joins the day)."""
    year = found[0][:4]
    return year + " " * (len(found[0]) - len(year))


def _worded_numbered(found: re.Match[str]) -> str:
    """A ``_worded_suffixed_date`` as "YYYY-MM-DD", padded to the span's length; the span as
    it was when its month is no month or its day no day."""
    month = month_number(found[2] or found[5], None)
    day = int(found[3] or found[4])
    if month is None or not 1 <= day <= 31:
        return found[0]
    return f"{found[1]}-{month:02d}-{day:02d}".ljust(len(found[0]))


def _numbered(found: re.Match[str]) -> str:
    date = f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}"
    return date.ljust(len(found[0]))


# The Gregorian era's mark after a year on Arabic-script pages ("٥ مارس ٢٠٢٤ م", "2024ء":
# "of the Christian era"), which would read as a time's "p.m." ("م", evening) or part of the
# date: blanked, so the time after it ("٢٠٢٤ م - ١٠:٣٠ ص") joins the day.
_GREGORIAN_ERA_MARK_AFTER_YEAR = LazyPattern(
    r"(?<!\d)((?:19|20)\d\d)(\s?[مء]\.?)(?![\u0621-\u06ff])"
)


def _without_era_mark(found: re.Match[str]) -> str:
    return found[1] + " " * len(found[2])


# A Gregorian year this near a date of another calendar (the same date line: "الثلاثاء ٢٤
# شعبان ١٤٤٥ هـ - ٥ مارس ٢٠٢٤ م") means the page printed both: the Gregorian date is the
# page's (a lunar month starts on a sighting, a day apart between countries), and the other
# calendar's date is blanked.
_NEAR = 60
_GREGORIAN_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _gregorian_beside(found: re.Match[str], text: str) -> bool:
    start, end = max(0, found.start() - _NEAR), found.end() + _NEAR
    return _GREGORIAN_YEAR.search(text, start, end) is not None


def _as_gregorian(found: re.Match[str], day: tuple[int, int, int] | None, text: str) -> str:
    """``day`` as "YYYY-MM-DD" padded to the span's length; the span blanked when a Gregorian
    year is beside it (see ``_gregorian_beside``); the span as it was when no such day is."""
    if day is None:
        return found[0]
    if _gregorian_beside(found, text):
        return " " * len(found[0])
    return "{:04d}-{:02d}-{:02d}".format(*day).ljust(len(found[0]))


# The lunar Hijri calendar's date ("24 شعبان 1445 هـ", digits already ASCII): a day, a
# month's name of the language files' ``[hijri_months]``, a year of the web (1411-1465, that
# is 1990-2043), the era's mark maybe; its Gregorian day from convertdate's arithmetic
# calendar, which Umm al-Qura's and the sighted months may precede or follow by a day.
_HIJRI_YEAR = r"14[1-6]\d"
_HIJRI_ERA = r"(?:\s*(?:هـ|ه|ھ|ہجری|هجري|هجرية)\.?(?![\u0621-\u06ff]))?"


@lru_cache(maxsize=1)
def _hijri_date() -> re.Pattern[str]:
    from newsextract.labels import calendar_months
    from newsextract.regex_words import word_alternation

    names = word_alternation(calendar_months("hijri"))
    return re.compile(
        rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?({names})\s*[,،]?\s*({_HIJRI_YEAR}){_HIJRI_ERA}(?!\d)"
    )


def _gregorian_of_hijri(found: re.Match[str], text: str) -> str:
    from convertdate import islamic

    from newsextract.labels import calendar_months

    day, month, year = int(found[1]), calendar_months("hijri")[found[2]], int(found[3])
    if not 1 <= day <= islamic.month_length(year, month):
        return found[0]
    return _as_gregorian(found, islamic.to_gregorian(year, month, day), text)


# The same calendar's date in numbers, year first or day first, with the era's mark after it
# ("1445/08/24 هـ", "24/08/1445هـ": Saudi and Gulf offices): the mark makes it no reference
# number (a year of 1411-1465 written alone could be anything's).
_HIJRI_NUMBERS = LazyPattern(
    rf"(?<![\d/.-])(?:({_HIJRI_YEAR})([/.-])(\d{{1,2}})\2(\d{{1,2}})"
    rf"|(\d{{1,2}})([/.-])(\d{{1,2}})\6({_HIJRI_YEAR}))\s*(?:هـ|ه|ھ)\.?(?![\u0621-\u06ff\d])"
)


def _gregorian_of_hijri_numbers(found: re.Match[str], text: str) -> str:
    """The Gregorian day of a Hijri date in numbers (see ``_gregorian_of_hijri``)."""
    from convertdate import islamic

    if found[1]:
        year, month, day = int(found[1]), int(found[3]), int(found[4])
    else:
        day, month, year = int(found[5]), int(found[7]), int(found[8])
    if not 1 <= month <= 12 or not 1 <= day <= islamic.month_length(year, month):
        return found[0]
    return _as_gregorian(found, islamic.to_gregorian(year, month, day), text)


# The Hebrew calendar's date written in letters (gematria: "כ״ה באדר א׳ תשפ״ד", the 25th of
# Adar I 5784), the day and the year marked by a geresh or gershayim (or the ASCII quotes
# pages type for them), "ב" ("in") maybe before the month, "ה" (the thousands' 5) before the
# year; its Gregorian day from convertdate's Hebrew calendar.
_HEBREW_LETTER = LazyPattern("[\u05d0-\u05ea]")
_QUOTES = "\"'\u05f3\u05f4"
_HEBREW_NUMBER = rf"[\u05d0-\u05ea]{{0,3}}[{_QUOTES}][\u05d0-\u05ea]?"
# Each letter's value, final forms as their letter's: units, tens, hundreds.
_LETTER_VALUES = {
    **dict(zip("אבגדהוזחט", range(1, 10), strict=True)),
    **dict(zip("יכלמנסעפצ", range(10, 100, 10), strict=True)),
    **dict(zip("ךםןףץ", (20, 40, 50, 80, 90), strict=True)),
    **dict(zip("קרשת", range(100, 500, 100), strict=True)),
}
_HEBREW_THOUSANDS = 5000  # the "ה" before a year's letters, which the year leaves out
_HEBREW_YEARS_OF_THE_WEB = range(750, 805)  # 5750-5804: 1989-2044


@lru_cache(maxsize=1)
def _hebrew_date() -> re.Pattern[str]:
    from newsextract.labels import calendar_months
    from newsextract.regex_words import word_alternation

    names = word_alternation(calendar_months("hebrew"))
    return re.compile(
        rf"(?<![\u05d0-\u05ea])(?P<day>{_HEBREW_NUMBER})\s+ב?(?P<month>{names})"
        rf"(?![\u05d0-\u05ea])[,]?\s+ה?(?P<year>{_HEBREW_NUMBER})(?![\u05d0-\u05ea])"
    )


def _gematria(letters: str) -> int:
    return sum(_LETTER_VALUES.get(letter, 0) for letter in letters)


def _gregorian_of_hebrew(found: re.Match[str], text: str) -> str:
    from convertdate import hebrew

    from newsextract.labels import calendar_months

    day, year = _gematria(found["day"]), _gematria(found["year"])
    month = calendar_months("hebrew")[found["month"]]
    if year not in _HEBREW_YEARS_OF_THE_WEB:
        return found[0]
    year += _HEBREW_THOUSANDS
    if month == hebrew.VEADAR and not hebrew.leap(year):
        month = hebrew.ADAR
    if not 1 <= day <= hebrew.month_length(year, month):
        return found[0]
    with warnings.catch_warnings():
        # convertdate's own conversion calls its deprecated ``month_days``
        warnings.simplefilter("ignore", DeprecationWarning)
        gregorian = hebrew.to_gregorian(year, month, day)
    return _as_gregorian(found, gregorian, text)


# Nepal's Bikram Sambat date ("2080 फागुन 22 गते", "फागुन 22, 2080", digits already ASCII): a
# month's name of the language files' ``[bikram_sambat_months]`` and a year of the web
# (2048-2099). Its months' lengths follow no rule: their table is nepali-datetime's (an
# optional library: without it the date is left unread).
_DEVANAGARI_LETTER = LazyPattern("[\u0900-\u097f]")
_BS_YEAR = r"20[4-9]\d"
_FIRST_BS_YEAR_OF_THE_WEB = 2048
_BS_DAY_WORD = "गते"  # "day of the month", after the day's number


@lru_cache(maxsize=1)
def _bikram_sambat_date() -> re.Pattern[str]:
    from newsextract.labels import calendar_months
    from newsextract.regex_words import word_alternation

    names = word_alternation(calendar_months("bikram_sambat"))
    month = rf"(?P<{{}}>{names})(?![\u0900-\u097f])"
    return re.compile(
        rf"(?<!\d)(?P<year>{_BS_YEAR})\s*(?:साल\s+)?{month.format('month')}\s*(?P<day>\d{{1,2}})"
        rf"(?:\s*{_BS_DAY_WORD})?(?!\d)"
        rf"|(?<![\u0900-\u097f]){month.format('month2')}\s*(?P<day2>\d{{1,2}})(?:\s*{_BS_DAY_WORD})?"
        rf"\s*[,،]?\s*(?P<year2>{_BS_YEAR})(?!\d)"
    )


def _gregorian_of_bikram_sambat(found: re.Match[str]) -> str:
    from newsextract.labels import calendar_months

    year = int(found["year"] or found["year2"])
    month = calendar_months("bikram_sambat")[found["month"] or found["month2"]]
    return _gregorian_of_bs(found[0], year, month, int(found["day"] or found["day2"]))


# The same calendar's date in numbers, year first, in a text holding Devanagari letters (a
# Nepali notice's "मिति: २०८०/११/२१", digits already ASCII): a Gregorian year past 2047 on
# such a page would be decades ahead, so it is read as Bikram Sambat's.
_BS_NUMBERS = LazyPattern(rf"(?<![\d/.-])({_BS_YEAR})([/.-])(\d{{1,2}})\2(\d{{1,2}})(?![\d/.-])")


def _gregorian_of_bs_numbers(found: re.Match[str]) -> str:
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


# The Bangla calendar's date as Bangladesh prints it ("২১ ফাল্গুন ১৪৩০", the year's word
# "বঙ্গাব্দ" maybe after it; "ফাল্গুন ২১, ১৪৩০"; digits already ASCII): a month's name of the
# language files' ``[bangla_months]`` and a year of the web (1398-1450, 1991-2043). Its year
# opens on 14 April, 593 years after the Gregorian one's number; its months' lengths are the
# Bangla Academy's: since 1426 (2019) six months of 31 days, four of 30, Falgun of 29 (30 when
# its February has 29 days) and Chaitra of 30; before, five of 31, then 30 each, Falgun 31 in
# a leap year. India's Bengali calendar, reckoned by the sun's place, may fall a day apart.
_BANGLA_YEAR = r"(?:139[89]|14[0-4]\d|1450)"
_BANGLA_YEAR_WORD = r"(?:\s*(?:বঙ্গাব্দ|বঙ্গাব্দে|সন|সাল))?"
_BANGLA_YEARS_BEHIND = 593
_BANGLA_NEW_YEAR = (4, 14)  # Pohela Boishakh, the first of Boishakh
_BANGLA_REFORM = 1426  # the first year of the 2019 month lengths


@lru_cache(maxsize=1)
def _bangla_date() -> re.Pattern[str]:
    from newsextract.labels import calendar_months
    from newsextract.regex_words import word_alternation

    names = word_alternation(calendar_months("bangla"))
    month = rf"(?P<{{}}>{names})(?![\u0980-\u09ff])"
    return re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}})\s+{month.format('month')}\s*,?\s*(?P<year>{_BANGLA_YEAR})"
        rf"{_BANGLA_YEAR_WORD}(?!\d)"
        rf"|(?<![\u0980-\u09ff]){month.format('month2')}\s*(?P<day2>\d{{1,2}})\s*,?\s*"
        rf"(?P<year2>{_BANGLA_YEAR}){_BANGLA_YEAR_WORD}(?!\d)"
    )


# The vowel signs and the virama of which every Bangla month's name holds one ("া", "্", "ৈ",
# "ৌ": "পৌষ", "মাঘ", "চৈত্র"): four searches of a character, far cheaper than one of a
# Bengali letter through a long text of another script.
_BANGLA_MONTH_SIGNS = "\u09be\u09cd\u09c8\u09cc"


def _bangla_month_lengths(year: int) -> tuple[int, ...]:
    """The twelve months' days of Bangla ``year`` (see ``_bangla_date``)."""
    february = year + _BANGLA_YEARS_BEHIND + 1  # the Gregorian year its Falgun falls in
    leap = february % 4 == 0 and (february % 100 != 0 or february % 400 == 0)
    if year >= _BANGLA_REFORM:
        return (31,) * 6 + (30,) * 4 + (30 if leap else 29, 30)
    return (31,) * 5 + (30,) * 5 + (31 if leap else 30, 30)


def bangla_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Bangla calendar's date; None when no such day exists."""
    lengths = _bangla_month_lengths(year)
    if not (1 <= month <= 12 and 1 <= day <= lengths[month - 1]):
        return None
    start = date(year + _BANGLA_YEARS_BEHIND, *_BANGLA_NEW_YEAR)
    return start + timedelta(days=sum(lengths[: month - 1]) + day - 1)


def _gregorian_of_bangla(found: re.Match[str], text: str) -> str:
    from newsextract.labels import calendar_months

    month = calendar_months("bangla")[found["month"] or found["month2"]]
    day = bangla_to_gregorian(
        int(found["year"] or found["year2"]), month, int(found["day"] or found["day2"])
    )
    return _as_gregorian(found, None if day is None else day.timetuple()[:3], text)


# A time spoken in words before a part of the day ("saa tatu asubuhi", Swahili: the language
# files' ``[spoken_time]``), written in digits ("saa 3:00 asubuhi"), which the clock of its
# part of the day then reads (``labels.local_clock_words``: 9:00). A rewrite that moves what
# follows (see ``_gregorian_of_era_year``).
@lru_cache(maxsize=1)
def _spoken_time() -> tuple[re.Pattern[str], tuple[str, ...], dict[str, int]] | None:
    from newsextract.labels import day_periods, spoken_times
    from newsextract.regex_words import word_alternation

    found = spoken_times()
    if not found:
        return None
    clock = [word for spoken in found for word in spoken.clock]
    numbers = {
        word: number
        for spoken in found
        for word, number in (*spoken.hours.items(), *spoken.minutes.items())
    }
    hours = [word for spoken in found for word in spoken.hours]
    minutes = [word for spoken in found for word in spoken.minutes]
    pattern = re.compile(
        rf"(?<!{LETTER})({word_alternation(clock)})\s+(?P<hour>{word_alternation(hours)})"
        rf"(?:\s+(?P<minutes>{word_alternation(minutes)}))?"
        rf"(?=\s+(?:{word_alternation(day_periods())})(?!{LETTER}))",
        re.I,
    )
    return pattern, tuple(clock), numbers


def _digits_of_spoken_time(found: re.Match[str]) -> str:
    numbers = _spoken_time()[2]  # type: ignore[index]
    minutes = numbers[found["minutes"].lower()] if found["minutes"] else 0
    return f"{found[1]} {numbers[found['hour'].lower()]}:{minutes:02d}"
