"""The date and calendar tails of a byline are cut by their first branch alone in a text
without a digit (and, for the date's, without a comma): the other branches need one, so the
text left is the one the whole regex leaves."""

from __future__ import annotations

import itertools

import pytest

from newsextract.dateparser_words import calendar_words
from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.metadata import byline_date_tails

NAMES = ["Jane Doe", "By Anna Berger", "Von Lukas Weber und Sara Conti", "Jean Bosco"]


def _tails() -> list[str]:
    calendar = sorted(calendar_words())[::97]
    prepositions = list(words(LabelList.DATE_WORDS))[::9]
    published = list(words(LabelList.PUBLISHED))[::25] + list(words(LabelList.UPDATED))[::25]
    tails = [""]
    tails += [f" {word}" for word in calendar]
    tails += [f" {p} {c}" for p, c in zip(prepositions, itertools.cycle(calendar), strict=False)]
    tails += [f", {p}" for p in prepositions] + [f" {p} 3" for p in prepositions]
    tails += [f" {label} x" for label in published] + [f" | {label}" for label in published]
    tails += [" Monday 3 May", ", 5 March", " - 12", " am Montag", " kuya 3 Werurwe 2025"]
    return tails


@pytest.mark.parametrize("name", NAMES)
def test_tails_cut_as_the_whole_regexes(name: str) -> None:
    for tail in _tails():
        for text in (name + tail, (name + tail).upper(), name + tail.title()):
            assert byline_date_tails.without_date_tail(text) == byline_date_tails._date_tail().sub(
                "", text
            )
            assert byline_date_tails.without_calendar_tail(
                text
            ) == byline_date_tails._calendar_tail().sub("", text)
