"""Which container holds the article: paragraph scores propagated to ancestors.

Each block with sentence-like text gives its container a score, and a decaying share to the
ancestors above it (readability's idea); scores are damped by the container's link density
and scaled by its class/id hint. The best container is then widened to siblings that carry
article text too (a body split by ad slots, a lead kept in a separate div).
"""

from __future__ import annotations

import logging

import attrs

from newsextract.body.blocks import RawBlock, Walk
from newsextract.body.model import BlockKind

logger = logging.getLogger(__name__)

_MIN_TEXT = 25
_HINT_FACTOR = {3: 1.6, 2: 1.35, 1: 1.1, 0: 1.0, -1: 0.4}
_PROPAGATE = (1.0, 0.5, 0.2, 0.1, 0.05)


def block_value(block: RawBlock) -> float:
    """How much a block looks like article prose: long, few links, some punctuation."""
    if block.kind is BlockKind.HEADING or block.kind is BlockKind.TABLE_ROW:
        return 0.0
    length = len(block.text)
    if length < _MIN_TEXT:
        return 0.0
    density = block.links / length
    if density > 0.4:
        return 0.0
    value = 1.0 + min(length, 500) / 100 + min(block.text.count(", "), 3) * 0.2
    if block.tag == "p":
        value *= 1.2
    return value * (1.0 - density)


@attrs.define
class Tally:
    """Per-container sums over the subtree: text chars, link chars, pre-order end index."""

    text: list[int]
    links: list[int]
    end: list[int]
    score: list[float]


def tally(walked: Walk) -> Tally:
    """Bottom-up sums in one pass each way (containers are in pre-order, parents first)."""
    cont = walked.containers
    n = len(cont.parent)
    text, links, score = [0] * n, [0] * n, [0.0] * n
    end = list(range(n))
    for block in walked.blocks:
        text[block.container] += len(block.text)
        links[block.container] += block.links
        value = block_value(block)
        if value:
            _propagate(cont.parent, score, block.container, value)
    parent = cont.parent
    for index in range(n - 1, 0, -1):
        up = parent[index]
        if up >= 0:
            text[up] += text[index]
            links[up] += links[index]
            if end[index] > end[up]:
                end[up] = end[index]
    return Tally(text=text, links=links, end=end, score=score)


def _propagate(parent: list[int], score: list[float], index: int, value: float) -> None:
    for share in _PROPAGATE:
        if index < 0:
            return
        score[index] += value * share
        index = parent[index]


def best_container(walked: Walk, sums: Tally) -> int:
    """Index of the container with the best damped score, or -1 when no prose was found."""
    cont = walked.containers
    best, best_score = -1, 0.0
    for index, raw in enumerate(sums.score):
        if raw <= 0.0:
            continue
        total = sums.text[index]
        density = sums.links[index] / total if total else 0.0
        final = raw * (1.0 - density) * _HINT_FACTOR.get(cont.hint[index], 1.0)
        if final > best_score:
            best, best_score = index, final
    return best
