"""The page's own texts that may open with a label, read once for every label scan.

Three scans look for elements whose own text opens with a label: tag and category lists
(``html``), byline and credit lines and dates after a publication label (``labelled_lines``). Each
ran its own regex over every own text of the page (a hundred or so), most of them prose. One
test of each text against all their labels at once keeps the few that may open with one;
each scan then tests those alone. A scan that matches a text has matched one of these labels
at its start, so it loses nothing: a scan reading a label of another list must add the list
to ``SCANNED_LABELS``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.lazy_regex import LazyPattern
from newsextract.page import ParsedPage
from newsextract.regex_words import first_characters, word_alternation

#: The label lists the scans of own texts open with: byline and credit lines (with the
#: byline labels a language reads on its own pages), tag and category lists, publication
#: and update dates.
SCANNED_LABELS = (
    LabelList.BYLINE,
    LabelList.BYLINE_IN_LANGUAGE,
    LabelList.CREDIT,
    LabelList.TAGS,
    LabelList.CATEGORIES,
    LabelList.PUBLISHED,
    LabelList.UPDATED,
)

OwnText = tuple[LexborNode, str, str | None]


def label_texts(page: ParsedPage) -> tuple[OwnText, ...]:
    """The entries of ``page.own_texts`` whose text may open with a label of
    ``SCANNED_LABELS`` (after any non-word characters, in any case), in page order; a long
    own text (not kept, see ``own_texts``) is always there."""
    return page.derived(_label_texts)


def _label_texts(page: ParsedPage) -> tuple[OwnText, ...]:
    # Each distinct text tested once: a table's cells repeat theirs ("X", "yes", a code; a
    # page of 6,200 own texts has 2,400 distinct), where the look-up costs a tenth of a test.
    verdicts: dict[str, bool] = {}
    kept: list[OwnText] = []
    for entry in page.own_texts:
        text = entry[2]
        if text is not None:
            opens = verdicts.get(text)
            if opens is None:
                opens = verdicts[text] = _opens(text)
            if not opens:
                continue
        kept.append(entry)
    return tuple(kept)


_Match = Callable[[str, int], "re.Match[str] | None"]
# The ``match`` of ``_labels_opening(char)`` by character (None: no label opens with it).
_matchers: dict[str, _Match | None] = {}
_UNKNOWN: _Match = re.compile("(?!)").match  # not yet looked up


def _matcher(char: str) -> _Match | None:
    """``_labels_opening(char)``'s ``match``, kept in ``_matchers`` (emptied past
    ``_KEPT_LETTERS`` characters, as the regexes' own cache is bounded)."""
    if len(_matchers) >= _KEPT_LETTERS:
        _matchers.clear()
    labels = _labels_opening(char)
    match = _matchers[char] = labels.match if labels is not None else None
    return match


# The first word character of a text: where a label opening with a word character starts.
_FIRST_WORD_CHAR = LazyPattern(r"\W*(\w)")


def _opens(text: str) -> bool:
    """Whether ``text`` opens with a label of any scanned list (after non-word characters),
    with no test of what follows: every scan's own regex asks for more, so a text it matches
    passes. The first word character picks the regex of the labels it can open (a few dozen
    of 1,300), built on the first text opening with it: a page pays for the letters it
    meets, not for every language's labels at once (50 ms)."""
    if not _labels_open_with_word_characters():
        return _any_label().match(text) is not None
    char = text[:1]
    start = 0
    if char.isspace():
        # A template's indentation ("\n    Tags:"): white space is no word character, and
        # ``lstrip`` passes over it in C, where the regex below stepped through it.
        start = len(text) - len(text.lstrip())
        char = text[start : start + 1]
    # Most texts open with a word character (what ``\w`` matches: ``isalnum`` or "_"),
    # told without the regex.
    if not (char.isalnum() or char == "_"):
        first = _FIRST_WORD_CHAR.match(text, start)
        if first is None:
            return False  # no word character, and every label opens with one
        char, start = first.group(1), first.start(1)
    # The regexes' ``match`` kept by character in a dict: a hundred texts a page, where a
    # cache look-up of ``_labels_opening`` costs as much as the test.
    match = _matchers.get(char, _UNKNOWN)
    if match is _UNKNOWN:
        match = _matcher(char)
    return match is not None and match(text, start) is not None


def label_letters() -> str:
    """The first letter of every scanned label, each once (306 today: what a warm-up loads)."""
    return "".join(_labels_by_first_letter())


def load_letters(letters: str) -> None:
    """Build the label regexes of ``letters`` now (a warm-up: the ASCII letters), so that the
    first page opening a text with one does not pay for it."""
    for letter in letters:
        _labels_opening(letter)


@functools.cache
def _any_label() -> re.Pattern[str]:
    """Every scanned label after any non-word characters: for label lists some label of
    which opens with another character (none today), where the first word character of a
    text need not be the label's first."""
    found = _scanned_words()
    return re.compile(r"^\W*" + first_characters(found) + word_alternation(found), re.I)


@functools.cache
def _labels_open_with_word_characters() -> bool:
    return all(re.match(r"\w", word) for word in _scanned_words())


# Characters whose labels are kept at hand: more than the letters of a few scripts; a page
# of every character there is rebuilds the look-up (30 µs), never the regexes.
_KEPT_LETTERS = 4096


@functools.lru_cache(maxsize=_KEPT_LETTERS)
def _labels_opening(char: str) -> re.Pattern[str] | None:
    """The regex of the labels whose first letter matches ``char`` in any case (as the
    scans' regexes compare it: "K" opens "kategorie", "\u017f" "source"), or None."""
    if _first_letters().match(char) is None:
        return None
    labels = [
        word for same, found in _labels_by_first_letter().values() if same(char) for word in found
    ]
    return _alternation_of(frozenset(labels)) if labels else None


@functools.cache
def _alternation_of(labels: frozenset[str]) -> re.Pattern[str]:
    """One regex for the letters that share their labels ("é" and "É")."""
    return re.compile(word_alternation(sorted(labels)), re.I)


@functools.cache
def _first_letters() -> re.Pattern[str]:
    """Any character that matches the first letter of a label in any case."""
    letters = "".join(re.escape(first) for first in sorted(_labels_by_first_letter()))
    return re.compile(f"[{letters}]", re.I)


_SameLetter = Callable[[str], re.Match[str] | None]


@functools.cache
def _labels_by_first_letter() -> dict[str, tuple[_SameLetter, tuple[str, ...]]]:
    """Each first letter of the labels, with its test for a character that matches it in
    any case and the labels it opens."""
    by_first: dict[str, list[str]] = {}
    for word in _scanned_words():
        by_first.setdefault(word[0], []).append(word)
    return {
        first: (re.compile(re.escape(first), re.I).fullmatch, tuple(found))
        for first, found in by_first.items()
    }


def _scanned_words() -> list[str]:
    return [word for kind in SCANNED_LABELS for word in words(kind)]
