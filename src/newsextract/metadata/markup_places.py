"""Where an element of the markup stands (inside the article, in an aside, in another story's
card), and a candidate the markup gives."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.other_items import READERS_REVIEWS
from newsextract.origin import Origin


def cand(field: str, value: Value, detail: str) -> Candidate:
    return Candidate(field=field, value=value, origin=Origin.HTML, detail=detail)


# Matched against each class token and the id, from their start: "comment-author" and
# "sidebar" count, "no-sidebar" on <body> does not.
_OUTSIDE_ARTICLE = LazyPattern(
    r"^(?:comment|respond|reply|discussion|sidebar|widget|related|recommend|teaser|footer|"
    rf"newsletter|share|social|login|nav|menu|popup|modal|{READERS_REVIEWS})",
    re.I,
)
_CONTAINERS = frozenset({"article", "main", "body", "html"})
_ANCESTORS_CHECKED = 8


def outside_article(node: LexborNode, *, form: bool = True) -> bool:
    """True inside comments, sidebars, teasers and the like: their names are not the byline.
    ``form=False``: a ``<form>`` is no such place (SMF wraps a thread's posts in its
    moderation form)."""
    current: LexborNode | None = node
    outside = ("nav", "aside", "form", "label") if form else ("nav", "aside", "label")
    for _ in range(_ANCESTORS_CHECKED):
        if current is None:
            break
        tag = current.tag  # read once: each read decodes the element's name anew
        if tag in _CONTAINERS:
            if tag == "article" and (_teaser_card(current) or _in_aside(current)):
                return True  # another story's card in a list ("node--teaser"), its byline
            break
        if tag in outside:
            return True
        if tag == "footer" and not _in_article(current):
            return True  # the page's footer; an article's own <footer> holds its byline
        attrs = current.attributes
        tokens = (attrs.get("class") or "").split()
        tokens.append(attrs.get("id") or "")
        if any(_OUTSIDE_ARTICLE.match(token) for token in tokens if token) and not _web_copy(
            current, tokens
        ):
            return True
        current = current.parent
    return False


def _web_copy(node: LexborNode, tokens: list[str]) -> bool:
    """Whether ``node``, named as a newsletter's box, holds an ``<h1>``: a newsletter's web
    copy ("newsletter-web", "newsletter-issue") wrapping the page's headline and byline, where
    a sign-up box says a line or two under an ``<h2>`` at most (probes ha_newsletter_daga_da,
    lb_vum_newsletter_copy)."""
    named = [t for t in tokens if t and _OUTSIDE_ARTICLE.match(t)]
    return all(t[:10].lower() == "newsletter" for t in named) and node.css_first("h1") is not None


# A class token naming an <article> another story's card: "teaser" closing it after a
# hyphen or underscore, as Drupal's "node--teaser" and BEM's "c-article-teaser" are
# (``_OUTSIDE_ARTICLE`` reads tokens from their start only).
_TEASER_CARD = LazyPattern(r"[-_]teaser$", re.I)


def _teaser_card(node: LexborNode) -> bool:
    classes = node.attributes.get("class") or ""
    return any(_TEASER_CARD.search(t) for t in classes.split())


def _in_aside(node: LexborNode) -> bool:
    """Whether an ``<article>`` stands in an ``<aside>`` or ``<nav>``: a related story's
    card in the sidebar, its byline that story's."""
    parent = node.parent
    for _ in range(_ANCESTORS_CHECKED):
        if parent is None:
            return False
        if parent.tag in ("aside", "nav"):
            return True
        parent = parent.parent
    return False


def _in_article(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False
