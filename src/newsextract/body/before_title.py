"""Boxes titled before the page's title: a hero slider's slides or a banner's heading and
line set in the region above the article's ``<h1>``, which no text of the article precedes
(its sections follow its title)."""

from __future__ import annotations

from newsextract.body.model import HEADING
from newsextract.body.reasons import BEFORE_TITLE, FURNITURE_LINE, PAGE_TITLE, Judged
from newsextract.body.walk_records import Walk

# The headings that title a box before the page's title: a kept one, or one dropped as a
# furniture line (a read-more label, "Lees ook", "ਇਹ ਵੀ ਪੜ੍ਹੋ", over the site's box).
_TITLE_REASONS = frozenset({None, FURNITURE_LINE})


def without_titled_boxes_before_title(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with the kept blocks from the first kept heading before the page's
    one title heading up to it dropped, when they lie outside the title's own wrappers (a
    kicker beside the ``<h1>`` in its header is judged as before) and the kept text after
    the title outweighs them: a slide's title and line ("Our terraces are open") is the
    page builder's, not a section of the text that starts below. A page of two or more
    ``<h1>``s titles its sections by them and is left alone. A box's heading dropped as a
    furniture line titles it all the same: a "Read also" label over a column of briefs
    marks the box as the site's more surely than a kept heading does."""
    title = -1
    for at, (_, reason) in enumerate(candidates):
        if reason == PAGE_TITLE:
            if title >= 0:
                return candidates
            title = at
    if title <= 0:
        return candidates
    parent = walked.containers.parent
    wrappers: set[int] = set()
    box = candidates[title][0].container
    while box >= 0:
        wrappers.add(box)
        box = parent[box]
    first = next(
        (
            at
            for at in range(title)
            if candidates[at][1] in _TITLE_REASONS
            and candidates[at][0].kind is HEADING
            and candidates[at][0].container not in wrappers
        ),
        -1,
    )
    if first < 0:
        return candidates
    before = [
        at
        for at in range(first, title)
        if candidates[at][1] is None and candidates[at][0].container not in wrappers
    ]
    after = sum(len(block.text) for block, reason in candidates[title + 1 :] if reason is None)
    if after <= sum(len(candidates[at][0].text) for at in before):
        return candidates
    out = list(candidates)
    for at in before:
        out[at] = (out[at][0], BEFORE_TITLE)
    return out
