"""The nearest ancestor of a tag within a few levels: a box's role is told by what holds it
close (a poll's option in its form, a teaser's lead in its link, a headline in its header),
and a reach keeps the walk short and the element far above out."""

from __future__ import annotations

from selectolax.lexbor import LexborNode


def near_ancestor(node: LexborNode, tag: str, reach: int) -> LexborNode | None:
    """The first element above ``node`` tagged ``tag``, at most ``reach`` levels up."""
    current = node.parent
    for _ in range(reach):
        if current is None:
            return None
        if current.tag == tag:
            return current
        current = current.parent
    return None


def within_tags(node: LexborNode | None, tags: frozenset[str], reach: int) -> bool:
    """Whether ``node`` or one of the ``reach - 1`` elements above it is tagged one of
    ``tags``: a text's own element counts, as a caption or a footer may hold its text bare."""
    current: LexborNode | None = node
    for _ in range(reach):
        if current is None:
            return False
        if current.tag in tags:
            return True
        current = current.parent
    return False


__all__ = ["near_ancestor", "within_tags"]
