"""What the scans of the visible text share: the elements read as blocks, a block's length, the
text that follows an element on its line, a candidate of the visible text."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate, Value
from newsextract.origin import Origin
from newsextract.text import clean_text

# A term in a definition list ("<dt>Autorin</dt><dd>Name</dd>") is a block like a table's
# cell: its value is the description after it (``labelled_lines._with_next``). A ``<font>``
# is the line of a table-layout page of before CSS ("<font size=1>Posted 03/04/2005</font>"),
# as a span is now.
BLOCKS = frozenset(
    {"p", "div", "span", "address", "li", "small", "em", "i", "strong", "b", "dd", "h4", "h5", "h6",
     "footer", "section", "td", "th", "dt", "font"}
)  # fmt: skip


# Capital letters a dateline's place opens with beyond Latin-1: Latin Extended-A (Turkish
# "İZMİR", Polish "ŁÓDŹ", Czech "ČESKÉ BUDĚJOVICE"; the block alternates cases, its small
# letters let in too), Greek and Cyrillic capitals ("ΑΘΗΝΑ", "МОСКВА").
CAPITALS = "\u0100-\u017f\u0391-\u03a9\u0400-\u042f"


MAX_BLOCK = 200

# A digit, without which a block's text holds no date written in figures.
DIGIT = LazyPattern(r"\d")


def cand(field: str, value: Value, detail: str) -> Candidate:
    return Candidate(field=field, value=value, origin=Origin.TEXT, detail=detail)


INLINE = frozenset({"span", "em", "i", "strong", "b", "small"})


def text_after(node: LexborNode) -> str:
    parts: list[str] = []
    sibling = node.next
    while sibling is not None and sibling.tag != "br":
        tag = sibling.tag or ""
        if tag.isalnum() and tag not in INLINE and tag != "a":
            if not "".join(parts).strip():  # the next element holds the name
                parts.append(sibling.text(deep=True, separator=" "))
            break
        if tag == "-text" or tag.isalnum():
            parts.append(sibling.text(deep=True, separator=" "))
        sibling = sibling.next
    return clean_text(" ".join(parts)).replace(" ,", ",")
