"""``in_other_item`` and ``in_sidebar`` answered for many elements of one page, each
ancestor's part of the answer read once.

Both climb up to 16 ancestors of an element, reading each one's attributes; the dated
elements of a list (an archive's 111 items, each ``li > a > time``) share every ancestor
above their item, and each climbed them all again. Here each ancestor's distance to the
nearest element that decides is kept by its ``mem_id``, so a later climb stops at the first
ancestor met before. The answers are the functions' own (``tests/test_speed_equivalence``).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.metadata.other_items import ANCESTORS_CHECKED, names_other_item
from newsextract.metadata.page_dates import SIDEBAR_DEPTH, named_sidebar

_FAR = 1 << 30  # no deciding element up to the root: farther than any climb reaches
_STOPS = ("body", "html")  # where both climbs end

# What ends the sidebar climb: a <nav> (its dates are other pages') or an <article> (a date
# line in the article's own "sidebar" column), or the body.
_NAV, _ARTICLE, _END = 0, 1, 2


class AncestorVerdicts:
    """Per page: for each element climbed, the levels up to the nearest element named as
    another item (comments, related posts: ``names_other_item``), and up to the first that
    ends the sidebar climb and to the nearest sidebar below it."""

    __slots__ = ("_ends", "_other", "_sidebars")

    def __init__(self) -> None:
        self._other: dict[int, int] = {}
        self._ends: dict[int, tuple[int, int]] = {}  # mem_id -> (levels, _NAV/_ARTICLE/_END)
        self._sidebars: dict[int, int] = {}  # mem_id -> levels to a sidebar below the end

    def in_other_item(self, node: LexborNode) -> bool:
        """``other_items.in_other_item(node)``."""
        known = self._other
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
            if attrs and names_other_item(attrs):
                levels = 0
                known[current.mem_id] = 0
                break
            path.append(current.mem_id)
            current = current.parent
        for mem_id in reversed(path):
            levels = min(_FAR, levels + 1)
            known[mem_id] = levels
        return known.get(node.mem_id, levels) < ANCESTORS_CHECKED

    def in_sidebar(self, node: LexborNode) -> bool:
        """``page_dates.in_sidebar(node)``: a <nav> within reach, or else a sidebar within
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
