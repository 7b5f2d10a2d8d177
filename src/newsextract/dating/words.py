"""The words of dates in every language, from dateparser's language data: month and weekday
names, the date order, the parts of the day, the words a date may hold."""

from __future__ import annotations

import importlib
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping
from datetime import datetime
from functools import lru_cache
from typing import Any

from newsextract.language_codes import dateparser_code, file_code
from newsextract.lazy_regex import LazyPattern

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
    import pkgutil

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
        names = [code] if (code := dateparser_code(language)) in data else []
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
    for code in dict.fromkeys((language or FALLBACK_LANGUAGE, FALLBACK_LANGUAGE)):
        info = _language_data().get(code, {})
        for number, key in enumerate(_WEEKDAYS):
            for word in info.get(key, ()):
                found.setdefault(str(word).lower().rstrip("."), set()).add(number)
    return {word: days.pop() for word, days in found.items() if len(days) == 1 and len(word) > 1}


# The reach before a date's numbers where the weekday it names stands ("Tue, ", "Mittwoch, ").
WEEKDAY_REACH = 16
_LAST_WORD = LazyPattern(r"([^\W\d_]{2,})\W*$")
# A day written in numbers, day and month in either order: "03/04/2025", "3.4.2025".
_NUMBERED_DAY = LazyPattern(r"\d{1,2}[./-]\s?\d{1,2}[./-]")


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


def date_order(language: str | None, countries: Collection[str] = frozenset()) -> str | None:
    """ "DMY", "MDY" or "YMD": how ``language`` writes a date in numbers, per dateparser; in
    the page's country where dateparser's locale of it says otherwise (``locale_order``)."""
    local = locale_order(language, frozenset(countries)) if countries else None
    if local is not None:
        return local
    order = _language_data().get(dateparser_code(language or ""), {}).get("date_order")
    return order if isinstance(order, str) else None


@lru_cache(maxsize=64)
def locale_order(language: str | None, countries: frozenset[str]) -> str | None:
    """The order dateparser's locales of ``language`` in the page's countries give
    ("en-GB", "en-AU": day first; "en-US": month first; "03/04/2025" is 3 April on a British
    page), when they give one order; None when they give none or disagree."""
    code = dateparser_code(language or "")
    locales = _language_data().get(code, {}).get("locale_specific", {})
    found = {
        order
        for country in countries
        if isinstance(order := locales.get(f"{code}-{country}", {}).get("date_order"), str)
    }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=64)
def day_period_words(language: str | None) -> dict[str, tuple[int, int]]:
    """The parts of the day of every language file, then ``language``'s own words for
    before and after noon and its file's parts of the day."""
    from newsextract.labels import day_periods

    if language is None:
        return dict(day_periods())
    return {**day_periods(), **meridiem_periods(language), **day_periods(language)}


# dateparser's words for before and after noon, read as the day's halves.
_BEFORE_NOON, _AFTER_NOON = (0, 12), (12, 0)
_MIN_MERIDIEM_WORD = 2  # one letter ("a", "p", Arabic "م") is an initial or a word as often


@lru_cache(maxsize=64)
def meridiem_periods(language: str) -> dict[str, tuple[int, int]]:
    """dateparser's words of ``language`` for before and after noon ("SA"/"CH", Vietnamese;
    "pg"/"ptg", Malay; "дп"/"пп", Russian) as the day's two halves; read on the language's
    own pages only (Hungarian "de" is Spanish "of")."""
    info = _language_data().get(dateparser_code(language), {})
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


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=1)
def skip_words() -> frozenset[str]:
    """dateparser's filler words, weekday names and words for "year", and the language files'
    words between a date and its time ("a las", "kello", "saat", "godz", "lúc", "στις"), which
    dateparser's lists miss; never a word for the morning or the afternoon ("오후": 3:00 is
    then 15:00, a part of the day)."""
    from newsextract.label_lists import LabelList
    from newsextract.labels import words
    from newsextract.language_files import languages

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
    read = {code for code in _language_data() if file_code(code.split("-")[0]) in languages()}
    own = {
        str(word).lower()
        for code in read
        for key in ("am", "pm")
        for word in _language_data()[code].get(key, ())
    }
    return frozenset((filler - meridiem) | (connectors - own))


def month_number(word: str, language: str | None) -> int | None:
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


# The one language tried after the page's own: a content system writes its dates in English
# on pages of any language as often as not; trying every language instead makes dateparser
# read the data of all 200 of its locales (3 s, once per process) for a date it rarely finds.
FALLBACK_LANGUAGE = "en"


def dateparser_data() -> Mapping[str, Mapping[str, Any]]:
    """dateparser's data of every language by its name there ("de", "sr-Latn"), read once."""
    return _language_data()


# The most languages a date of a page with no language known is read in: each one dateparser
# has not used yet costs 10-20 ms (its locale's patterns are compiled on first use), so a
# text naming many (mojibake, a word list) stays well under the 2 s a page has.
MAX_GUESSED_LANGUAGES = 8
_LETTER_RUN = LazyPattern(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _languages_by_word() -> Mapping[str, tuple[str, ...]]:
    """The languages whose month or weekday names each word is, lower case and composed; a
    name written with digits ("3月", "3월") is found by its letters ("月", "월")."""
    found: dict[str, dict[str, None]] = {}
    for code, info in _language_data().items():
        for key in (*_MONTH_KEYS, *_WEEKDAYS):
            for name in info.get(key, ()):
                text = unicodedata.normalize("NFC", str(name).lower())
                for word in _LETTER_RUN.findall(text):
                    found.setdefault(word, {})[code] = None
    return {word: tuple(codes) for word, codes in found.items()}


def languages_named_in(text: str) -> list[str]:
    """The languages to read a date in when the page's is unknown or one dateparser lacks:
    English (``FALLBACK_LANGUAGE``), then those whose month or weekday names the text holds,
    the most of its words first, at most ``MAX_GUESSED_LANGUAGES``. Letting dateparser try
    all of its 200 locales instead compiles every one's patterns on first use: 3-10 s for
    one page."""
    index = _languages_by_word()
    words = set(_LETTER_RUN.findall(unicodedata.normalize("NFC", text.lower())))
    named = Counter(code for word in words for code in index.get(word, ()))
    order = {code: rank for rank, code in enumerate(_language_order())}
    ranked = sorted(named, key=lambda code: (-named[code], order.get(code, len(order))))
    return list(dict.fromkeys((FALLBACK_LANGUAGE, *ranked)))[:MAX_GUESSED_LANGUAGES]


@lru_cache(maxsize=1)
def _language_order() -> tuple[str, ...]:
    """dateparser's languages, the most written first (its own order of trying them)."""
    from dateparser.data.languages_info import language_order

    return tuple(language_order)


@lru_cache(maxsize=1)
def dateparser_languages() -> frozenset[str]:
    """The languages dateparser knows, by code ("de", "pt", "zh-Hant"…): its list of them,
    not its locale map, whose first use costs 0.1-0.2 s."""
    return frozenset(_language_order())
