"""A closing pointer: a heading-type line after the text's wrapper, linking away from the
page ("Learn to build fast images: read the rest of the <a>packaging guide</a>."), the
author's call to the rest of a guide, a course or a product, set apart after the text
(between rules). The region takes the headings set loose in the wrappers it climbs (a
section's heading between two wrappers of the text), and a heading of prose length is kept
as text set in heading type (``finish``); one after the text's wrapper, with nothing under
it, is no section's and no text's. The region's own closing line joins only without a link
(``region_lines.closing_line``); this holds the heading to the same.

Not a paragraph: a text's last paragraph, pushed out of its wrapper or written loose after
a list in a wrapper of its own, links its sources as often as a pointer does (a blog's "My
own app is entered too: votes welcome"), and nothing in its words tells them apart."""

from __future__ import annotations

from newsextract.body.model import HEADING
from newsextract.body.reasons import CLOSING_POINTER, Judged
from newsextract.body.walk_records import Walk

# A pointer is one sentence or two: a longer heading is a block of text set in heading type.
_POINTER_CHARS = 300


def without_closing_pointer(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """Drop the last kept block when it is a heading with a link (at most ``_POINTER_CHARS``)
    set in a container that holds the wrapper of the kept block before it and no other kept
    block of its own: a line after the text's wrapper, not in it. (A heading closing the
    text inside its wrapper sits beside the text's paragraphs.)"""
    last = next((at for at in range(len(candidates) - 1, -1, -1) if candidates[at][1] is None), -1)
    if last < 0:
        return candidates
    block = candidates[last][0]
    if block.kind is not HEADING or not block.links or len(block.text) > _POINTER_CHARS:
        return candidates
    before = [candidates[at][0].container for at in range(last) if candidates[at][1] is None]
    if not before or block.container in before:
        return candidates
    parent = walked.containers.parent
    index = parent[before[-1]]
    while index >= 0 and index != block.container:
        index = parent[index]
    if index < 0:
        return candidates
    out = list(candidates)
    out[last] = (block, CLOSING_POINTER)
    return out
