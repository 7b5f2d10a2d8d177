"""The section a kicker names: a short link to a section page set right before the
headline ("<header><a class=kicker href=/world/>World</a><h1>…</h1></header>"), read as the
page's category when no other source names one (the lowest categories source).

Only a link alone in its place is read: the ``<h1>``'s previous element (or, when the
``<h1>`` opens its box, the box's previous element), which is the link itself or an element
holding that one link and no other text. A link to the home page, to the article itself, to
an author's or a tag's page, or with a long text, is no section.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newsextract.browser_urls import browser_address, browser_host
from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate
from newsextract.origin import Origin
from newsextract.regex_words import word_alternation
from newsextract.text import clean_text

DETAIL = "kicker"
# A section's name is a word or a few ("World", "Local politics"); more is a teaser's
# headline or a sentence.
MAX_KICKER_WORDS = 3
MAX_KICKER_CHARS = 30
# A section page's path has a segment or a few ("/world/", "/news/politics/"); an
# article's is longer, with its slug.
MAX_SECTION_SEGMENTS = 3
# Boxes an <h1> opens whose previous element is still "right before the headline".
_HEADER_BOXES = frozenset({"header", "hgroup", "div"})
# Paths of pages that are no section: a writer's, a tag's, a search's (the tag words of
# every language come from the data, in ``_tag_path``).
_NOT_SECTION = LazyPattern(
    r"/(?:authors?|autor(?:en)?|auteurs?|people|staff|profiles?|search|users?)(?:/|$)", re.I
)
# Class words of a link or box that is no kicker: a tag or a byline beside the headline.
_NOT_KICKER_CLASS = LazyPattern(r"tag|author|byline|share|logo|back", re.I)


def kicker_candidate(h1: LexborNode, url: str | None) -> Candidate | None:
    """The category a kicker link right before ``h1`` names, or None."""
    before = _previous_element(h1)
    if before is None:
        parent = h1.parent
        if parent is None or parent.tag not in _HEADER_BOXES:
            return None
        before = _previous_element(parent)
        if before is None:
            return None
    link = _lone_link(before)
    if link is None:
        return None
    name = clean_text(link.text(deep=True, separator=" "))
    if not name or len(name) > MAX_KICKER_CHARS or len(name.split()) > MAX_KICKER_WORDS:
        return None
    if not any(c.isalpha() for c in name):
        return None  # a date, a number, an icon
    if not _is_section_address(link.attributes.get("href") or "", url):
        return None
    return Candidate(field="categories", value=(name,), origin=Origin.HTML, detail=DETAIL)


def _previous_element(node: LexborNode) -> LexborNode | None:
    """The element before ``node`` among its siblings, passing blank text and comments."""
    sibling = node.prev
    while sibling is not None:
        tag = sibling.tag
        if tag == "-text":
            if (sibling.text_content or "").strip():
                return None  # text between: the link is no kicker set above the headline
        elif tag != "_comment":
            return sibling
        sibling = sibling.prev
    return None


def _lone_link(node: LexborNode) -> LexborNode | None:
    """``node`` when it is a link, else its one link when that is all the text it holds."""
    if _NOT_KICKER_CLASS.search(_names(node)):
        return None
    if node.tag == "a":
        return node if node.attributes.get("href") else None
    if node.tag in ("h1", "p", "ul", "ol", "nav", "time", "img", "figure", "script"):
        return None
    links = node.css("a[href]")
    if len(links) != 1:
        return None
    link = links[0]
    if _NOT_KICKER_CLASS.search(_names(link)):
        return None
    if clean_text(node.text(deep=True, separator=" ")) != clean_text(
        link.text(deep=True, separator=" ")
    ):
        return None  # other text beside the link: a line of its own, not a kicker
    return link


def _names(node: LexborNode) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('rel') or ''}"


def _is_section_address(href: str, url: str | None) -> bool:
    """A page of the same site, not its home page nor this article, a short path."""
    href = browser_address(href.strip())  # "/\\other.example/world/" is on other.example
    try:
        address = urlsplit(href)
        page = urlsplit(url) if url else None
    except ValueError:
        return False
    if address.scheme not in ("", "http", "https") or address.query or href.startswith("#"):
        return False
    if address.netloc and (url is None or _host(href) != _host(url)):
        return False
    path = address.path
    if not path.startswith("/"):
        return False
    segments = [part for part in path.split("/") if part]
    if not segments or len(segments) > MAX_SECTION_SEGMENTS:
        return False
    if any(part.isdigit() for part in segments):
        return False  # an archive's day or month ("/2024/03/"), an item's number
    if page is not None and path.rstrip("/") == page.path.rstrip("/"):
        return False  # the article's own address
    return not (_NOT_SECTION.search(path) or _tag_path().search(path))


def _host(address: str) -> str:
    """The host a browser opens for ``address`` (``browser_host``), without ``www.``: a link
    to "https://Example.org.:443/world/" is on the page's site example.org."""
    return browser_host(address).removeprefix("www.")


@functools.cache
def _tag_path() -> re.Pattern[str]:
    """A path segment that is a one-word tag label of any language written in Latin letters:
    "/tag/", "/topics/", "/schlagworte/" (a tag's page, no section)."""
    slugs = [w for w in words(LabelList.TAGS) if " " not in w and w.isascii() and w.isalpha()]
    return re.compile(rf"/{word_alternation(slugs)}(?:/|$)", re.I)
