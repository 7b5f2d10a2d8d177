"""Candidates from the page's markup: ``<title>``, ``<h1>``, ``<time>``, ``rel`` links,
canonical link, byline and standfirst containers, ``<html lang>``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newsextract.dates import parse_machine_date
from newsextract.metadata.authors import looks_like_name, split_byline
from newsextract.metadata.candidate import Candidate, Value
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.text import clean_text

_MAIN = "article, main, [role=main], [itemprop~=articleBody], .post, .entry, #content, .content"
_PUBLISHED_TIME = (
    "time[pubdate], time[itemprop~=datePublished], time.published, time.entry-date, "
    "time[class*=publish i], time[class*=date i], [class*=publish i] time, [class*=date i] time, "
    "header time, article time, time"
)
_BYLINE = (
    "[class*=byline i], [class*=author i], [id*=byline i], [id*=author i], [class*=autor i], "
    "[class*=auteur i], [class*=signature i], [class*=writer i], [rel~=author], address, "
    "[class*=firma i], [class*=contributor i]"
)
_BYLINE_MAX_CHARS = 160
_LEAD = (
    "[class*=standfirst i], [class*=chapo i], [class*=chapeau i], [class*=subtitle i], "
    "[class*=subheadline i], [class*=sub-headline i], [class*=dek i], [class*=deck i], "
    "[class*=lead i], [class*=intro i], [class*=excerpt i], [class*=summary i], "
    "[class*=teaser i], [itemprop~=description], [class*=kicker i], [class*=sommario i], "
    "[class*=sottotitolo i], [class*=entradilla i], [class*=bajada i], [class*=copete i], "
    "[class*=lede i], [class*=inleiding i], [class*=ingress i], [class*=vorspann i], "
    "[class*=anriss i]"
)
_LEAD_CHARS = (25, 600)


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    tree = page.tree
    title = tree.css_first("title")
    if title is not None:
        text = clean_text(title.text())
        if text:
            yield _cand("title", text, "title")
    h1 = _headline(page)
    if h1:
        yield _cand("headline", h1, "h1")
    canonical = tree.css_first("link[rel~=canonical][href]")
    if canonical is not None:
        href = (canonical.attributes.get("href") or "").strip()
        if href.startswith("http"):
            yield _cand("canonical_url", href, "link[rel=canonical]")
    yield from _time_candidates(page)
    yield from _byline_candidates(page)
    yield from _link_lists(page)
    lead = _lead(page)
    if lead:
        yield _cand("lead", lead, "standfirst")
    if page.html_lang:
        yield _cand("language", page.html_lang, "html[lang]")


def _cand(field: str, value: Value, detail: str) -> Candidate:
    return Candidate(field=field, value=value, origin=Origin.HTML, detail=detail)


def main_scope(page: ParsedPage) -> LexborNode | None:
    """The article container when the page marks one, else the body."""
    return page.tree.css_first(_MAIN) or page.body


# "<span>Kicker</span><span>:</span> Headline" joined with spaces gives "Kicker : Headline".
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([:,!?])(?=\s)")


def _headline(page: ParsedPage) -> str:
    scope = main_scope(page)
    for root in (scope, page.body):
        if root is None:
            continue
        for node in root.css("h1"):
            text = _SPACE_BEFORE_PUNCT.sub(r"\1", clean_text(node.text(deep=True, separator=" ")))
            if text:
                return text
    return ""


def _time_candidates(page: ParsedPage) -> Iterator[Candidate]:
    # Selectors one at a time: a selector list would return matches in page order, and the
    # first <time> of a page is often a "last updated" or a teaser's.
    for selector in _PUBLISHED_TIME.split(", "):
        for node in page.tree.css(selector):
            value = node.attributes.get("datetime")
            date = parse_machine_date(value) if value else None
            if date is not None:
                yield _cand("published", date, "time[datetime]")
                return


# Matched against each class token and the id, from their start: "comment-author" and
# "sidebar" count, "no-sidebar" on <body> does not.
_OUTSIDE_ARTICLE = re.compile(
    r"^(?:comment|respond|reply|discussion|sidebar|widget|related|recommend|teaser|footer|"
    r"newsletter|share|social|login|nav|menu|popup|modal)",
    re.I,
)
_CONTAINERS = frozenset({"article", "main", "body", "html"})
_ANCESTORS_CHECKED = 8


def outside_article(node: LexborNode) -> bool:
    """True inside comments, sidebars, teasers and the like: their names are not the byline."""
    current: LexborNode | None = node
    for _ in range(_ANCESTORS_CHECKED):
        if current is None or current.tag in _CONTAINERS:
            break
        if current.tag in ("footer", "nav", "aside", "form", "label"):
            return True
        attrs = current.attributes
        tokens = (attrs.get("class") or "").split()
        tokens.append(attrs.get("id") or "")
        if any(_OUTSIDE_ARTICLE.match(token) for token in tokens if token):
            return True
        current = current.parent
    return False


def _byline_candidates(page: ParsedPage) -> Iterator[Candidate]:
    body = page.body
    if body is None:
        return
    for node in body.css(_BYLINE):
        if outside_article(node):
            continue
        text = clean_text(node.text(deep=True, separator=" ")).replace(" ,", ",")
        if not text or len(text) > _BYLINE_MAX_CHARS:
            continue
        names = [n for n in split_byline(text) if looks_like_name(n)]
        if names:
            yield _cand("byline", text, "byline")
            yield _cand("authors", tuple(names), "byline")
            return


def _link_lists(page: ParsedPage) -> Iterator[Candidate]:
    body = page.body
    if body is None:
        return
    authors = _link_texts([n for n in body.css("a[rel~=author]") if not outside_article(n)])
    if authors:
        yield _cand("authors", authors, "a[rel=author]")
    tags = _link_texts(body.css("a[rel~=tag]:not([rel~=category])"))
    if tags:
        yield _cand("tags", tags, "a[rel=tag]")
    categories = _link_texts(body.css("a[rel~=category]"))
    if categories:
        yield _cand("categories", categories, "a[rel=category]")


def _link_texts(nodes: list[LexborNode]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for node in nodes:
        text = clean_text(node.text(deep=True, separator=" "))
        if text and len(text) < 80:
            seen.setdefault(text, None)
    return tuple(seen)


def _lead(page: ParsedPage) -> str:
    scope = main_scope(page) or page.body
    if scope is None:
        return ""
    for node in scope.css(_LEAD):
        if node.tag in ("meta", "body", "html", "article", "main", "section", "a", "img"):
            continue
        text = clean_text(node.text(deep=True, separator=" "))
        if _LEAD_CHARS[0] <= len(text) <= _LEAD_CHARS[1]:
            return text
    return ""
