"""Where an element stands on the page, as the date searches ask it: in the site's sidebar or
a navigation, among readers' comments after the article's text, in a review, before or after
the page's headline. A date found there is another page's, a reader's or another item's, not
the article's: the page search (``page_dates``), the written dates (``visible_dates``) and the
markup dates (``html``) all pass such dates over by these tests, so they live apart from any
one search."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.other_items import may_name_comments, names_comments, story_item
from newsextract.metadata.site_header import within
from newsextract.name_lists import ascii_lower, html_tokens
from newsextract.page import ParsedPage

if TYPE_CHECKING:
    from newsextract.metadata.ancestor_verdicts import AncestorVerdicts


# A site's sidebar: an <aside> outside the article (one inside it may hold the article's own
# date line), or a container a class token or id names as the sidebar ("sidebar",
# "sidebar_right", "side-bar"). The dates there are other stories'. Not a layout's part
# named after it ("sidebar__main", the column beside the sidebar: BEM's "__"), nor a
# "widget" (Blogger sets the post itself in "widget Blog").
_SIDEBAR_NAMES = LazyPattern(r"^(?:sidebar|side-bar)(?:$|-|_(?!_))", re.I)
# Elements outside the article that hold other pages' links: the sidebar, and a navigation
# (a menu, the previous and next posts with their days). ARIA's role "complementary" names
# a sidebar too (WordPress themes' "<div id=secondary class=widget-area role=complementary>").
SIDEBAR_TAGS = ("aside", "nav")
_SIDEBAR_WORD = LazyPattern("side", re.IGNORECASE)  # in every name _SIDEBAR_NAMES matches
# Levels climbed from a date to find its sidebar, and the <article> that may hold that (a
# date line set in the article's own "sidebar" column): sidebars nest deep too (aside >
# section > ul > li > a > strong > span).
SIDEBAR_DEPTH = 16


def in_sidebar(node: LexborNode) -> bool:
    """True when ``node`` is in the site's sidebar (``_SIDEBAR_NAMES``), outside any
    ``<article>``, or in a ``<nav>``."""
    current: LexborNode | None = node
    sidebar = False
    for _ in range(SIDEBAR_DEPTH):
        if current is None:
            break
        tag = current.tag  # read once: each read decodes the element's name anew
        if tag in ("body", "html"):
            break
        if tag == "nav":
            return True  # a navigation's dates are other pages', in the article too
        if tag == "article":
            return False
        sidebar = sidebar or tag == "aside" or named_sidebar(current)
        current = current.parent
    return sidebar


def named_sidebar(node: LexborNode) -> bool:
    """Whether ``node``'s role, class or id names it a sidebar; not a column so named that
    holds the page's ``<h1>``: some layouts number their columns "sidebar-1" (the story's,
    headline, date line and text) and "sidebar-2" (the real sidebar)."""
    attrs = node.attributes
    if attrs.get("role") == "complementary":
        return True
    for key in ("class", "id"):
        names = attrs.get(key)
        if (
            names
            and _may_name_sidebar(names)
            and any(_SIDEBAR_NAMES.match(token) for token in names.split())
        ):
            return node.css_first("h1") is None
    return False


def _may_name_sidebar(names: str) -> bool:
    """Whether ``names`` holds "side" in any case: an ASCII name lowered and tested by ``in``
    (0.3 µs, where the case-blind search took 1.4-2.4); outside ASCII a case-blind match may
    pair other letters ("ſ" and "s")."""
    if names.isascii():
        return "side" in names.lower()
    return _SIDEBAR_WORD.search(names) is not None


def in_comments_after_text(
    node: LexborNode, page: ParsedPage, verdicts: AncestorVerdicts | None = None
) -> bool:
    """True when ``node`` is inside a container named as readers' comments
    (``names_comments``) that follows the article's text (``ARTICLE_BEFORE`` characters of
    paragraphs before it, outside it) and the page's first ``<h1>`` without holding it: a
    reader's day, never the article's (an undated story under dated comments took the
    first comment's, probes ta_comments_only, en_comments_only). A forum thread's posts,
    the page's first text, keep theirs, and so does a story whose own box is named so (its
    headline inside it). ``verdicts``: the page's (``ancestor_verdicts_of``), when the caller holds
    them for many elements."""
    if not page_may_name_comments(page):
        return False  # most pages: no name to look for
    boxes = (verdicts or ancestor_verdicts_of(page)).comment_boxes(node)
    # the outermost first: the box all the comments share, measured once for them all
    return any(comments_after_text(box, page) for box in boxes)


def page_may_name_comments(page: ParsedPage) -> bool:
    """Whether some class or id of the page may name readers' comments (``names_comments``'
    words): most pages have none, and their date elements are no comment's."""
    names = page.names
    return may_name_comments(names)


def ancestor_verdicts_of(page: ParsedPage) -> AncestorVerdicts:
    """The page's ancestors' verdicts (``ancestor_verdicts``, which reads this module's
    sidebar names: imported here, not at the top)."""
    from newsextract.metadata.ancestor_verdicts import page_verdicts

    return page_verdicts(page)


def comments_after_text(node: LexborNode, page: ParsedPage) -> bool:
    """Whether ``node`` itself is named as readers' comments and follows the article's text
    and headline (see ``in_comments_after_text``)."""
    known = page.derived(_comment_boxes_seen)
    answer = known.get(node.mem_id)  # kept only for a box so named: its name not read again
    if answer is None:
        attrs = node.attributes
        if not attrs or not names_comments(attrs):
            return False
        answer = known[node.mem_id] = _comment_box_after_text(node, page)
    return answer


def _comment_boxes_seen(page: ParsedPage) -> dict[int, bool]:
    """``comments_after_text``'s answers so far, by element: the page's dated elements climb
    to the same comment boxes, each measured once."""
    return {}


def _comment_box_after_text(node: LexborNode, page: ParsedPage) -> bool:
    from newsextract.body.characters import latin_width
    from newsextract.body.comments import follows_article

    h1 = page.headlines[0] if page.headlines else None  # the view's: no walk of the tree
    if h1 is not None and not follows(node, h1):
        return False  # the headline inside it or after it: the story's own box
    # the text measured in Latin letters: a story of Han or kana is as long in fewer
    # characters (a shop's description over its reviews, probe zh_shop_reviews)
    return follows_article(node, measure=latin_width)


def in_review(node: LexborNode) -> bool:
    """Whether the nearest microdata item around ``node`` is a ``Review``: a reader's
    review's day, never the page's (a product page's only written day was a review's, probe
    de_microdata_product). A ``Comment``'s is read: a forum thread's posts are its content."""
    current: LexborNode | None = node
    while current is not None:
        attrs = current.attributes
        if "itemscope" in attrs:
            return "review" in ascii_lower(attrs.get("itemtype") or "")
        current = current.parent
    return False


def own_after(teaser: LexborNode, node: LexborNode, page: ParsedPage) -> bool:
    """Whether the day of ``node``, found after a teaser's in a list of other stories
    (``in_story_list``), is the article's own: the list stands before the page's first
    ``<h1>`` (a "Most read" box above the article), or ``node`` is in the ``<article>``
    that holds that ``<h1>`` (its date line after a list of related stories). Otherwise
    the teaser's day stays the answer, as htmldate's: on a listing page, a site's front,
    every day is a teaser's, and its first is the page's guess."""
    item = story_item(teaser)
    if item is not None and item.mem_id in page.derived(_items_above_headline):
        return True
    if item is not None and item.tag != "li" and _above_headline(item, page):
        return True  # a card, not a list item: placed by its path in the tree
    return within(node, page.derived(headline_article))


def _above_headline(item: LexborNode, page: ParsedPage) -> bool:
    """Whether ``item`` comes before the page's first ``<h1>``, not holding it."""
    h1 = page.headlines[0] if page.headlines else None  # the view's: no walk of the tree
    return h1 is not None and follows(h1, item)


def follows(node: LexborNode, earlier: LexborNode) -> bool:
    """Whether ``node`` comes after ``earlier`` in the document (neither inside the other).

    The two meet at their nearest common ancestor; ``node`` follows when its branch there
    comes after ``earlier``'s among that ancestor's children. Only the siblings between the
    two branches are stepped over (counting every node's place from its parent's first
    child made a page of 600 comments in one list cost ~10 ms)."""
    branch_of: dict[int, LexborNode | None] = {}  # each ancestor of ``earlier``: its child
    child: LexborNode | None = None
    current: LexborNode | None = earlier
    while current is not None:
        branch_of[current.mem_id] = child
        child, current = current, current.parent
    branch: LexborNode | None = None
    current = node
    while current is not None and current.mem_id not in branch_of:
        branch, current = current, current.parent
    if current is None or branch is None:
        return False  # another tree, or ``node`` holds ``earlier``
    earlier_branch = branch_of[current.mem_id]
    if earlier_branch is None:
        return False  # ``node`` inside ``earlier``
    sibling = earlier_branch.next
    while sibling is not None:
        if sibling.mem_id == branch.mem_id:
            return True
        sibling = sibling.next
    return False


def _items_above_headline(page: ParsedPage) -> frozenset[int]:
    """The list items before the page's first ``<h1>``; none when it has no ``<h1>``."""
    root = page.root
    items: set[int] = set()
    for node in root.css("h1, li") if root is not None else ():
        if node.tag == "h1":
            return frozenset(items)
        items.add(node.mem_id)
    return frozenset()


def headline_article(page: ParsedPage) -> LexborNode | None:
    """The ``<article>`` holding the page's first ``<h1>``, or None."""
    h1 = page.headlines[0] if page.headlines else None  # the view's: no walk of the tree
    current = h1.parent if h1 is not None else None
    while current is not None:
        if current.tag == "article":
            return current
        current = current.parent
    return None


# Microdata properties of a ``<time>`` that date something other than the page: an
# event's days, an offer's validity, a person's life (``<time itemprop="startDate">``).
_OTHER_THINGS_DATES = frozenset(
    {
        "startdate", "enddate", "doortime", "validfrom", "validthrough", "pricevaliduntil",
        "availabilitystarts", "availabilityends", "birthdate", "deathdate", "foundingdate",
        "expires",
    }
)  # fmt: skip


def other_things_date(node: LexborNode) -> bool:
    """Whether a ``<time>``'s ``itemprop`` names another thing's date (``_OTHER_THINGS_DATES``):
    an event page's start is not the day it was posted (probe pt_event_microdata_start_only)."""
    itemprop = node.attributes.get("itemprop")
    return bool(itemprop) and any(
        ascii_lower(token) in _OTHER_THINGS_DATES for token in html_tokens(itemprop or "")
    )


def headline_block(page: ParsedPage) -> LexborNode | None:
    """The element holding the page's first ``<h1>``: its title block, or the thread's or
    the article's whole when the headline stands in it alone."""
    h1 = page.headlines[0] if page.headlines else None  # the view's: no walk of the tree
    block = h1.parent if h1 is not None else None
    return block if block is not None and block.tag not in ("body", "html") else None


def before_headline(node: LexborNode, page: ParsedPage) -> bool:
    """Whether ``node`` stands before the headline's block, outside it (a pinned notice, a
    ticker, a box above a thread or a story): its day is another item's when a later one is
    found in the headline's block, and the page's when none is."""
    block = headline_block(page)
    return block is not None and follows(block, node)
