"""Month and weekday names and a clock's words, from dateparser's language data for every
language with a file of ours: the names are not typed into the language files, as
dateparser, a dependency, has them.

Apart from ``labels`` because these come from another package's data, read on first use
(each language's module imported then), while ``labels`` reads our own files.
"""

from __future__ import annotations

import functools
import importlib
import unicodedata
from collections.abc import Mapping
from typing import Any

from newsextract.language_codes import dateparser_code
from newsextract.language_files import languages

# Month and weekday names of dateparser's data: names shorter than this are abbreviations
# ("mo", "di", "lu") too often other words.
_MIN_CALENDAR_NAME = 3
_CALENDAR_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip


@functools.cache
def calendar_words(language: str | None = None, *, abbreviations: bool = True) -> frozenset[str]:
    """Month and weekday names from dateparser's language data: of ``language``, or of every
    language with a data file here. With ``abbreviations`` their short forms too ("mär",
    "lun", without the dot); without, only each name's longest form ("märz", "lundi"), as
    three-letter forms of one language are words of another ("die", "out", "son")."""
    codes = [language] if language is not None else list(languages())
    names: set[str] = set()
    for code in codes:
        info = _dateparser_info(code)
        for key in _CALENDAR_KEYS:
            forms = [_without_article(n.lower().rstrip(".")) for n in info.get(key, ())]
            forms = [n for n in forms if len(n) >= _MIN_CALENDAR_NAME and _is_word(n)]
            if not abbreviations and forms:
                forms = [max(forms, key=len)]
            names.update(forms)
    return frozenset(names)


# dateparser's words of a clock and of relative dates: "am", "pm", "ago", the hour and
# minute units, and one-word relative days ("yesterday", "gestern", "hier").
_CLOCK_KEYS = ("am", "pm", "ago", "hour", "minute")
_HALF_DAY_KEYS = ("am", "pm")
_MIN_CLOCK_WORD = 2  # single letters ("h", "m", "g") are initials and list markers as often


@functools.cache
def clock_words() -> frozenset[str]:
    """Single words of time of day and of relative dates, from dateparser's data for every
    language with a data file here."""
    found: set[str] = set()
    for code in languages():
        info = _dateparser_info(code)
        for key in _CLOCK_KEYS:
            found.update(w.lower().rstrip(".") for w in info.get(key, ()) if " " not in w)
        relative = info.get("relative-type", {})
        if isinstance(relative, dict):
            for phrases in relative.values():
                found.update(p.lower() for p in phrases if " " not in p)
    return frozenset(w for w in found if len(w) >= _MIN_CLOCK_WORD and _is_word(w))


@functools.cache
def clock_marks() -> tuple[frozenset[str], frozenset[str]]:
    """The clock's words of one letter (Arabic "ص" and "م", Thai "น", "h"), which
    ``clock_words`` leaves out as free words but which mark a time written right before them
    ("١٠:٣٠ ص", "10:30 น."); and the words of a half of the day ("上午", "午前", "오전", "am"),
    which Chinese and Japanese write before a time with no space ("上午10:30")."""
    letters: set[str] = set()
    halves: set[str] = set()
    for code in languages():
        info = _dateparser_info(code)
        for key in (*_HALF_DAY_KEYS, "hour", "minute"):
            for word in info.get(key, ()):
                word = word.lower().rstrip(".")
                if len(word) < _MIN_CLOCK_WORD and _is_word(word):
                    letters.add(word)
                elif key in _HALF_DAY_KEYS and _is_word(word):
                    halves.add(word)
    return frozenset(letters), frozenset(halves)


# The longest of the words before a name that are an article or a preposition written with
# it: Albanian "e" ("e diel", Sunday, beside the abbreviation "die"), Catalan "de".
_MAX_ARTICLE = 2


# dateparser's keys of the weekdays (the last seven of ``_CALENDAR_KEYS``).
_WEEKDAY_KEYS = _CALENDAR_KEYS[-7:]


@functools.cache
def short_weekday_names() -> frozenset[str]:
    """Every language's weekday abbreviations of two letters ("fr", "mo", "za"), without
    the dot: too often other words to be read alone (``_MIN_CALENDAR_NAME``), they are read
    only where a weekday stands, between a label's colon and a date."""
    names: set[str] = set()
    for code in languages():
        for key in _WEEKDAY_KEYS:
            names.update(
                form
                for n in _dateparser_info(code).get(key, ())
                if len(form := n.lower().rstrip(".")) == _MIN_CALENDAR_NAME - 1 and _is_word(form)
            )
    return frozenset(names)


def _without_article(name: str) -> str:
    """A month's or weekday's name without the short words written before it ("e diel":
    "diel"), so that its full form, not its abbreviation ("die"), is its longest word."""
    words = name.split()
    if len(words) > 1 and all(len(word) <= _MAX_ARTICLE for word in words[:-1]):
        return words[-1]
    return name


def _is_word(name: str) -> bool:
    """Letters and their combining marks only (Devanagari vowel signs are marks)."""
    return all(c.isalpha() or unicodedata.category(c).startswith("M") for c in name)


def _dateparser_info(code: str) -> Mapping[str, Any]:
    """dateparser's translation data of one language ({} for one it does not have)."""
    code = dateparser_code(code)
    try:
        module = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
    except ImportError:
        return {}
    info = getattr(module, "info", {})
    return info if isinstance(info, dict) else {}
