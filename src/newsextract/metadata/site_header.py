"""The site's own header, where a date is the day of the visit, not the article's.

Many sites print the day of the visit in their top bar ("Tuesday, (08 Dec 2020)", a
``<time>`` in the navigation): read as a written date or by the page search, it names the
crawl day. The site's header is the page's first ``<header>`` when it is outside any
``<article>`` and the headline is not in it: it holds no ``<h1>``, or only the logo's while
another ``<h1>`` follows or the post names its own heading (a blog whose ``<h1>`` is its
name, the post's title an ``<h2 class="entry-title">``). An article's own header carries
the headline, and its date stays readable. A page written before ``<header>`` existed names
it instead: ``role=banner`` or an id beginning with "header" or "masthead".
"""

from __future__ import annotations

from collections.abc import Collection

from selectolax.lexbor import LexborNode

from newsextract.page import ParsedPage

# Where a page without a ``<header>`` element keeps its header: the landmark role, or an
# element whose id begins with the word ("header", "header-cont", "masthead").
_HEADER_WITHOUT_ELEMENT = "[role=banner], [id^=header i], [id^=masthead i]"

# Headings themes name as the post's title where the <h1> is the site's banner (WordPress's
# "entry-title", "post-title", "article-title"), and the microdata headline.
NAMED_HEADLINE = (
    "h2[class*=entry-title i], h2[class*=post-title i], h2[class*=article-title i], "
    "h3[class*=entry-title i], h3[class*=post-title i], h2[class*=topic-title i], "
    "h2.headline, [itemprop=headline], [role=heading][aria-level='1']"
)  # ("topic-title": phpBB's topic heading, which has no <h1>; "headline", the class word
# itself, not "subheadline", a standfirst's; an element whose role is a heading of the first
# level, an <h1> to a screen reader: an app's "<div role=heading aria-level=1>")


def page_header(page: ParsedPage) -> LexborNode | None:
    """``site_header`` of the page's body, found once a page: the ``<time>`` scan, the
    written dates' scan and the page search each read it (two or three queries of the
    whole page each time, 0.03-0.06 ms on the dev pages)."""
    return page.derived(_body_header)


def _body_header(page: ParsedPage) -> LexborNode | None:
    return site_header(page.body)


def site_header(root: LexborNode | None) -> LexborNode | None:
    """The site's header under ``root`` (see the module docstring), or None."""
    header = root.css_first("header") if root is not None else None
    if header is None and root is not None:
        header = root.css_first(_HEADER_WITHOUT_ELEMENT)
    if header is None or has_ancestor(header, tags=("article",)):
        return None
    if header.css_first("h1") is None:
        return header
    assert root is not None
    inside = {h1.mem_id for h1 in header.css("h1")}
    if any(h1.mem_id not in inside for h1 in root.css("h1")):
        return header  # the headline's <h1> follows: the header's is the logo's
    # Its only <h1> is the blog's name when the post names its own heading below it (a
    # theme's "entry-title" <h2>, the microdata headline: ``NAMED_HEADLINE``), in the
    # article and linking nowhere: a linked one is a teaser's ("related posts") under a news
    # header's headline.
    named = root.css_first(NAMED_HEADLINE)
    if (
        named is None
        or within(named, header)
        or not has_ancestor(named, tags=_CONTENT)
        or named.css_first("a") is not None
        or has_ancestor(named, tags=("a",))
    ):
        return None
    return header


# Where a post's own heading sits (a heading outside them is the site's furniture).
_CONTENT = ("article", "main")


def within(node: LexborNode, ancestor: LexborNode | None) -> bool:
    """True when ``node`` is ``ancestor`` or inside it."""
    if ancestor is None:
        return False
    target = ancestor.mem_id
    parent: LexborNode | None = node
    while parent is not None:
        if parent.mem_id == target:
            return True
        parent = parent.parent
    return False


def has_ancestor(
    node: LexborNode, *, tags: Collection[str] = (), ids: Collection[int] = ()
) -> bool:
    """Whether an element above ``node`` has one of ``tags``, or is one of ``ids`` (their
    ``mem_id``)."""
    parent = node.parent
    while parent is not None:
        if parent.tag in tags or parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


_SIDEBAR_REACH = 6  # ancestors looked at for the sidebar: a widget's box sits a few deep


def in_sidebar(node: LexborNode) -> bool:
    """Whether ``node`` sits in the page's sidebar (``<aside>``, a "sidebar" box), not in a
    comment."""
    current = node.parent
    for _ in range(_SIDEBAR_REACH):
        if current is None or current.tag in ("body", "html", "article", "main"):
            return False
        attrs = current.attributes
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
        if "comment" in names:
            return False
        if current.tag == "aside" or "sidebar" in names:
            return True
        current = current.parent
    return False
