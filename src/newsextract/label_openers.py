"""A label regex split by the first character of the text it reads.

A regex of a few hundred labels of every language, asked whether one opens a text, is a
tree whose first level has a branch per first letter (a few hundred), and the regex engine
tries those branches one by one. A text's first character can open only the labels whose
first letter it matches in some case: ``FirstLetterOpeners`` keeps, for each character met,
the ``match`` of the regex of those labels alone (the same tree without the other branches,
so the same answer), or None when none opens with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

Opener = Callable[..., re.Match[str] | None]

# The mark of a character not yet looked up, as ``openers.get(char, UNKNOWN)`` returns it.
UNKNOWN: Opener = re.compile("(?!)").match
# Characters kept before the table is emptied: more than the letters of a few scripts, as
# the regexes' own cache is bounded.
_KEPT = 4096
# The shelves a character's first letters are looked for on (see ``firsts``): a few dozen
# letters each, for the few hundred of the label lists.
_SHELVES = 16


class FirstLetterOpeners:
    """The label regexes of a character's first letters, built on first use (or by ``build``)
    and kept by character in ``openers``: ``openers.get(char, UNKNOWN)``, then ``look_up``
    for a character not kept, is the caller's test of a text at that character."""

    __slots__ = (
        "_any_first",
        "_build",
        "_groups",
        "_letters",
        "_patterns",
        "_shelves",
        "_tests",
        "_words",
        "openers",
    )

    def __init__(
        self,
        label_words: Callable[[], Iterable[str]],
        build: Callable[[frozenset[str]], re.Pattern[str]],
        groups: int = 0,
    ) -> None:
        """``label_words`` gives the labels (their first letters are what a character is
        compared with); ``build`` the regex of the labels opening with a set of first letters
        (never empty), compiled once per set. With ``groups``, the first letters fall into
        that many groups (by their lower case's code point) and a character's regex is that
        of its letters' groups whole: fewer regexes to compile, each with a few more
        branches the character fails at once."""
        self._words = label_words
        self._build = build
        self._groups = groups
        self._letters: tuple[str, ...] | None = None
        self._any_first: Opener = UNKNOWN
        self._shelves: list[tuple[Opener, tuple[str, ...]]] = []
        self._tests: dict[str, Opener] = {}
        self._patterns: dict[frozenset[str], re.Pattern[str]] = {}
        self.openers: dict[str, Opener | None] = {}

    def _first_letters(self) -> tuple[str, ...]:
        """The labels' first letters, sorted, with the tables of ``look_up`` built."""
        if self._letters is None:
            found = list(self._words())
            if not all(found):  # an empty label would open every text
                raise ValueError("an empty label in the lists")
            letters = tuple(sorted({word[0] for word in found}))
            # One test of them all: a character most texts open with (a letter of a script
            # no label is written in) is told to open none in one call, not a few hundred.
            self._any_first = re.compile(
                "[" + "".join(map(re.escape, letters)) + "]", re.IGNORECASE
            ).fullmatch
            # And by shelves of first letters, each told by a class of its own: a character
            # is compared with the letters of the shelves whose class it matches (one or
            # two: a letter's cases share its shelf), not with all of them (a few hundred).
            shelves: dict[int, list[str]] = {}
            for first in letters:
                shelves.setdefault(ord(first.lower()[0]) % _SHELVES, []).append(first)
            self._shelves = [
                (
                    re.compile("[" + "".join(map(re.escape, shelf)) + "]", re.IGNORECASE).fullmatch,
                    tuple(shelf),
                )
                for _, shelf in sorted(shelves.items())
            ]
            self._letters = letters
        return self._letters

    def _test(self, first: str) -> Opener:
        """The test for a character that matches ``first`` in any case (as a regex under
        IGNORECASE compares it), compiled when a character on its shelf is first met: a
        process that extracts a page without the warm-up compiles a few, not 600."""
        test = self._tests.get(first)
        if test is None:
            test = self._tests[first] = re.compile(re.escape(first), re.IGNORECASE).fullmatch
        return test

    def firsts(self) -> dict[str, Opener]:
        """Each label's first letter, with its test for a character that matches it in any
        case."""
        return {first: self._test(first) for first in self._first_letters()}

    def look_up(self, char: str) -> Opener | None:
        """The ``match`` of the labels whose first letter ``char`` matches in any case, kept
        in ``openers``, or None when none does."""
        if len(self.openers) >= _KEPT:
            self.openers.clear()
        letters = self._first_letters()
        if not self._any_first(char):
            self.openers[char] = None
            return None
        same = frozenset(
            first
            for on_shelf, shelf in self._shelves
            if on_shelf(char)
            for first in shelf
            if self._test(first)(char)
        )
        if self._groups and same:
            grouped = {self._group(first) for first in same}
            same = frozenset(first for first in letters if self._group(first) in grouped)
        pattern = self._patterns.get(same) if same else None
        if same and pattern is None:
            pattern = self._patterns[same] = self._build(same)
        match = None if pattern is None else pattern.match
        self.openers[char] = match
        return match

    def _group(self, first: str) -> int:
        return ord(first.lower()[0]) % self._groups

    def build(self, chars: Collection[str] = (), *, cased: bool = True) -> None:
        """Look up ``chars``, and with ``cased`` the first letters in their cases: the
        characters most texts open with (a character met first on a page costs its look-up,
        0.1 ms, and the compilation of its regex where no other character has built it)."""
        found = {c for f in self._first_letters() for c in (f, f.lower(), f.upper(), f.title())}
        for char in found.union(chars) if cased else set(chars):
            if len(char) == 1 and (char.isalnum() or char == "_"):
                self.look_up(char)
