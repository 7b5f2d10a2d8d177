"""The gate before the label tests: one look at a line's first letter says whether it may
open with a label of ``label_lines`` (most lines open with none, and skip ten searches), and
the warm-up's step that builds the gated tests so that no page pays for their compilation."""

from __future__ import annotations

import functools
import re
import string

from newsextract.body.label_lines import (
    byline_line,
    category_line,
    credit_line,
    disclosure_line,
    label_line,
    read_more_label,
    read_more_line,
    translation_note,
)
from newsextract.label_lists import LabelList
from newsextract.label_openers import UNKNOWN, FirstLetterOpeners
from newsextract.labels import alternation, starts_with, words
from newsextract.lazy_regex import LazyPattern
from newsextract.regex_words import word_alternation

# The label lists whose tests above read a label opening the line, each label followed by
# a mark, a space or the line's end (the byline's, the credit's, the ad label's, the
# read-more and share labels'): a line opening with none of them skips those tests.
_OPENING_LABELS = (
    LabelList.AD_LABELS, LabelList.WIDGETS, LabelList.READ_MORE, LabelList.CREDIT,
    LabelList.CONTRIBUTORS, LabelList.TAGS, LabelList.CATEGORIES, LabelList.PUBLISHED,
    LabelList.UPDATED, LabelList.BYLINE, LabelList.SHARE, LabelList.COMMENTS,
)  # fmt: skip


# The tests ``_opening_label`` gates (with ``starts_with`` of the share and comment labels).
_GATED_LABEL_TESTS = (
    translation_note, label_line, disclosure_line, read_more_line, credit_line,
    read_more_label, byline_line, category_line,
)  # fmt: skip


def build_gated_tests() -> None:
    """Build the tests ``_opening_label`` gates, and the gate, its regexes of the labels
    opening with each label's first letter (``_OPENERS``): what the warm-up runs so that
    no page pays for their compilation (75 ms, 40 of them the credit line's) when its line
    is the process's first to pass the gate."""
    for gated in _GATED_LABEL_TESTS:
        gated()
    starts_with(LabelList.SHARE, LabelList.COMMENTS)
    # The first letters in their cases, and the ASCII letters and digits: the characters
    # most lines open with.
    _OPENERS.build(string.ascii_letters + string.digits)


# What ``_opening_label`` reads before a label: the marks opening the line.
_LEADING_MARKS = LazyPattern(r"\W*")
# The rest of a "(c)" whose bracket closes those marks.
_C_CLOSED = LazyPattern(r"c\)", re.IGNORECASE)


def opens_with_label(text: str) -> bool:
    """``_opening_label().match(text) is not None``, without that regex (26,800 characters,
    60 ms to compile). Every label and note opens with a word character (``\\w``: what
    ``isalnum`` or "_" is; ``_opening_words`` makes sure), so past the marks opening the
    line the labels can match only at the first word character, and only those whose first
    letter is that character in some case: its regex of those labels alone (``_OPENERS``),
    where the whole gate tries the branches of a few hundred first letters one by one
    (2.4-4.9 µs a line). Among the marks, only the other alternatives can: a "©", or a
    "(c)" whose bracket is the last of them."""
    start = 0
    char = text[:1]
    if not (char.isalnum() or char == "_"):
        marks = _LEADING_MARKS.match(text)
        assert marks is not None  # it matches the empty string
        start = marks.end()
        if "©" in marks.group() or (
            text[start - 1 : start] == "(" and _C_CLOSED.match(text, start) is not None
        ):
            return True
        char = text[start : start + 1]
        if not char:
            return False
    match = _OPENERS.openers.get(char, UNKNOWN)
    if match is UNKNOWN:
        match = _OPENERS.look_up(char)
    return match is not None and match(text, start) is not None


def _opening_words() -> list[str]:
    """The gate's labels and translation notes ("copyright" among them), each opening with a
    word character (what ``opens_with_label`` relies on)."""
    found = [w for kind in (*_OPENING_LABELS, LabelList.TRANSLATION_NOTES) for w in words(kind)]
    found.append("copyright")
    if not all(w[:1].isalnum() or w[:1] == "_" for w in found):
        raise ValueError("a label or translation note opening with a mark")
    return found


@functools.cache
def _opening_words_by_first() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The gate's labels, and its notes with "copyright", by their first letter."""
    labels: dict[str, list[str]] = {}
    notes: dict[str, list[str]] = {}
    for word in (w for kind in _OPENING_LABELS for w in words(kind)):
        labels.setdefault(word[0], []).append(word)
    for word in (*words(LabelList.TRANSLATION_NOTES), "copyright"):
        notes.setdefault(word[0], []).append(word)
    return labels, notes


def _opener_of(firsts: frozenset[str]) -> re.Pattern[str]:
    """The gate's regex of the labels and notes opening with ``firsts``, with their endings
    (shared by the characters that open the same ones: "p" and "P")."""
    by_first, notes_by_first = _opening_words_by_first()
    labels = [w for first in firsts for w in by_first.get(first, ())]
    notes = [w for first in firsts for w in notes_by_first.get(first, ())]
    branches = [rf"{word_alternation(labels)}(?![^\W_])"] if labels else []
    branches += [word_alternation(notes)] if notes else []
    return re.compile("|".join(branches), re.IGNORECASE)


# The gate's regex of a line's first character.
_OPENERS = FirstLetterOpeners(_opening_words, _opener_of)


@functools.cache
def _opening_label() -> re.Pattern[str]:
    """Whether a line may open with a label of ``_OPENING_LABELS`` (or a translation note's
    opening, or a copyright sign): what every label test of ``is_furniture_line`` needs
    first, in one search of their labels' tree, so that most lines (which open with none)
    skip ten searches. It matches every line one of those tests matches, and more (a label
    followed by a mark a test does not take). The tests it gates are built on first use, by
    the first line that passes it, or by the warm-up (``build_gated_tests``): a process that
    extracts a page without the warm-up pays for them (130 ms, 55 of them the credit
    line's) only when one of its lines opens with a label. ``opens_with_label`` answers
    as it does without compiling it: this is the gate's definition, which tests hold it to."""
    labels = alternation(*_OPENING_LABELS)
    notes = alternation(LabelList.TRANSLATION_NOTES)
    return re.compile(rf"^\W*(?:{labels}(?![^\W_])|{notes}|copyright|©|\(c\))", re.IGNORECASE)
