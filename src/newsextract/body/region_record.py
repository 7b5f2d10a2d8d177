"""The region's record and what the parts widening it share: the subtrees and loose blocks
taken (``Region``), where the page's headlines sit, a container's children, and the two
bars every sibling is measured by.

Apart from ``region.py``, which climbs from the best container, because the parts weighing
what lies beside the text (``region_data``, ``region_lines``, ``post_templates``) and the
cleanup read the record too, without the climb.
"""

from __future__ import annotations

import bisect

from newsextract.body.model import HEADING
from newsextract.body.other_stories import outside, within
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import Walk

# A sibling joins when it holds this much prose mass: about one sentence-like paragraph (a
# block's value starts at 1 and grows by 1 per 100 characters). A floor relative to what
# the region holds (15% of it) was dropped: it cost the varied pages of the trafilatura set
# 0.0043 on half A and 0.0029 on half B, for 0.0008 on news (benchmarks/ablate_body.py).
MIN_SIBLING_MASS = 2.5
# A sibling this linked is a link list (related stories, a menu), not a part of the text.
SIBLING_MAX_DENSITY = 0.35


class Region:
    """Container subtrees taken whole (pre-order ranges) and loose blocks taken one by one.

    ``top`` is the container the ranges hang from: a boilerplate name above it (a page-wide
    ``main-with-sidebar``) does not count against the blocks inside.

    A plain class, not an attrs one: a working record of one page's walk that nothing
    compares, copies or prints, whose generated methods attrs compiled at every import.
    """

    def __init__(
        self, *, top: int, ranges: list[tuple[int, int]], own_words: frozenset[str] = frozenset()
    ) -> None:
        self.top = top
        self.ranges = ranges
        self.loose: set[int] = set()
        # (tag, class) of the containers from the best one up to ``top``: a template that
        # wraps the article's own text, so its other instances (one wrapper per paragraph,
        # named ``article-widget``) are article text too, whatever the name says.
        self.trusted: set[tuple[str, str]] = set()
        # The boilerplate words the best container's own name carries ("ad" of a
        # classified's "ad-description"): on this page they name the article, so they mark
        # no furniture.
        self.own_words = own_words
        # The <article>s joined as entries beside the story's own (``region._add_entries``): posts
        # of one thread, read whole however short (a reply is no teaser card).
        self.entries: set[int] = set()
        self._starts: list[int] = []

    def seal(self) -> None:
        """Merge the ranges into sorted disjoint ones so ``holds`` is a binary search
        (a page of 100,000 sibling blocks must not make the region test quadratic)."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self.ranges):
            if merged and start <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.ranges = merged
        self._starts = [start for start, _ in merged]

    def mass(self, sums: Tally) -> float:
        """The prose mass of the ranges: a sealed range can span sibling subtrees, each of
        whose mass counts (its first container's mass is only the first subtree's)."""
        total = 0.0
        for start, stop in self.ranges:
            index = start
            while index <= stop:
                total += sums.mass[index]
                index = sums.end[index] + 1
        return total

    def holds(self, container: int) -> bool:
        at = bisect.bisect_right(self._starts, container) - 1
        return at >= 0 and container <= self.ranges[at][1]

    def cut(self, walked: Walk, ranges: list[tuple[int, int]]) -> None:
        """Take the subtrees of ``ranges`` (disjoint, in page order) out of the region, with
        the loose blocks and entries in them: other stories the climb or the entries took in
        (``other_stories``)."""
        kept: list[tuple[int, int]] = []
        for start, stop in self.ranges:
            for cut_start, cut_stop in ranges:
                if cut_stop < start or cut_start > stop:
                    continue
                if cut_start > start:
                    kept.append((start, cut_start - 1))
                start = cut_stop + 1
                if start > stop:
                    break
            if start <= stop:
                kept.append((start, stop))
        self.ranges = kept
        self.seal()
        blocks = walked.blocks
        starts, stops = outside(ranges)
        self.loose = {at for at in self.loose if not within(starts, stops, blocks[at].container)}
        self.entries = {index for index in self.entries if not within(starts, stops, index)}


class Headlines:
    """Where the page's ``<h1>`` headings are (or its headings of any level), to ask whether
    a container holds one."""

    def __init__(self, walked: Walk, sums: Tally, *, any_level: bool = False) -> None:
        self.end = sums.end
        self.at = sorted(
            block.container
            for block in walked.blocks
            if block.kind is HEADING and (any_level or block.level == 1)
        )

    def within(self, container: int) -> bool:
        """Whether the subtree of ``container`` holds an ``<h1>``."""
        first = bisect.bisect_left(self.at, container)
        return first < len(self.at) and self.at[first] <= self.end[container]


def children_of(walked: Walk, sums: Tally, parent: int) -> list[int]:
    out = []
    index = parent + 1
    while index <= sums.end[parent]:
        out.append(index)
        index = sums.end[index] + 1
    return out
