"""A process's first uses cost less to build, with every answer kept: the word groups of the
label regexes are built once per set of words and faster, a character's first letters are
looked for on shelves of them, and two regexes once compiled together are searched apart."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping
from typing import Any

from newsextract.body import label_gate
from newsextract.dateparser_words import calendar_words
from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.metadata import byline_date_tails, line_labels
from newsextract.regex_words import word_alternation


def _reference_alternation(found: Iterable[str]) -> str:
    """The group as ``word_alternation`` wrote it before (one call a tree node)."""
    tree: dict[str, Any] = {}
    for word in found:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: Mapping[str, Any]) -> str:
        longer = [
            (r"\s+" if char == " " else re.escape(char)) + branches(child)
            for char, child in sorted(node.items())
            if char != ""
        ]
        if not longer:
            return ""
        if len(longer) == 1:
            return longer[0] if "" not in node else f"(?:{longer[0]})?"
        group = "(?:" + "|".join(longer) + ")"
        return group + "?" if "" in node else group

    return "(?:" + branches(tree) + ")"


# An ASCII letter opening an alternative of the group's top level, as ``regex_words._opening``
# writes it: read back as the letter.
_OPENING = re.compile(r"\(\?-i:\[\^(?:\\x[0-9a-f]{2}-\\x[0-9a-f]{2})+\]\)\(\?<=([A-Za-z])\)")


def test_word_groups_are_written_as_before_whatever_the_order() -> None:
    sets = [list(words(kind)) for kind in LabelList]
    sets += [sorted(calendar_words()), ["a", "ab", "abc", "b"], ["x y", "x  z", "x"], [""], []]
    for found in sets:
        expected = _reference_alternation(found)
        assert _OPENING.sub(r"\1", word_alternation(found)) == expected
        assert word_alternation(reversed(found)) == word_alternation(found)
        assert word_alternation(iter(found)) == word_alternation(found)


def _characters() -> list[str]:
    sample = random.Random(23).sample(range(0x30000), 20_000)
    chars = {chr(cp) for cp in (*range(0x250), *sample) if not 0xD800 <= cp <= 0xDFFF}
    return sorted(chars | set("\u212aſıİßẞΣςΩÅǅ"))


def test_a_characters_first_letters_are_found_on_their_shelves() -> None:
    for openers in (line_labels._LABEL_STARTS, label_gate._OPENERS):
        firsts = openers.firsts()
        cases = {c for f in firsts for c in (f, f.lower(), f.upper(), f.title()) if len(c) == 1}
        for char in sorted(cases) + _characters():
            expected = {first for first, test in firsts.items() if test(char)}
            shelved = {
                first
                for on_shelf, shelf in openers._shelves
                if on_shelf(char)
                for first in shelf
                if firsts[first](char)
            }
            assert shelved == expected, (char, hex(ord(char)))


def _reference_without_calendar_tail(text: str) -> str:
    """``without_calendar_tail`` with both branches in one regex, as before."""
    if re.search(r"\d", text) is None:
        return byline_date_tails._calendar_tail_after_preposition().sub("", text)
    pattern = byline_date_tails._calendar_tail()
    found = pattern.search(text)
    while found is not None and not byline_date_tails._calendar_name_opens_date(text, found):
        found = pattern.search(text, found.start() + 1)
    return text if found is None else text[: found.start()]


def test_the_calendar_tail_is_cut_where_the_whole_regex_cut_it() -> None:
    calendar = sorted(calendar_words())[::41]
    prepositions = list(words(LabelList.DATE_WORDS))[::5]
    names = ["Jane Doe", "Mart Saar", "Di Maio", "Jan Roe", "Anna Roe\nDesk"]
    tails = [" Monday 3 May", ", 5. märts", " am Montag 3", " Jon Smith 12", " x 3", " 3"]
    tails += [f" {c} 3" for c in calendar] + [f" {c} Jane 3" for c in calendar]
    tails += [f" {c}, {c} 12" for c in calendar[::3]] + [f" {c}." for c in calendar[::5]]
    tails += [f" {p} {c} 2025" for p, c in zip(prepositions, calendar, strict=False)]
    tails += [f" {c} 4 {p} {c} 5" for p, c in zip(prepositions, calendar[::-1], strict=False)]
    checked = 0
    for name in names:
        for tail in tails:
            for text in (name + tail, (name + tail).upper(), f"{name} {tail} {tail}"):
                expected = _reference_without_calendar_tail(text)
                assert byline_date_tails.without_calendar_tail(text) == expected, text
                checked += expected != text
    assert checked > len(tails)  # most texts lose a tail
