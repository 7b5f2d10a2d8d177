"""The byline inside a post's meta line that no byline label opens: after a publication
label and its date ("Posted on March 3, 2025 by Jane Roe"), after a credited source
("来源：河谷日报　作者：王丽"), or after a mark ("28 November 2026 · By Rahayu Widodo").

Blog themes and portals print the byline as one part of such a line; the part is found here,
so that the byline's reading (``labelled_byline``) gets it alone.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.dates import find_text_dates
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.labelled_byline import MAX_BYLINE
from newsextract.metadata.line_labels import label_kind
from newsextract.text import clean_text


def byline_after_date(node: LexborNode, language: str | None) -> str | None:
    """The byline after a publication label and its date in one line, as blog themes print
    their post meta ("Posted on March 3, 2025 by Jane Roe", "Veröffentlicht am 3. März 2025
    von Anna Berger", "Publié le 3 mars 2025 par Camille Moreau")."""
    text = clean_text(node.text(deep=True, separator=" "))
    if len(text) > MAX_DATE_AND_BYLINE:
        return None
    found = next(find_text_dates(text), None)
    at = text.find(found.span) if found is not None else -1
    if found is None or at < 0:
        return None
    rest = text[at + len(found.span) :].lstrip(_BETWEEN_DATE_AND_BYLINE)
    return rest if label_kind(rest, language) == "byline" else None


# Where a credit line's next part starts: a mark between spaces, an ideographic space, or a
# space before a Han or kana character (Chinese and Japanese portals set their labels apart
# so: "来源：新华网 作者：王丽"); a space alone between Latin words joins a source's name.
# Compiled at its first search (a credit line: one dev page in twenty): its kana and Han set
# is 28,000 characters the regex compiler walks in Python, 1.4 ms of the import.
_CREDIT_PART_GAP = LazyPattern(r"\s[·|•/]\s|\u3000+|\s+(?=[\u3040-\u30ff\u3400-\u9fff])")
# What such a gap leaves at the source's end.
CREDIT_PART_MARKS = " ·|•/\u3000"


def byline_after_credit(line: str, language: str | None) -> str | None:
    """The byline after a credit label's source in one line, as portals print a copied
    story's line ("来源：河谷日报　作者：王丽", "Quelle: dpa | Von Anna Berg"): the first later
    part a byline label opens, to the line's end (the byline's reading cuts what follows)."""
    if len(line) > MAX_DATE_AND_BYLINE:
        return None
    for gap in _CREDIT_PART_GAP.finditer(line):
        rest = line[gap.end() :]
        if label_kind(rest, language) == "byline":
            return rest
    return None


def byline_after_mark(node: LexborNode, opening: str, language: str | None) -> str | None:
    """The byline after a mark in a post's meta line, where no label opens the line ("28
    November 2026 · By Rahayu Widodo", "Wire | By Jane Roe | 3 March"): the part a byline
    label opens, up to the next mark. Read only when a later part of the block's own text
    opens with a label."""
    parts = _MARKS.split(opening)
    if len(opening) > MAX_DATE_AND_BYLINE or not any(
        label_kind(part.lstrip(), language) == "byline" for part in parts[1:]
    ):
        return None
    # split before cleaning, which makes an ideographic space a space
    for part in _MARKS.split(node.text(deep=True, separator=" "))[1:]:
        part = clean_text(part)
        if label_kind(part, language) == "byline":
            return part
    return None


# The marks post-meta lines print between their parts (a date, a byline, a section), and
# the ideographic space Chinese and Japanese ones set there instead ("2024-03-05 10:20　来源：
# 江城日报　作者：张伟": their labels open no word a space would part).
_MARKS = LazyPattern(r"\s[·|•]\s|\u3000+")
# A publication label, its date and a byline: no longer than a byline and a date line.
MAX_DATE_AND_BYLINE = 2 * MAX_BYLINE
_BETWEEN_DATE_AND_BYLINE = " ,·|•-–—"  # the marks themes print between the date and the byline
