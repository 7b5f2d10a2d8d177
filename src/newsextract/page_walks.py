"""The loops of ``ParsedPage``'s views over the page's elements, in a module of their own so
that the compiled build compiles them (``hatch_build.COMPILED``) while ``page.py`` stays
Python: mypyc reads its ``functools.cached_property`` views as plain properties (each view
computed again at every read), and the views written as slots cost the pure build more."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from selectolax.lexbor import LexborNode


def own_texts(
    body: LexborNode, tags: Mapping[int, str], kept: int
) -> tuple[tuple[LexborNode, str, str | None], ...]:
    """``(element, tag, own text)`` of the elements below ``body`` (itself included) whose
    lexbor tag id ``tags`` names and that have text of their own, in page order; an own
    text longer than ``kept`` characters is None."""
    found = []
    # One walk testing each tag in a set costs less than a 21-selector query.
    for node in body.traverse():
        tag = tags.get(node.tag_id)
        if tag is not None:
            own = node.text(deep=False)
            if own and not own.isspace():
                found.append((node, tag, own if len(own) <= kept else None))
    return tuple(found)


def by_tag(
    nodes: Iterable[LexborNode],
    tags: Mapping[int, str],
    names: Iterable[str],
    stand_ins: Mapping[str, str] | None = None,
) -> dict[str, list[LexborNode]]:
    """``nodes`` filed by tag (``tags``: the tag of each lexbor tag id, the others read off
    the node and filed under the tag ``stand_ins`` gives them, if any), a list for each of
    ``names`` even when empty, in page order."""
    found: dict[str, list[LexborNode]] = {name: [] for name in names}
    for node in nodes:
        tag = tags.get(node.tag_id)
        if tag is None:
            tag = node.tag or ""
            if stand_ins:
                tag = stand_ins.get(tag, tag)
        found.setdefault(tag, []).append(node)
    return found


def class_and_id_values(
    with_class: Iterable[LexborNode], with_id: Iterable[LexborNode]
) -> tuple[set[str], set[str]]:
    """The distinct ``class`` values of ``with_class``, and the distinct ``id`` values of
    ``with_id``."""
    # Each attribute read alone: a missing one costs more to ask for than a query.
    return {node.attrs["class"] or "" for node in with_class}, {node.id or "" for node in with_id}
