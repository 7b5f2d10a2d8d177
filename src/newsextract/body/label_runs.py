"""A run of "label: items" lines kept whole: a list of regions and the towns of each, of teams
and their players, each line a paragraph of one template. A site that links its topic words
links a line's every item (a town's topic page), and a short line of them reads as a link
list; set between kept lines of its run, it is one of the run's entries."""

from __future__ import annotations

import re

from newsextract.body.linked_lists import LEAD_IN_COLONS
from newsextract.body.model import BlockKind
from newsextract.body.reasons import LINK_LIST, Judged, kept_at
from newsextract.body.region import signature
from newsextract.body.walk_records import RawBlock, Walk

# A line's label before its colon: a name's length at most ("Northern Province", "福岡県");
# a longer opening is a sentence leading into something.
_LABEL = 30
# Lines a run holds at least: a line kept on each side of a dropped one.
_RUN = 3
# An item of the line: a name's length at most ("Hallow Bay", "熊本市南区"). A line whose
# item is a headline ("Read: Ferry to keep its winter runs after the vote") points to
# another story, as each line of a run of them does.
_ITEM = 30
# What parts a line's items: commas (Latin, full-width, ideographic), semicolons, slashes.
_ITEM_SEPARATORS = re.compile(r"[,，、;；/]")


def with_linked_label_lines(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with a linked "label: items" line kept when a kept line of its run
    stands before it and another after it (``_RUN``), all of one template."""
    rescued: list[int] = []
    start = 0
    while start < len(candidates):
        end = start
        template = _label_line_template(walked, candidates[start][0])
        if template is not None:
            end = start + 1
            while (
                end < len(candidates)
                and _label_line_template(walked, candidates[end][0]) == template
            ):
                end += 1
            if end - start >= _RUN:
                rescued.extend(_sandwiched(candidates, start, end))
        start = max(end, start + 1)
    return kept_at(candidates, rescued)


def _sandwiched(candidates: list[Judged], start: int, end: int) -> list[int]:
    """The linked lines of the run ``start:end`` with a kept line before and after them."""
    kept = [at for at in range(start, end) if candidates[at][1] is None]
    if len(kept) < 2:
        return []
    return [
        at for at in range(kept[0] + 1, kept[-1]) if (candidates[at][1] or "").startswith(LINK_LIST)
    ]


def _label_line_template(walked: Walk, block: RawBlock) -> tuple[str, str] | None:
    """The template of a paragraph that is a "label: items" line, ``None`` for any other."""
    if block.kind is not BlockKind.PARAGRAPH or block.tag != "p":
        return None
    text = block.text.strip()
    colon = min((at for at in map(text.find, LEAD_IN_COLONS) if at > 0), default=-1)
    if colon < 0 or colon > _LABEL:
        return None
    items = [item.strip() for item in _ITEM_SEPARATORS.split(text[colon + 1 :])]
    if not any(items) or max(len(item) for item in items) > _ITEM:
        return None
    return signature(walked, block.container)
