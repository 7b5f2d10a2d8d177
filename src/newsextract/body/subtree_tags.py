"""What an element holds below it, read in one walk of its subtree rather than a CSS query:
whether it holds one of some tags, its elements with their tags for the questions asked of
it after (``Tagged``), and whether it holds one text only. Kept apart because every reader
of an element asks these first, and a big subtree's answer comes from one query
(``Holders``)."""

from __future__ import annotations

import functools

from selectolax.lexbor import LexborNode

# The elements below an element with their tags, in document order, read once for the
# questions a walk asks of it (``elements_below``): which tags it holds, its links' words.
Tagged = list[tuple[LexborNode, str]]


# Elements ``holds_any`` tests one by one in Python: more than the subtree of any inline
# element of the dev pages holds (a link or a <span> holds a few); past them the answer comes
# from ``Holders``, so that a hostile chain of 45,000 nested <b> costs no walk per level.
_WALKED_BELOW = 64


def elements_below(
    node: LexborNode, tags: frozenset[str], holders: Holders
) -> tuple[bool, Tagged | None]:
    """``holds_any`` of ``node`` and ``tags``, and the elements below it with their tags when
    they were all read to answer (None at the first of ``tags`` or past ``_WALKED_BELOW``):
    a paragraph's later questions (``inline_parts``, ``link_chars``) read them from the
    list, not from a walk of their own (each node read makes a node object)."""
    below = node.traverse()
    next(below)  # the node itself
    found: Tagged = []
    for seen, element in enumerate(below):
        tag = element.tag or ""
        if tag in tags:
            return True, None
        if seen == _WALKED_BELOW:
            return holders.holds(node, tags), None
        found.append((element, tag))
    return False, found


def holds_any(node: LexborNode, tags: frozenset[str], holders: Holders) -> bool:
    """Whether an element below ``node`` has one of ``tags``: a walk of the (small) subtree
    testing each tag in a set costs a quarter of a CSS query, which parses its selector."""
    below = node.traverse()
    next(below)  # the node itself
    for seen, element in enumerate(below):
        if element.tag in tags:
            return True
        if seen == _WALKED_BELOW:
            return holders.holds(node, tags)
    return False


class Holders:
    """The elements of a walked subtree that hold one of some tags, found for the whole
    subtree at once (one query, then each found element's ancestors) the first time a big
    subtree is asked about: a walk of each big subtree would make deep nesting quadratic."""

    def __init__(self) -> None:
        self.root: LexborNode | None = None  # the walk's
        self.found: dict[frozenset[str], set[int]] = {}

    def holds(self, node: LexborNode, tags: frozenset[str]) -> bool:
        holders = self.found.get(tags)
        if holders is None:
            holders = self.found[tags] = set()
            for element in self.root.css(_selector_of(tags)) if self.root else ():
                parent = element.parent
                while parent is not None and parent.mem_id not in holders:
                    holders.add(parent.mem_id)
                    parent = parent.parent
        return node.mem_id in holders


@functools.cache
def _selector_of(tags: frozenset[str]) -> str:
    return ", ".join(sorted(tags))


def inline_text_only(node: LexborNode) -> bool:
    """Whether ``node`` holds nothing but one text node (or nothing): the common case of
    ``<a>``, ``<span>`` and ``<p>``, answered without a CSS query."""
    child = node.child
    return child is None or (child.next is None and child.tag == "-text")
