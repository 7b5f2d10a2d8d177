"""The writer a blog's sidebar author box names ("About me … Jane Roe"): a personal blog often
writes no byline on its posts, while its sidebar says whose blog it is. The authors' last
source, read only when nothing else names a writer.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_openings import given_name
from newsextract.metadata.labelled_byline import MAX_BYLINE
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.metadata.site_header import in_sidebar
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# The detail of the name a blog's sidebar author box gives (``sidebar_author``): the
# authors' last source, after every other (``fields.POLICIES``).
SIDEBAR_AUTHOR = "sidebar-author"
_AUTHOR_BOXES = "[class*=author i]"
# With an "about" widget's class among the page's names: the query's second test per element
# is paid only there.
_AUTHOR_AND_ABOUT_BOXES = "[class*=author i], [class*=about i]"
# A class's parts that make an "about" box the site's or its company's, no writer's
# ("about-us", "about-site", "widget_about_blog").
_NOT_A_WRITERS_ABOUT = frozenset({"us", "site", "blog", "company", "team", "page"})
_BOX_NAME_PARTS = "[class*=name i], [class*=title i], h2, h3, h4, h5, strong, b"
_MAX_AUTHOR_BOX = 400  # a name, a heading, a line about the writer and a link or two
_MIN_BOX_NAME_WORDS = 2  # a given name alone ("Jules") is a nickname as often


def _author_box_class(node: LexborNode) -> bool:
    """Whether a class token of ``node`` names an author box: "author", "author-box",
    "widget_author", "about-author" (not "authority" nor a comment's "comment-author"), or
    a blog owner's "about me" widget, "widget_about", "about-me" (not "about-us")."""
    for token in (node.attributes.get("class") or "").lower().split():
        if token.startswith("comment"):
            return False
        parts = re.split(r"[-_]", token)
        if "author" in parts or "authorbox" in parts or "aboutme" in parts:
            return True
        if "about" in parts and _NOT_A_WRITERS_ABOUT.isdisjoint(parts):
            return True
    return False


def sidebar_author(page: ParsedPage, body: LexborNode, language: str | None) -> str | None:
    """The writer a blog's sidebar author box names ("<aside><div class=author-box><h3>About
    me</h3><p class=author-name>Jane Roe</p>…"), when the page names no one in its byline:
    the one name of two words or more, in a name or title element or a heading, that every
    such box of the sidebar gives; None when the boxes name several people (a list of
    the site's writers) or none."""
    # The query of every element's class is the cost (a substring test per element): a page
    # whose names hold no "author" nor "about", or neither a "sidebar" nor an <aside>, has
    # no such box.
    names = page.names
    if ("author" not in names and "about" not in names) or (
        "sidebar" not in names and body.css_first("aside") is None
    ):
        return None
    found: str | None = None
    named_by_class: dict[str, set[str]] = {}
    for box in body.css(_AUTHOR_AND_ABOUT_BOXES if "about" in names else _AUTHOR_BOXES):
        if not _author_box_class(box) or not in_sidebar(box):
            continue
        if len(box.text(deep=True)) > _MAX_AUTHOR_BOX:
            continue
        name = _box_name(box, language)
        if name is None:
            continue
        # boxes of one class naming several people, known given names or not, are a list
        # ("most read" teasers each with its writer), not one writer's box
        named = named_by_class.setdefault(box.attributes.get("class") or "", set())
        named.add(name)
        if len(named) > 1:
            return None
        if not _given_first(name):
            continue  # "Become An Author", the site's name: no writer's
        if found is not None and name != found:
            return None
        found = name
    return found


def _box_name(box: LexborNode, language: str | None) -> str | None:
    """The name of two words or more a box gives, known given name or not: a name the
    given-name lists miss still tells a list of writers from one writer's box."""
    for part in box.css(_BOX_NAME_PARTS):
        own = clean_text(part.text(deep=True, separator=" "))
        if not own or len(own) > MAX_BYLINE:
            continue
        names = split_byline(own, places_of=language)
        if (
            len(names) == 1
            and names[0] == own
            and len(own.split()) >= _MIN_BOX_NAME_WORDS
            and looks_like_name(own)
        ):
            return own
    return None


def _given_first(name: str) -> bool:
    """Whether a name in a script with capitals opens with a given name (``data/names/``):
    a box's heading, "Become An Author", "Meet Our Team", or the site's name is no writer's
    name; a name in a script without capitals is not looked up."""
    first = name.split()[0]
    return not first[:1].isupper() or given_name(first)
