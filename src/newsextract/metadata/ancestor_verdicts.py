"""``in_other_item``, ``in_related_list``, ``in_sidebar`` and the comment boxes around an
element answered for many elements of one page, each ancestor's part of the answer read once.

Each climbs up to 16 ancestors of an element, reading each one's attributes; the dated
elements of a list (an archive's 111 items, each ``li > a > time``) share every ancestor
above their item, and each climbed them all again. Here each ancestor's distance to the
nearest element that decides is kept by its ``mem_id``, so a later climb stops at the first
ancestor met before. The answers are the functions' own (``tests/test_speed_equivalence``).
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborNode

from newsextract.metadata.element_places import SIDEBAR_DEPTH, named_sidebar
from newsextract.metadata.other_items import (
    ANCESTORS_CHECKED,
    names_comments,
    names_other_item,
    names_related_list,
)
from newsextract.page import ParsedPage

_FAR = 1 << 30  # no deciding element up to the root: farther than any climb reaches
_STOPS = ("body", "html")  # where both climbs end

# What ends the sidebar climb: a <nav> (its dates are other pages') or an <article> (a date
# line in the article's own "sidebar" column), or the body.
_NAV, _ARTICLE, _END = 0, 1, 2


class AncestorVerdicts:
    """Per page: for each element climbed, the levels up to the nearest element named as
    another item (comments, related posts: ``names_other_item``) and as a related list, up
    to the first that ends the sidebar climb and to the nearest sidebar below it, and the
    comment boxes within reach (one ``page_verdicts`` a page serves the page search's
    steps; ``visible_dates.text_date`` keeps its own)."""

    __slots__ = ("_comments", "_ends", "_other", "_related", "_sidebars")

    def __init__(self) -> None:
        self._other: dict[int, int] = {}  # mem_id -> levels to the nearest other item
        self._related: dict[int, int] = {}  # mem_id -> levels to the nearest related list
        self._ends: dict[int, tuple[int, int]] = {}  # mem_id -> (levels, _NAV/_ARTICLE/_END)
        self._sidebars: dict[int, int] = {}  # mem_id -> levels to a sidebar below the end
        # mem_id -> the boxes named as comments within reach, nearest first, with their levels
        self._comments: dict[int, tuple[tuple[int, LexborNode], ...]] = {}

    def in_other_item(self, node: LexborNode) -> bool:
        """``other_items.in_other_item(node)``."""
        return _named_within_reach(node, names_other_item, self._other)

    def in_related_list(self, node: LexborNode) -> bool:
        """``other_items.in_related_list(node)``."""
        return _named_within_reach(node, names_related_list, self._related)

    def in_sidebar(self, node: LexborNode) -> bool:
        """``element_places.in_sidebar(node)``: a <nav> within reach, or else a sidebar within
        reach below an ``<article>`` that is not within it."""
        ends, sidebars = self._ends, self._sidebars
        path: list[tuple[int, bool]] = []
        current: LexborNode | None = node
        end = (0, _END)  # None above the root ends the climb as the body does
        sidebar = _FAR
        while current is not None:
            mem_id = current.mem_id
            found = ends.get(mem_id)
            if found is not None:
                end, sidebar = found, sidebars[mem_id]
                break
            tag = current.tag
            if tag in _STOPS or tag == "nav" or tag == "article":
                end = (0, _NAV if tag == "nav" else _ARTICLE if tag == "article" else _END)
                ends[mem_id], sidebars[mem_id] = end, _FAR
                break
            path.append((mem_id, tag == "aside" or named_sidebar(current)))
            current = current.parent
        for mem_id, named in reversed(path):
            end = (min(_FAR, end[0] + 1), end[1])
            sidebar = 0 if named else min(_FAR, sidebar + 1)
            ends[mem_id], sidebars[mem_id] = end, sidebar
        levels, kind = ends.get(node.mem_id, end)
        if levels < SIDEBAR_DEPTH and kind != _END:
            return kind == _NAV
        return sidebars.get(node.mem_id, sidebar) < SIDEBAR_DEPTH

    def comment_boxes(self, node: LexborNode) -> tuple[LexborNode, ...]:
        """The elements named as readers' comments (``names_comments``) among ``node`` and
        its ancestors up to ``ANCESTORS_CHECKED`` below the ``<body>``, the outermost first:
        the boxes ``element_places.in_comments_after_text`` measures (a thread's hundreds of
        dated elements share every box above their comment)."""
        known = self._comments
        path: list[tuple[int, LexborNode | None]] = []
        current: LexborNode | None = node
        above: tuple[tuple[int, LexborNode], ...] = ()
        while current is not None:
            mem_id = current.mem_id
            found = known.get(mem_id)
            if found is not None:
                above = found
                break
            if current.tag in _STOPS:
                known[mem_id] = ()
                break
            attrs = current.attributes
            path.append((mem_id, current if attrs and names_comments(attrs) else None))
            current = current.parent
        for mem_id, box in reversed(path):
            above = tuple((levels + 1, b) for levels, b in above if levels + 1 < ANCESTORS_CHECKED)
            if box is not None:
                above = ((0, box), *above)
            known[mem_id] = above
        return tuple(box for _, box in reversed(above))


def _named_within_reach(
    node: LexborNode, named: Callable[[dict[str, str | None]], bool], known: dict[int, int]
) -> bool:
    """Whether ``node`` or one of its ancestors up to ``ANCESTORS_CHECKED`` below the
    ``<body>`` has attributes that ``named`` accepts (``other_items._in_container_named``),
    each climbed element's levels to the nearest such one kept in ``known``."""
    path: list[int] = []
    current: LexborNode | None = node
    levels = _FAR
    while current is not None:
        found = known.get(current.mem_id)
        if found is not None:
            levels = found
            break
        if current.tag in _STOPS:
            known[current.mem_id] = _FAR
            break
        attrs = current.attributes
        if attrs and named(attrs):
            levels = 0
            known[current.mem_id] = 0
            break
        path.append(current.mem_id)
        current = current.parent
    for mem_id in reversed(path):
        levels = min(_FAR, levels + 1)
        known[mem_id] = levels
    return known.get(node.mem_id, levels) < ANCESTORS_CHECKED


def page_verdicts(page: ParsedPage) -> AncestorVerdicts:
    """The page's one ``AncestorVerdicts``, shared by the page search's steps."""
    return page.derived(_new_verdicts)


def _new_verdicts(page: ParsedPage) -> AncestorVerdicts:
    return AncestorVerdicts()
