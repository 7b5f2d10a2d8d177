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
from newsextract.body.model import Block, BlockKind
from newsextract.labels import LabelList, words

# Brackets hold the note alone, or after a word or two naming the link ("(PDF, opens in a
# new window)", "(external link, new tab)"): at most this many characters before it.
_NAMING_CHARS = 30

# The blocks a note is cut from: a table's cells and a code block are kept as written.
_NOTED = frozenset(
    {
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.LIST_ITEM,
        BlockKind.QUOTE,
        BlockKind.TERM,
        BlockKind.DEFINITION,
    }
)
_OPENERS = frozenset("([（")


@functools.cache
def _link_note() -> re.Pattern[str]:
    """A bracketed note of any language's ``link_notes``, with the space before it."""
    # Longest first; a space matches any run of white space, an apostrophe either form.
    notes = "|".join(
        re.escape(note).replace(r"\ ", r"\s+").replace("'", "['’]")
        for note in words(LabelList.LINK_NOTES)
    )
    return re.compile(
        rf"\s*[(\[（]\s*(?:[^()\[\]（）]{{0,{_NAMING_CHARS}}}?[\s,:;–-]\s*)?(?:{notes})"
        r"\s*\.?\s*[)\]）]",
        re.IGNORECASE,
    )


def without_link_note(text: str) -> str:
    """``text`` without the bracketed notes that a link opens a new window or tab."""
    if _OPENERS.isdisjoint(text):
        return text  # no bracket: most blocks
    return _link_note().sub(_gap, text)


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
