"""A run of "label: items" lines kept whole: a list of regions and the towns of each, of teams
and their players, each line a paragraph of one template. A site that links its topic words
links a line's every item (a town's topic page), and a short line of them reads as a link
list; set between kept lines of its run, it is one of the run's entries."""

from __future__ import annotations

import re

from newsextract.body.linked_lists import LEAD_IN_COLONS
from newsextract.body.model import PARAGRAPH
from newsextract.body.post_templates import signature
from newsextract.body.reasons import LINK_LIST, Judged, kept_at
from newsextract.body.walk_records import RawBlock, Walk

# A line's label before its colon: a name's length at most ("Northern Province", "福岡県");
# a longer opening is a sentence leading into something.
_LABEL = 30
# Lines looked at on each side of a dropped line for a kept line of its run: a run's few
# linked lines sit between kept ones (a page of a thousand linked "Tags:" lines is not
# scanned back and forth for each).
_REACH = 8
# An item of the line: a name's length at most ("Hallow Bay", "熊本市南区"). A line whose
# item is a headline ("Read: Ferry to keep its winter runs after the vote") points to
# another story, as each line of a run of them does.
_ITEM = 30
# What parts a line's items: commas (Latin, full-width, ideographic), semicolons, slashes.
_ITEM_SEPARATORS = re.compile(r"[,，、;；/]")


def with_linked_label_lines(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with a linked "label: items" line kept when a kept line of its run
    stands before it and another after it (within ``_REACH``), all of one template."""
    rescued: list[int] = []
    for position, (block, reason) in enumerate(candidates):
        if reason is None or not reason.startswith(LINK_LIST):
            continue
        template = _label_line_template(walked, block)
        if template is None:
            continue
        before = range(position - 1, max(-1, position - 1 - _REACH), -1)
        after = range(position + 1, min(len(candidates), position + 1 + _REACH))
        if _kept_in_run(walked, candidates, before, template) and _kept_in_run(
            walked, candidates, after, template
        ):
            rescued.append(position)
    return kept_at(candidates, rescued)


def _kept_in_run(
    walked: Walk, candidates: list[Judged], positions: range, template: tuple[str, str]
) -> bool:
    """Whether a kept line of the run comes at ``positions`` before the run ends."""
    for at in positions:
        block, reason = candidates[at]
        if _label_line_template(walked, block) != template:
            return False
        if reason is None:
            return True
    return False


def _label_line_template(walked: Walk, block: RawBlock) -> tuple[str, str] | None:
    """The template of a paragraph that is a "label: items" line, ``None`` for any other."""
    if block.kind is not PARAGRAPH or block.tag != "p":
        return None
    text = block.text.strip()
    head = text[: _LABEL + 1]
    colon = min((at for at in map(head.find, LEAD_IN_COLONS) if at > 0), default=-1)
    if colon < 0 or colon > _LABEL:
        return None
    items = [item.strip() for item in _ITEM_SEPARATORS.split(text[colon + 1 :])]
    if not any(items) or max(len(item) for item in items) > _ITEM:
        return None
    return signature(walked, block.container)
