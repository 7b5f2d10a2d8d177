"""The days a page declares for itself, the page search's first steps (``page_dates``): a day
in its address or its canonical link, in the last crumb of its trail (a day's archive), in
its ``<meta>`` publication dates (a last modification's held in reserve), in a JSON-LD
block's ``"datePublished"`` read as text (a template's stamp and an item list's days left
out), and in ``og:image``'s path. Each reads the page's head or a few marked elements, never
its visible text."""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.breadcrumbs import MAX_CRUMBS, trail_links
from newsextract.metadata.short_text_days import (
    DAY_PATTERN,
    MONTH_PATTERN,
    YEAR_PATTERN,
    plausible_day,
    short_text_day,
    url_day,
)
from newsextract.page import ParsedPage, reader_item

# <meta> names and properties that hold the publication date (htmldate's list: schema.org,
# Dublin Core, OpenGraph and the CMS and analytics names seen on news sites).
PUBLISHED_META = frozenset(
    {
        "analyticsattributes.articledate", "article.created", "article_date_original",
        "article:post_date", "article.published", "article:published",
        "article:published_date", "article:published_time", "article:publicationdate",
        "bt:pubdate", "citation_date", "citation_publication_date", "content_create_date",
        "created", "cxenseparse:recs:publishtime", "date", "date_created", "date_published",
        "datecreated", "dateposted", "datepublished", "dc.date", "dc.created",
        "dc.date.created", "dc.date.issued", "dc.date.publication",
        "dcsext.articlefirstpublished", "dcterms.created", "dcterms.date", "dcterms.issued",
        "dc:created", "dc:date", "displaydate", "doc_date", "field-name-post-date", "gentime",
        "mediator_published_time", "meta", "og:article:published",
        "og:article:published_time", "og:datepublished", "og:pubdate", "og:publish_date",
        "og:published_time", "og:question:published_time", "og:regdate",
        "originalpublicationdate", "parsely-pub-date", "pdate", "ptime", "pubdate",
        "publishdate", "publish_date", "publish_time", "publish-date", "published-date",
        "published_date", "published_time", "publisheddate", "publication_date", "rbpubdate",
        "release_date", "rnews:datepublished", "sailthru.date",
        "shareaholic:article_published_time", "timestamp", "twt-published-at",
        "video:release_date", "vr:published_time",
    }
)  # fmt: skip
# Names of the last modification: only a reserve, when no publication date is written.
MODIFIED_META_NAMES = frozenset(
    {"lastdate", "lastmod", "lastmodified", "last-modified", "modified", "utime"}
)
MODIFIED_META_PROPERTIES = frozenset(
    {
        "article:modified", "article:modified_date", "article:modified_time",
        "article:post_modified", "bt:moddate", "datemodified", "dc.modified",
        "dcterms.modified", "lastmodified", "modified_time", "modificationdate",
        "og:article:modified_time", "og:modified_time", "og:updated_time", "release_date",
        "revision_date", "updated_time",
    }
)  # fmt: skip
PUBLISHED_ITEMPROPS = frozenset({"datecreated", "datepublished", "pubyear"})

_JSON_PUBLISHED = LazyPattern(
    rf'"datePublished": ?"({YEAR_PATTERN}-{MONTH_PATTERN}-{DAY_PATTERN})', re.I
)


_FOUR_DIGITS = LazyPattern(r"\d{4}")


def from_url(page: ParsedPage, html: str) -> datetime | None:
    url = page.url
    if url is None:
        link = page.tree.css_first('link[rel="canonical"]')
        url = link.attributes.get("href") if link is not None else None
    return url_day(url)


def from_breadcrumb(page: ParsedPage, html: str) -> datetime | None:
    """The day of the last crumb linking a day's archive ("Home › 2024 › March › 5 › Post",
    a theme's trail on date-based permalinks: ``/2024/03/05/``): the post's day, as the URL
    would give it."""
    links = trail_links(page)
    if len(links) > MAX_CRUMBS:
        return None  # a menu, not a path
    days = (url_day(link.attributes.get("href")) for link in reversed(links))
    return next((day for day in days if day is not None), None)


class _MetaDays(NamedTuple):
    """The ``<meta>`` days: the first publication's, the reserve (a day in ``og:url``, a
    ``copyrightYear``) and whether that reserve is a last modification's."""

    found: datetime | None
    reserve: datetime | None
    modified: bool


def _meta_days(page: ParsedPage) -> _MetaDays:
    reserve: datetime | None = None
    modified_reserve = False
    for node in page.tree.css("meta"):
        attrs = node.attributes
        content = attrs.get("content")
        if content is None and "datetime" not in attrs:
            continue
        found: datetime | None = None  # a publication's day
        later: datetime | None = None  # a reserve's
        changed: datetime | None = None  # a last modification's
        key = "name" if "name" in attrs else "property" if "property" in attrs else None
        if key is not None:
            name = (attrs.get(key) or "").lower()
            modified = MODIFIED_META_NAMES if key == "name" else MODIFIED_META_PROPERTIES
            if key == "name" and name == "og:url":
                later = url_day(content)
            elif name in PUBLISHED_META:
                found = short_text_day(content)
            elif name in modified:
                changed = short_text_day(content)
        elif "itemprop" in attrs:
            name = (attrs.get("itemprop") or "").lower()
            if name in PUBLISHED_ITEMPROPS and not reader_item(node):
                found = short_text_day(attrs.get("datetime") or content)
            elif name == "copyrightyear" and content and _FOUR_DIGITS.fullmatch(content.strip()):
                later = plausible_day(int(content), 1, 1)
        elif "pubdate" in attrs:
            if (attrs.get("pubdate") or "").lower() == "pubdate":
                found = short_text_day(content)
        elif (attrs.get("http-equiv") or "").lower() == "date":
            found = short_text_day(content)
        elif (attrs.get("http-equiv") or "").lower() == "last-modified":
            changed = short_text_day(content)
        if changed is not None:
            reserve, modified_reserve = changed, True
        elif later is not None:
            reserve, modified_reserve = later, False
        if found is not None:
            return _MetaDays(found, reserve, modified_reserve)
    return _MetaDays(None, reserve, modified_reserve)


def from_meta(page: ParsedPage, html: str) -> datetime | None:
    """The meta publication day, else its reserve, but for a last modification's: that
    waits until the page's date elements and ``<time>`` elements are searched (a post's
    visible "January 4" beside ``og:updated_time``'s later day is its publication)."""
    days = page.derived(_meta_days)
    return days.found or (None if days.modified else days.reserve)


def from_modified_meta(page: ParsedPage, html: str) -> datetime | None:
    """The last modification's ``<meta>`` day held in reserve (``from_meta``)."""
    days = page.derived(_meta_days)
    return days.reserve if days.found is None and days.modified else None


def from_json(page: ParsedPage, html: str) -> datetime | None:
    for script in page.tree.css(
        'script[type="application/ld+json"], script[type="application/settings+json"]'
    ):
        text = script.text(deep=True)
        match = _JSON_PUBLISHED.search(text) if '"date' in text else None
        if match and _ITEM_LIST in text[: match.start()]:
            match = _JSON_PUBLISHED.search(_without_item_lists(text))
        found = short_text_day(match.group(1)) if match else None
        if found is not None and match is not None and not _template_stamp(text, match):
            return found
    return None


def _template_stamp(text: str, match: re.Match[str]) -> bool:
    """Whether the ``datePublished`` ``match`` found is carried to the character by more
    than ``TEMPLATE_SHARERS`` nodes of the block: the template's, as its related items carry
    it too (``jsonld._template_stamp``)."""
    end = text.find('"', match.end())
    stamp = text[match.start() : end] if end >= 0 else match.group(0)
    return text.count(stamp) > TEMPLATE_SHARERS


# Other article nodes of the page carrying the article's very ``datePublished``: this many
# make it the template's (the "related" items all stamped alike), no story's own (two
# stories of a page published to the second are one coincidence, not two).
TEMPLATE_SHARERS = 2
# An ``ItemList``'s items are other pages (related stories, a section's latest): their
# ``datePublished`` is not the page's (probe zh_itemlist_only_visible_day).
_ITEM_LIST = '"itemListElement"'
# What the bracket count reads: an escaped character (kept whole, so ``\\"`` ends no
# string), a quote, a bracket.
_JSON_SYNTAX = LazyPattern(r'\\.|["\[\]]', re.S)


def _without_item_lists(text: str) -> str:
    """``text`` without the arrays of its ``itemListElement`` keys, each cut at its closing
    bracket (brackets inside strings do not count); a text that is no valid JSON is cut as
    far as it can be read."""
    kept: list[str] = []
    start = 0
    while (key := text.find(_ITEM_LIST, start)) >= 0:
        opening = text.find("[", key + len(_ITEM_LIST))
        if opening < 0:
            break
        kept.append(text[start:opening])
        start = _array_end(text, opening)
    kept.append(text[start:])
    return "".join(kept)


def _array_end(text: str, opening: int) -> int:
    """The index after the bracket closing the array opened at ``opening`` (the text's end
    if it is never closed)."""
    depth = 0
    in_string = False
    for token in _JSON_SYNTAX.finditer(text, opening):
        mark = token[0]
        if mark == '"':
            in_string = not in_string
        elif in_string or len(mark) > 1:
            continue  # a bracket inside a string, or an escaped character
        elif mark == "[":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return token.end()
    return len(text)


def from_image(page: ParsedPage, html: str) -> datetime | None:
    image = page.tree.css_first('meta[property="og:image"][content]')
    return url_day(image.attributes.get("content")) if image is not None else None
