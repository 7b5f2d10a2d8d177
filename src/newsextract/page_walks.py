"""The loops of ``ParsedPage``'s views over the page's elements, in a module of their own so
that the compiled build compiles them (``hatch_build.COMPILED``) while ``page.py`` stays
Python: mypyc reads its ``functools.cached_property`` views as plain properties (each view
computed again at every read), and the views written as slots cost the pure build more."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from selectolax.lexbor import LexborNode

from newsextract.name_lists import ascii_lower


def views_and_own_texts(
    root: LexborNode | None,
    body: LexborNode | None,
    views: Mapping[int, tuple[str, str | None]],
    own: Mapping[int, str],
    kept: int,
) -> tuple[dict[str, list[LexborNode]], tuple[tuple[LexborNode, str, str | None], ...]]:
    """The elements of ``root`` that ``views`` names, by the tag each is filed under, and
    ``own_texts`` of ``body``: one walk of the tree for both.

    ``views``: the filed tag and the attribute an element needs (or None) of each lexbor
    tag id (an ld+json ``<script>`` needs its ``type``'s value too: ``LD_JSON``); its
    elements are those a query of them finds, in page order. The ``<script>`` elements of
    another type (or none) are filed under ``OTHER_SCRIPTS``: a script state's reader
    (``script_state_dates``) reads them, and a query of every ``<script>`` besides cost
    more than filing those the walk meets anyway. A walk ``own_texts`` makes
    anyway costs less than a query of the view's selectors besides it."""
    found: dict[str, list[LexborNode]] = {filed: [] for filed, _ in views.values()}
    others: list[LexborNode] = []
    found[OTHER_SCRIPTS] = others
    texts: list[tuple[LexborNode, str, str | None]] = []
    if root is None:
        return found, ()
    body_id = body.mem_id if body is not None else -1
    for part in root.iter():
        if part.mem_id != body_id:  # <head>: view elements alone (the parser moves the rest)
            for node in part.traverse():
                view = views.get(node.tag_id)
                if view is not None:
                    if _in_view(node, view):
                        found[view[0]].append(node)
                    elif view[1] == "type":
                        others.append(node)
            continue
        for node in part.traverse():
            tag_id = node.tag_id
            tag = own.get(tag_id)
            if tag is not None:
                text = node.text(deep=False)
                if text and not text.isspace():
                    texts.append((node, tag, text if len(text) <= kept else None))
                continue
            view = views.get(tag_id)
            if view is not None:
                if _in_view(node, view):
                    found[view[0]].append(node)
                elif view[1] == "type":
                    others.append(node)
    return found, tuple(texts)


def outside_fallbacks(
    found: dict[str, list[LexborNode]],
    fallbacks: list[LexborNode],
    views: Mapping[int, tuple[str, str | None]],
) -> dict[str, list[LexborNode]]:
    """``found`` (``views_and_own_texts``) without the elements inside ``fallbacks``
    (``<noscript>`` elements). One that ends its parent may be a ``</noscript>`` the parser
    ignored (``<noscript><div></noscript>``: the open ``<div>`` makes it hold the rest of
    the page), so its elements stand in for each kind the page has none of outside. As it
    is when they hold no view's element (a tracking pixel's ``<img>``, most pages' case)."""
    closed: set[int] = set()
    open_ended: set[int] = set()
    for box in fallbacks:
        box_id = box.mem_id
        held = [
            node_id
            for node in box.traverse()
            if (node_id := node.mem_id) != box_id and node.tag_id in views
        ]
        if held:  # asked only then: most hold no view's element
            (open_ended if _ends_its_parent(box) else closed).update(held)
    if not closed and not open_ended:
        return found
    for tag, nodes in found.items():
        if not nodes:
            continue
        kept = [node for node in nodes if node.mem_id not in closed]
        outside = [node for node in kept if node.mem_id not in open_ended]
        found[tag] = outside or kept
    return found


def _ends_its_parent(node: LexborNode) -> bool:
    """Whether nothing shown follows ``node`` in its parent: scripts, comments and white
    space may (a page's closing analytics scripts after the ``<noscript>`` held it all)."""
    after = node.next
    while after is not None:
        tag = after.tag
        if tag == "-text":
            if (after.text_content or "").strip():
                return False
        elif tag not in _UNSHOWN_AFTER:
            return False
        after = after.next
    return True


_UNSHOWN_AFTER = frozenset({"-comment", "script", "style", "noscript", "template", "link", "meta"})


# Where ``views_and_own_texts`` files the ``<script>`` elements not of JSON-LD (a key no
# tag's name can be).
OTHER_SCRIPTS = "script:other"

# The ``type`` of a ``<script>`` of JSON-LD, as ``[type="application/ld+json" i]`` reads it:
# the whole value, its ASCII letters in any case.
LD_JSON = "application/ld+json"


def _in_view(node: LexborNode, view: tuple[str, str | None]) -> bool:
    """Whether ``node``, of a view's tag, has the attribute the view needs
    (``views_and_own_texts``)."""
    needed = view[1]
    if needed is None:
        return True
    attrs = node.attrs
    if needed != "type":
        return needed in attrs
    value = attrs.get("type")
    return value is not None and len(value) == len(LD_JSON) and ascii_lower(value) == LD_JSON


def class_and_id_values(
    with_class: Iterable[LexborNode], with_id: Iterable[LexborNode]
) -> tuple[set[str], set[str]]:
    """The distinct ``class`` values of ``with_class``, and the distinct ``id`` values of
    ``with_id``."""
    # Each attribute read alone: a missing one costs more to ask for than a query.
    return {node.attrs["class"] or "" for node in with_class}, {node.id or "" for node in with_id}
