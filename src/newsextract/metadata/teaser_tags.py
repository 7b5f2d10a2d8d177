"""rel=tag links of other stories' teasers: a news theme prints each teaser's topics under
its headline's link (``<header><h2><a href=…>Headline</a></h2></header><footer><ul
class=tags>…``, a related-posts plugin's ``<a class=title>…</a><div class=tags>…``), as it
prints the article's own under its unlinked ``<h1>``. Every rel=tag link of the page taken
together made the site's topic list of the day (thirty tags for a story of four)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.hidden_elements import element_before
from newsextract.browser_urls import path_of

# Levels climbed from a tag list's box to the element whose previous sibling is read: the
# list (ul), its wrapper (div.tags), the teaser's footer after its header.
_CLIMB = 3
# Elements read before a list, or before a wrapper of it, for a headline: a teaser card's
# meta lines ("Plattform: …", "Release: …", "Genre: …") stand between its title and a list.
_SIBLINGS_READ = 3
# What holds a teaser's headline link when it stands right before the teaser's tags.
_TITLE_HOLDERS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "header"})


def own_tag_links(links: list[LexborNode], url: str | None) -> list[LexborNode]:
    """``links`` (the page's rel=tag links) without the lists that follow another page's
    headline link (a teaser's); all of them when every list does (no list is told the
    article's then)."""
    boxes: dict[int, LexborNode] = {}
    for link in links:
        box = _list_box(link)
        if box is not None:
            boxes.setdefault(box.mem_id, box)
    if len(boxes) < 2:
        return links
    own_path = path_of(url or "").rstrip("/")
    teasers = {key for key, box in boxes.items() if _after_teaser_title(box, own_path)}
    if not teasers or len(teasers) == len(boxes):
        return links
    kept = []
    for link in links:
        box = _list_box(link)
        if box is None or box.mem_id not in teasers:
            kept.append(link)
    return kept


def _list_box(link: LexborNode) -> LexborNode | None:
    """The element holding a tag link's list: the ``<ul>`` of its ``<li>``, else its parent."""
    parent = link.parent
    if parent is not None and parent.tag == "li":
        return parent.parent
    return parent


def _after_teaser_title(box: LexborNode, own_path: str) -> bool:
    """Whether the nearest headline or link before the list is another page's: read among
    the few elements before it (a card's other meta lines, "Release: 2023"), then before its
    wrappers, up to ``_CLIMB`` levels."""
    node: LexborNode | None = box
    for _ in range(_CLIMB):
        if node is None:
            return False
        before = element_before(node)
        for _ in range(_SIBLINGS_READ):
            if before is None:
                break
            if before.tag == "a" or before.tag in _TITLE_HOLDERS:
                return _links_elsewhere(before, own_path)
            before = element_before(before)
        node = node.parent
    return False


def _links_elsewhere(element: LexborNode, own_path: str) -> bool:
    """Whether ``element`` is (or, a heading or header, holds first) a link to another page
    than the article's own, and no tag's."""
    if element.tag == "a":
        anchor: LexborNode | None = element
    elif element.tag in _TITLE_HOLDERS:
        anchor = element.css_first("a[href]")
    else:
        return False
    if anchor is None or "tag" in (anchor.attrs.get("rel") or "").lower().split():
        return False
    href = (anchor.attrs.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")):
        return False
    target = path_of(href).rstrip("/")  # "" for "http://[::1", which splits to nothing
    # The article's own address may be an archive's copy of it ("/web/2024…/https://site/a/b"
    # of a link to "/a/b"): a target its path closes with is the article's.
    return bool(target) and not own_path.endswith(target)


__all__ = ["own_tag_links"]
