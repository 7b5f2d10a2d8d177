"""A link's note for screen readers that it opens a new window or tab.

Sites add "(opens in a new window)", "(öffnet in neuem Fenster)", "(新しいウィンドウで開きます)"
after a link's words in a span their own CSS hides, under class names no list can know
("lnk-vh", "a11y-note"). The reader never sees it, and it splits the sentence it sits in. The
note's wording is language data (``link_notes``); it is cut only where it fills a pair of
brackets, as such notes are written, so a sentence that says a page opens in a new window
keeps its words.
"""

from __future__ import annotations

import functools
import re

import attrs

from newsextract.body.characters import WIDE
from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    TERM,
    Block,
)
from newsextract.label_lists import LabelList
from newsextract.labels import words

# Brackets hold the note alone, or after a word or two naming the link ("(PDF, opens in a
# new window)", "(external link, new tab)"): at most this many characters before it.
_NAMING_CHARS = 30

# The blocks a note is cut from: a table's cells and a code block are kept as written.
_NOTED = frozenset(
    {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        QUOTE,
        TERM,
        DEFINITION,
    }
)


@functools.cache
def _notes() -> tuple[str, ...]:
    """Every language's ``link_notes``, folded as ``_folded`` folds a bracket's text."""
    return tuple(sorted({_folded(note) for note in words(LabelList.LINK_NOTES)}, key=len))


@functools.cache
def _bracketed() -> re.Pattern[str]:
    """A pair of brackets short enough to hold a note and the words naming its link, with
    the space before it; ``_is_note`` then tests its text. (One regex of every language's
    notes, 250 of them, tried at each bracket cost 15 µs a bracket: 2.5 % of a page's
    instructions.)"""
    longest = max(map(len, _notes()), default=0) + _NAMING_CHARS + _SLACK
    return re.compile(rf"\s*[(\[（]([^()\[\]（）]{{1,{longest}}})[)\]）]")


# Room in a bracket for the white space and the full stop ``_folded`` drops.
_SLACK = 8
# What ends the words naming the link before its note ("PDF, opens in a new window").
_NAMING_ENDS = " ,:;–-"


def _folded(text: str) -> str:
    """``text`` compared as a note: case and runs of white space alike, either apostrophe,
    no full stop at its end ("(opens in a new window.)")."""
    return " ".join(text.replace("’", "'").split()).casefold().rstrip(". ")


def _is_note(inside: str) -> bool:
    """Whether a bracket's text is a note, alone or after at most ``_NAMING_CHARS`` of
    words naming the link and a space or a mark."""
    folded = _folded(inside)
    if not folded.endswith(_notes()):
        return False  # every note tested at once, in C: most brackets hold none
    for note in _notes():
        if folded.endswith(note):
            naming = folded[: len(folded) - len(note)]
            if not naming or (
                naming[-1] in _NAMING_ENDS and len(naming.rstrip(_NAMING_ENDS)) <= _NAMING_CHARS
            ):
                return True
    return False


def without_link_note(text: str) -> str:
    """``text`` without the bracketed notes that a link opens a new window or tab."""
    if "(" not in text and "[" not in text and "（" not in text:
        # No bracket (most blocks), each looked for alone by a C scan of the text: a set's
        # ``isdisjoint(text)`` hashed every character, thirteen times as long.
        return text
    return _bracketed().sub(_cut_note, text)


def _cut_note(found: re.Match[str]) -> str:
    return _gap(found) if _is_note(found.group(1)) else found.group(0)


def _gap(found: re.Match[str]) -> str:
    """What stands for a note cut: a space between two words it parted ("website(new
    window)today"), else nothing (the note's own space before it goes with it; a script
    written without spaces, "詳細（…）をご覧ください", gets none)."""
    after = found.string[found.end() : found.end() + 1]
    return " " if after.isalnum() and after < WIDE else ""


def without_link_notes(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks with their links' notes cut (``without_link_note``)."""
    out: list[Block] | None = None
    for at, block in enumerate(blocks):
        if block.kind not in _NOTED:
            continue
        text = without_link_note(block.text)
        if text != block.text:
            out = out if out is not None else list(blocks)
            out[at] = attrs.evolve(block, text=text)
    return tuple(out) if out is not None else blocks
