"""A live blog's stream of entries set outside the box of its intro: the page declares its
entries (a ``LiveBlogPosting``'s ``liveBlogUpdate`` headlines), and the box holding them
joins the body's region when the region holds none of them."""

from __future__ import annotations

from newsextract.body.model import HEADING, PARAGRAPH
from newsextract.body.region_record import Region
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import Walk
from newsextract.jsonld import JsonLdGraph
from newsextract.text import compare_key

# The fewest declared headlines found outside the region for their box to be the stream: one
# could be a teaser of the newest entry in a box of the site's ("Latest: ...").
_STREAM_HEADLINES = 2


def live_headlines(graph: JsonLdGraph) -> frozenset[str]:
    """The keys (``compare_key``) of the headlines a ``LiveBlogPosting`` gives its entries."""
    keys: set[str] = set()
    for node in graph.of_type("LiveBlogPosting"):
        updates = node.get("liveBlogUpdate")
        for update in updates if isinstance(updates, list) else [updates]:
            headline = update.get("headline") if isinstance(update, dict) else None
            if isinstance(headline, str) and (key := compare_key(headline)):
                keys.add(key)
    return frozenset(keys)


def add_live_stream(walked: Walk, sums: Tally, region: Region, headlines: frozenset[str]) -> None:
    """The box holding a live blog's entries joins ``region`` when the region holds none of
    the entries' declared headlines and the page holds ``_STREAM_HEADLINES`` or more of them
    outside it (a script's mount point after the ``<article>`` that holds the headline and
    the intro): the entries are the page's text, as they are when the stream sits in the
    article. The box is the smallest container holding every headline found; it joins only
    when it holds no part of the region (a box around both is the page, not the stream)."""
    found = [
        block.container
        for block in walked.blocks
        if block.kind in (HEADING, PARAGRAPH) and compare_key(block.text) in headlines
    ]
    if any(region.holds(container) for container in found):
        return
    if len(found) < _STREAM_HEADLINES:
        return
    parent = walked.containers.parent
    box = found[0]
    for container in found[1:]:
        above = _chain(parent, box)
        while container not in above:
            container = parent[container]
        box = container
    end = sums.end[box]
    if any(box <= start <= end for start, _ in region.ranges) or region.holds(box):
        return
    region.ranges.append((box, end))
    region.seal()


def _chain(parent: list[int], index: int) -> set[int]:
    """``index`` and every container above it."""
    out: set[int] = set()
    while index >= 0:
        out.add(index)
        index = parent[index]
    return out
