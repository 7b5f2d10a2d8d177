"""A block's text as stored: invisible and control characters out, white space collapsed,
the walk's line breaks kept as lines, rule lines dropped, capped at ``MAX_BLOCK_CHARS``.
Kept apart because every block's text passes through it once, whatever element it came
from."""

from __future__ import annotations

from newsextract.text import drop_controls, drop_invisible

# A <br> inside a block: a line break kept in its text as "\n" (a poem's lines, an address,
# a bold lead-in above its paragraph); the source's own newlines are white space.
LINE_BREAK = "\u2028"


#: Characters of one block's text: two hundred times the longest paragraph of the dev pages
#: (5,263). A longer text (a page of one 50 MB paragraph) is cut here, before its words are
#: split apart: ten million of them took a gigabyte.
MAX_BLOCK_CHARS = 1_000_000


def clean_block_text(text: str) -> str:
    """A block's text as read: invisible characters out, runs of white space one space, the
    walk's line breaks kept as lines, capped at ``MAX_BLOCK_CHARS``."""
    text = text[:MAX_BLOCK_CHARS]
    # Most texts are clean already (nine table cells in ten: "", "X", a code; most
    # paragraphs, in any script): a printable text holds no invisible character (soft
    # hyphens, zero-width spaces are format characters), no line break and no white space
    # but the space (``str.isprintable`` refuses every other), so one without a space at
    # either end or two together is given back as it is (C tests, where the split and join
    # below built it again: a paragraph's curly apostrophe or accented letter once sent it
    # there).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    text = drop_invisible(text)
    if LINE_BREAK not in text:
        return _printable(" ".join(text.split()))
    lines = (_printable(" ".join(line.split())) for line in text.split(LINE_BREAK))
    kept = [line for line in lines if line]
    return "\n".join(line for at, line in enumerate(kept) if not (at and _is_rule_line(line)))


# A line of one block drawn of these alone is a rule setting two parts of the text apart (an
# agency's "___" above its closing note, "* * *", "———"): no word of the text. Only past the
# block's first line: one opening the block is a signature's delimiter (a forum's
# "__________________", mail's "--") that ``text_verdicts`` reads to drop the signature under it.
_RULE_CHARS = "_-‐–—―=~*•· "


# Rule characters a separator line holds at least: a lone dash on its line is a cell's "no
# value" or a list's mark, not a rule.
_RULE_LENGTH = 3


def _is_rule_line(line: str) -> bool:
    """Whether ``line`` (a block's, past its first) is a rule drawn across the text."""
    return len(line) >= _RULE_LENGTH and not line.strip(_RULE_CHARS)


def _printable(line: str) -> str:
    """``line`` (its white space cut to single spaces) without control characters: one C
    test for most lines, where a search of every block cost 0.06 ms a page."""
    return line if line.isprintable() else " ".join(drop_controls(line).split())
