"""The breadcrumb trail the page shows ("Home › Politics › Budget vote"): the sections above
the article, read as its categories when no source names them and the page's JSON-LD has
no ``BreadcrumbList``.

Content systems and themes in every language name the trail's box in English ("breadcrumb",
"breadcrumbs", Bootstrap's "breadcrumb-item"), so the class or id finds it; its links are
the path. A trail no class names is found by its screen-reader label, ``<nav
aria-label="breadcrumb">`` (any case) or the trail's name in a language ("Fil d'Ariane",
"migas de pan", the language files' ``breadcrumb_labels``). The first item is the home page
(a word or an icon), which resolution drops, as it drops a last item that is the article's
own title.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newsextract.labels import breadcrumb_labels
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import Evidence
from newsextract.metadata.url import is_date_archive
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# The word a trail's class or id holds, in the page's class names and ids (lower case).
_WORD = "breadcrumb"
# The elements so named; the trail itself is the first list or navigation element among them,
# a box around it (with share buttons or the headline beside it) only when there is none.
_BOX = f"[class*={_WORD} i], [id*={_WORD} i]"
_TRAIL_TAGS = frozenset({"nav", "ol", "ul"})
# More links than this in a trail is a menu, not a path: sites nest four or five levels at
# most, with the home page and the article's own link beside them.
MAX_CRUMBS = 8
# Links in a trail with the sub-menus some themes nest under its crumbs: a few dozen at
# most; a box named "breadcrumb" holding more is a site map, not read further.
MAX_LINKS_WITH_MENUS = 60
# A crumb is a section's name; a longer link text is a headline (the article's own).
MAX_CRUMB_CHARS = 60
# What themes print between or inside the crumbs ("/ Presserom", "News ›").
_SEPARATORS = " /|›»>·:→"
_LISTS = frozenset({"ul", "ol"})


def trail_links(page: ParsedPage) -> list[LexborNode]:
    """The links of the page's breadcrumb trail, outside the menus nested under its crumbs;
    none when the page shows no trail."""
    trail = _named_trail(page) or _labelled_trail(page)
    return [] if trail is None else _top_level_links(trail)


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    links = trail_links(page)
    if len(links) < 2 or len(links) > MAX_CRUMBS:
        return  # the home page and a section at least
    # The first crumb is the home page (a word or an icon), which resolution leaves out.
    # A crumb linking a date archive is a step of the calendar, not a section.
    links = [links[0], *(a for a in links[1:] if not is_date_archive(a.attributes.get("href")))]
    if len(links) < 2:
        return  # a trail of the calendar alone
    names = [clean_text(link.text(deep=True)).strip(_SEPARATORS) for link in links]
    if any(len(name) > MAX_CRUMB_CHARS for name in names[1:-1]):
        return
    yield Candidate(
        field=Evidence.BREADCRUMBS, value=tuple(names), origin=Origin.HTML, detail="breadcrumb"
    )


def _named_trail(page: ParsedPage) -> LexborNode | None:
    if _WORD not in page.names:  # no class or id names a trail: no query of the tree
        return None
    named = page.tree.css(_BOX)  # one query; the trail's own list or nav element first
    return next((node for node in named if node.tag in _TRAIL_TAGS), named[0] if named else None)


# What a label holds around the trail's name ("Breadcrumbs:", "Vous êtes ici :").
_LABEL_STRIP = " :\u00a0"


def _labelled_trail(page: ParsedPage) -> LexborNode | None:
    """The first ``<nav>`` (else ``<ol>``) whose ``aria-label`` names a breadcrumb trail: the
    English word in any case ("Breadcrumb", "breadcrumb navigation") or a language's name
    for it, the whole label ("Fil d'Ariane")."""
    boxes = page.labelled_boxes
    if not boxes:
        return None
    known = breadcrumb_labels()
    for box in boxes:
        label = (box.attributes.get("aria-label") or "").strip(_LABEL_STRIP).lower()
        if _WORD in label or label in known:
            return box
    return None


def _top_level_links(trail: LexborNode) -> list[LexborNode]:
    """The trail's links outside the menus some themes nest under a crumb (a section's
    other pages, shown on hover): those in the fewest lists below the trail."""
    links = trail.css("a[href]")
    if not links or len(links) > MAX_LINKS_WITH_MENUS:
        return []
    depths = [(_lists_between(link, trail), link) for link in links]
    top = min(depth for depth, _ in depths)
    return [link for depth, link in depths if depth == top]


def _lists_between(link: LexborNode, trail: LexborNode) -> int:
    count, node = 0, link.parent
    while node is not None and node.mem_id != trail.mem_id:
        count += node.tag in _LISTS
        node = node.parent
    return count
