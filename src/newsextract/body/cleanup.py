"""Inside the article region, keep the text blocks and drop the furniture.

Dropped: blocks under a boilerplate-named container (share bars, related lists, author
boxes) below the region's top, link-dense blocks, ad labels / read-more / byline / credit
lines, the page title, repeated blocks, and headings left without a paragraph under them.
"""

from __future__ import annotations

import logging

from newsextract.body.blocks import RawBlock, Walk
from newsextract.body.model import Block, BlockKind
from newsextract.body.patterns import is_furniture_line
from newsextract.body.region import Region
from newsextract.body.scoring import Tally

logger = logging.getLogger(__name__)

_MISNOMER_SHARE = 0.4
_LONG_PARAGRAPH = 100
_PROSE_MASS = 8.0
_PROSE_LINKS = 0.15
_MAX_LINK_DENSITY = {"precision": 0.3, "balanced": 0.5, "recall": 0.7}


def select_blocks(walked: Walk, sums: Tally, region: Region, favor: str) -> list[Block]:
    """The kept blocks of the region, in page order."""
    max_density = _MAX_LINK_DENSITY.get(favor, 0.5)
    floor = sum(sums.mass[start] for start, _ in region.ranges) * _MISNOMER_SHARE
    candidates: list[tuple[RawBlock, bool]] = []
    for index, block in enumerate(walked.blocks):
        if not (region.holds(block.container) or index in region.loose):
            continue
        keep = not _under_furniture(walked, sums, region, block.container, floor)
        keep = keep and _is_text(block, max_density)
        candidates.append((block, keep))
    return _finish(candidates)


def _under_furniture(
    walked: Walk, sums: Tally, region: Region, container: int, floor: float
) -> bool:
    """Whether a boilerplate-named container between the region's top and the block holds it.

    A boilerplate name on a container that holds much of the prose is a misnomer (a body
    wrapped in ``article__teaser``) and is looked through.
    """
    cont = walked.containers
    bad = cont.bad[container]
    while bad > region.top and region.holds(bad):
        if cont.hint[bad] < -1 or not _looks_like_prose(sums, bad, floor):
            return True
        up = cont.parent[bad]
        bad = cont.bad[up] if up >= 0 else -1
    return False


def _looks_like_prose(sums: Tally, index: int, floor: float) -> bool:
    """Whether a container's content outweighs its name: much of the region's prose, or
    several paragraphs with few links (a ``paywalled`` or ``hasBanners`` body wrapper)."""
    mass = sums.mass[index]
    if mass >= floor:
        return True
    total = sums.text[index]
    return mass >= _PROSE_MASS and total > 0 and sums.links[index] / total < _PROSE_LINKS


def _is_text(block: RawBlock, max_density: float) -> bool:
    text = block.text
    if block.kind is BlockKind.HEADING:
        return block.level > 1 and len(text) <= 300 and not is_furniture_line(text)
    # A long paragraph is prose even when most of its words are inline links.
    linked_prose = block.tag == "p" and len(text) >= _LONG_PARAGRAPH and block.links < len(text)
    if block.links and block.links / len(text) > max_density and not linked_prose:
        return False
    return not is_furniture_line(text)


def _finish(candidates: list[tuple[RawBlock, bool]]) -> list[Block]:
    """Drop duplicates and headings whose next candidate was dropped."""
    out: list[Block] = []
    seen: set[str] = set()
    for position, (block, keep) in enumerate(candidates):
        if not keep or block.text in seen:
            continue
        if block.kind is BlockKind.HEADING and not _followed_by_text(candidates, position):
            continue
        seen.add(block.text)
        out.append(Block(kind=block.kind, text=block.text, level=block.level))
    return out


def _followed_by_text(candidates: list[tuple[RawBlock, bool]], position: int) -> bool:
    for block, keep in candidates[position + 1 : position + 3]:
        if block.kind is BlockKind.HEADING:
            continue
        return keep
    return False
