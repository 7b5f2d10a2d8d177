"""A date or a calendar's name trailing a byline ("By Jane Roe, March 3, 2024", "Jane Roe on
Monday"), cut before the names are read."""

from __future__ import annotations

import functools
import re

from newsextract.dateparser_words import calendar_words
from newsextract.label_lists import LabelList
from newsextract.labels import (
    LABEL_END,
    LABEL_START,
    alternation,
    calendar_prefixes,
    searched_alternation,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.regex_words import word_alternation


@functools.cache
def _date_tail() -> re.Pattern[str]:
    """A date after the names: its label, or up to two prepositions and a number
    (Vietnamese "vào ngày 5", "on the day 5"; a clock's time, a blog's post line's
    "Pubblicato da Chiara Galli alle 10:30"; a day's, or a year's written first:
    Hungarian "Tóth Balázs 2024.03.06. 14:20", Chinese and Japanese "林晓雯 2022年10月9日"
    with the year's sign, Korean "2022년"); or the day left alone after a separator or a
    preposition once the month name after it was cut ("Jane Doe, 5 March", Kinyarwanda
    "Jean Bosco kuya 3 Werurwe 2025 saa 14:20"). A preposition may be abbreviated with its
    dot (Swedish and Danish "kl." before a clock's time: "Upplagd av Karin Lund kl. 09:14")."""
    prepositions = alternation(LabelList.DATE_WORDS)
    return re.compile(
        rf"{_labelled_date_tail().pattern}|"
        rf"[,|•·\-–—]?\s*(?:{LABEL_START}{prepositions}\.?\s*){{0,2}}(?<!\d)(?:\d{{4}}[./\s年년-]|\d{{1,2}}[./\s]|\d{{1,2}}:\d\d).*$|"
        rf"\s*[,|•·\-–—]\s*\d{{1,2}}\.?$|"
        rf"\s+{LABEL_START}{prepositions}\s+\d{{1,2}}\.?$|"
        rf",\s*{LABEL_START}{prepositions}\s*$",
        re.I,
    )


@functools.cache
def _labelled_date_tail() -> re.Pattern[str]:
    """``_date_tail``'s first branch, a date's label to the end: the only one that can
    match a text with no digit and no comma (each other branch needs one)."""
    dated = searched_alternation(LabelList.PUBLISHED, LabelList.UPDATED)
    return re.compile(rf"\s*{LABEL_START}{dated}{LABEL_END}.*$", re.I)


def without_date_tail(text: str) -> str:
    """``text`` without its ``_date_tail``: most bylines hold no digit and no comma, and
    the first branch alone costs a third of the whole (3.4 against 8.5 µs a byline)."""
    if "," in text or _DIGIT.search(text) is not None:
        cut = _date_tail().sub("", text)
        if cut != text and cut.endswith(calendar_prefixes()):
            # the word glued before the day's number (Khmer "ថ្ងៃទី០៥": "the day 05") goes too
            cut = TRAILING_SEPARATORS.sub("", _calendar_prefix_end().sub("", cut))
        return cut
    return _labelled_date_tail().sub("", text)


TRAILING_SEPARATORS = LazyPattern(r"[\s,|•·\-–—]+$")


@functools.cache
def _calendar_prefix_end() -> re.Pattern[str]:
    """A calendar prefix (``calendar_prefixes``) ending a text, longest first."""
    return re.compile(rf"(?:{word_alternation(calendar_prefixes())})$")


# Any digit, as ``\d`` matches it: the tails' branches after a number need one.
_DIGIT = LazyPattern(r"\d")


# What may stand between a day or month name and the date's number: separators and at most
# one more calendar name ("Monday, March 3").
_CALENDAR_GAP = LazyPattern(r"[\s,.]+")


def _calendar_name_opens_date(text: str, found: re.Match[str]) -> bool:
    """Whether the calendar name of ``found`` opens the date: the number follows it, after
    separators or a second calendar name, never after another word ("Mart Saar, 5. märts":
    Mart, Turkish March, is a given name; so is "Jon", a month's abbreviation)."""
    if found.group("name") is None:
        return True  # a preposition before the name: "am Montag"
    rest = text[found.end("name") :]
    digit = _DIGIT.search(rest)
    gap = rest[: digit.start()] if digit is not None else rest
    between = [word for word in _CALENDAR_GAP.split(gap) if word]
    return len(between) <= 1 and all(word.lower() in calendar_words() for word in between)


# Two capitalised words, the first a date's preposition and the second a calendar name, are a
# surname written with its particle ("Luigi Di Maio": Italian "di" is Indonesian's "at" and
# "maio" Portuguese May); a date's preposition is written lower case after a name.
_SURNAME_WITH_PARTICLE = r"(?!(?-i:[A-ZÀ-Þ][a-zß-ÿ]*\s+[A-ZÀ-Þ][a-zß-ÿ]))"


@functools.cache
def preposition_and_calendar_name() -> str:
    """A date's preposition and a day or month name ("am Montag"), not a surname's particle
    and name ("Di Maio")."""
    names = word_alternation(calendar_words())
    prepositions = alternation(LabelList.DATE_WORDS)
    return rf"{_SURNAME_WITH_PARTICLE}{prepositions}\s+{names}{LABEL_END}"


@functools.cache
def _calendar_tail() -> re.Pattern[str]:
    """A day or month name starting a date after a name ("Jane Doe Monday 3 May", "Anna
    Roe am Montag"); the names from dateparser's data. A number after it or a preposition
    before it is required: "Di Maio", "Plácido Domingo" and "Jan Roe" hold such names.
    ``without_calendar_tail`` searches its two branches apart; this is their definition,
    which tests hold it to."""
    names = word_alternation(calendar_words())
    return re.compile(
        rf"\s+(?:{preposition_and_calendar_name()}|{_day_before()}(?P<name>{names}){LABEL_END}\.?(?=\D{{0,12}}\d)).*$",
        re.I,
    )


@functools.cache
def _calendar_name_tail() -> re.Pattern[str]:
    """``_calendar_tail``'s second branch alone: a calendar name with a number after it."""
    names = word_alternation(calendar_words())
    return re.compile(
        rf"\s+(?:{_day_before()}(?P<name>{names}){LABEL_END}\.?(?=\D{{0,12}}\d)).*$", re.I
    )


def _day_before() -> str:
    """A day-first date's number before its calendar name, with its ordinal dot and a date's
    preposition ("Yazan: Emre Yıldız 28 Ekim 2024", "Budi Santoso pada 17 Agustus"): the
    date's own, left alone it would end the name. Not after a separator ("Jane Doe, 5
    March"), where ``_date_tail`` cuts the day with the separator."""
    prepositions = alternation(LabelList.DATE_WORDS)
    return rf"(?:(?<![,|•·\-–—]\s)(?:{LABEL_START}{prepositions}\.?\s+)?\d{{1,2}}\.?\s+)?"


@functools.cache
def _calendar_tail_after_preposition() -> re.Pattern[str]:
    """``_calendar_tail``'s first branch alone: the other needs a digit after the name."""
    return re.compile(rf"\s+(?:{preposition_and_calendar_name()}).*$", re.I)


def without_calendar_tail(text: str) -> str:
    """``text`` without its ``_calendar_tail``: in a text with no digit (most bylines) only
    the first branch can match, and alone it costs a fifth (1.3 against 5.9 µs)."""
    if _DIGIT.search(text) is not None:
        # ``_calendar_tail``'s two branches searched apart, not compiled together again
        # (the names' 16,000 characters twice, 25 ms): the tail starts where the first
        # matches, or earlier where the second does with its date's number after the name.
        after_preposition = _calendar_tail_after_preposition().search(text)
        limit = len(text) if after_preposition is None else after_preposition.start()
        pattern = _calendar_name_tail()
        found = pattern.search(text)
        while found is not None and found.start() < limit:
            if _calendar_name_opens_date(text, found):
                return text[: found.start()]
            found = pattern.search(text, found.start() + 1)
        return text[:limit]
    return _calendar_tail_after_preposition().sub("", text)
