"""The lead a page's description gives cut short, given whole by the body's paragraph it
begins.

Without a standfirst, the lead comes from a description, and many sites fill that with the
first paragraph's opening words cut to a length ("… und bestimmt ko…", WordPress's "[…]"). A
reader of the lead wants the sentence, not its stump, and the body holds the paragraph whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsextract.body.model import Block, BlockKind
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.standfirst import STANDFIRST_CHARS
from newsextract.origin import Origin
from newsextract.text import compare_key

#: The candidate's detail: its provenance reads "body:paragraph-whole".
DETAIL = "paragraph-whole"

# The marks a length limit leaves: an ellipsis, three dots, WordPress's bracketed "[…]".
_CUT_MARKS = ("[…]", "[...]", "…", "...")
# The body's opening blocks searched: the description cuts the first paragraph, after which a
# heading or a dateline line may come first in the body.
_OPENING_BLOCKS = 3
# A cut this short could begin many paragraphs ("Die Polizei …"): a match would be chance.
_MIN_CUT_CHARS = 40
# A standfirst's length at most: a longer paragraph is the article's text itself, its opening
# words a fair lead as they are.
_MAX_LEAD_CHARS = STANDFIRST_CHARS[1]


def whole_lead(lead: Candidate | None, blocks: Sequence[Block]) -> Candidate | None:
    """A lead candidate holding the whole paragraph that ``lead``, a description cut short,
    begins; None when the lead is whole, read from the markup, or begins no paragraph."""
    if lead is None or lead.origin in (Origin.HTML, Origin.RULE) or not isinstance(lead.value, str):
        return None
    stem = _stem(lead.value)
    if stem is None:
        return None
    for start, block in enumerate(blocks[:_OPENING_BLOCKS]):
        if _is_paragraph(block) and stem.startswith(compare_key(block.text)[: len(stem)]):
            whole = _paragraphs_holding(stem, blocks[start:])
            if whole is None:
                return None
            return Candidate(
                field=ArticleField.LEAD, value=whole, origin=Origin.BODY, detail=DETAIL
            )
    return None


def _paragraphs_holding(stem: str, blocks: Sequence[Block]) -> str | None:
    """The text of the paragraphs from the first of ``blocks`` on that the cut text ``stem``
    runs through, whole ("Para one. Para tw…" gives both paragraphs); None when a block that
    is no paragraph, or the length of a standfirst, comes first."""
    texts: list[str] = []
    for block in blocks:
        if not _is_paragraph(block):
            return None
        texts.append(block.text)
        joined = " ".join(texts)
        if len(joined) > _MAX_LEAD_CHARS:
            return None
        key = compare_key(joined)
        if len(key) > len(stem) and key.startswith(stem):
            return joined
        if not stem.startswith(key):
            return None  # the cut text goes on otherwise than the next paragraph
    return None


def _is_paragraph(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and not block.caption


def _stem(text: str) -> str | None:
    """The comparison key of ``text`` before its cut mark, or None when it has none or is
    too short to begin one paragraph only."""
    stripped = text.rstrip()
    for mark in _CUT_MARKS:
        if stripped.endswith(mark):
            stem = compare_key(stripped[: -len(mark)])
            return stem if len(stem) >= _MIN_CUT_CHARS else None
    return None
