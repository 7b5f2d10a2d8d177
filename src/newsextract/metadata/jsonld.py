"""Candidates from schema.org JSON-LD: the article node, its author and publisher nodes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newsextract.dates import parse_machine_date
from newsextract.jsonld import ARTICLE_TYPES, JsonLdGraph, JsonObject, node_types
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_agencies import byline_agency
from newsextract.metadata.candidate import MAX_VALUE_CHARS, Candidate
from newsextract.metadata.declared_days import TEMPLATE_SHARERS
from newsextract.metadata.item_address import names_another_page
from newsextract.metadata.tags import site_keys, split_tags, tag_items
from newsextract.metadata.title_cleanup import page_number_of
from newsextract.metadata.url import is_date_archive
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# Pages that are no article but carry an article's fields, read when the page has no article
# node: a web page, an item, a video, a recipe, a podcast episode (its date and its show),
# a Q&A page's question (its asker and the day it was asked: the page's author and date).
_FALLBACK_TYPES = ("WebPage", "ItemPage", "VideoObject", "Recipe", "PodcastEpisode", "Question")
# Things a page may be that have no publication date (schema.org's Product, Event and their
# common kinds): on such a page without an article node, a date found in its text is a
# review's, an offer's or the event's own, never the page's (``Evidence.UNDATED_THING``).
# Not a Place or LocalBusiness: a business's page may be its feed of dated posts.
_UNDATED_TYPES = (
    "Product",
    "ProductGroup",
    "IndividualProduct",
    "Vehicle",
    "Event",
    "BusinessEvent",
    "ChildrensEvent",
    "ComedyEvent",
    "DanceEvent",
    "EducationEvent",
    "ExhibitionEvent",
    "Festival",
    "FoodEvent",
    "LiteraryEvent",
    "MusicEvent",
    "SaleEvent",
    "ScreeningEvent",
    "SocialEvent",
    "SportsEvent",
    "TheaterEvent",
)


# The digits of a declared word count (see _article_candidates).
MAX_WORD_COUNT_DIGITS = 9


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    graph = page.jsonld
    if not graph.nodes:
        return
    article = _article_node(graph, page.url)
    if article is not None:
        yield from _article_candidates(graph, article, page)
        if "DiscussionForumPosting" in node_types(article) and _later_page(page):
            yield Candidate(
                field="later_thread_page", value=True, origin=Origin.JSONLD, detail="@type"
            )
    elif graph.of_type(*_UNDATED_TYPES):
        thing = graph.of_type(*_UNDATED_TYPES)[0]
        kind = sorted(node_types(thing) & set(_UNDATED_TYPES))[0]
        # an event's value is its first day, when it gives one: a date written on that day is
        # the event's, never the day its page was posted (see ``published_choice._event_days``)
        start = parse_machine_date(_first(thing.get("startDate")))
        yield Candidate(
            field="undated_thing", value=start or True, origin=Origin.JSONLD, detail=kind
        )
        # its name is the page's title, as a headline is (an event's, a product's): ranked
        # with JSON-LD's others, under og:title, above the <title> its site's name decorates
        name = _text(thing.get("name"))
        if name and not names_another_page(thing, page):
            yield Candidate(field="title", value=name, origin=Origin.JSONLD, detail="name")
        # its picture is the page's (an event's poster, a product's photo)
        image = _image(graph.resolve(_first(thing.get("image"))))
        if image:
            yield Candidate(field="image", value=image, origin=Origin.JSONLD, detail="image")
    elif job := _job_posting(graph, page):
        # a job advertisement names its post in ``title`` (schema.org's JobPosting), which is
        # the page's title as a headline is; its dates stay unread (a posting's, an expiry's)
        yield Candidate(field="title", value=job, origin=Origin.JSONLD, detail="title")
    yield from _breadcrumb_candidates(graph)


def _job_posting(graph: JsonLdGraph, page: ParsedPage) -> str:
    """The ``title`` of the page's job posting, when the page has one and it is the page's
    own (not a linked posting's item); else ""."""
    jobs = graph.of_type("JobPosting")
    if len(jobs) != 1 or names_another_page(jobs[0], page):
        return ""  # several postings: a list of vacancies, titled by its own heading
    return _untagged(_text(jobs[0].get("title")))


def _later_page(page: ParsedPage) -> bool:
    """A page after the first of a paged thread or article: it links to the one before
    (``<link rel=prev>``, which forum software writes on every page after the first) or its
    address gives a page number of 2 or more."""
    if page_number_of(page.url) is not None:
        return True
    return page.tree.css_first('link[rel~="prev" i][href]') is not None


def _article_node(graph: JsonLdGraph, url: str | None) -> JsonObject | None:
    articles = graph.of_type(*ARTICLE_TYPES) or graph.of_type(*_FALLBACK_TYPES)
    if not articles:
        return None
    if len(articles) == 1:
        return articles[0]
    return max(articles, key=lambda node: _article_rank(graph, node, url))


def _article_rank(graph: JsonLdGraph, node: JsonObject, url: str | None) -> tuple[int, int, int]:
    """The page's own article first: the one whose address is the page's, given as its
    ``url``, its ``@id`` or the page it is the main entity of (a graph of several stories,
    the page's among related ones, names the page only there); then one with a body, then
    the fuller."""
    own = (node.get("url"), node.get("@id"), _page_url(graph.resolve(node.get("mainEntityOfPage"))))
    same_url = int(bool(url) and any(isinstance(a, str) and a.split("#")[0] == url for a in own))
    has_body = int(bool(node.get("articleBody")))
    return (
        same_url,
        has_body,
        sum(1 for key in ("headline", "datePublished", "author") if key in node),
    )


def _article_candidates(
    graph: JsonLdGraph, node: JsonObject, page: ParsedPage
) -> Iterator[Candidate]:
    def cand(field: str, value: Any, key: str) -> Candidate:
        return Candidate(field=field, value=value, origin=Origin.JSONLD, detail=key)

    if not names_another_page(node, page):  # else a linked story's item: not this headline
        for key in ("headline", "name", "alternativeHeadline"):
            title = _untagged(_text(node.get(key)))
            if title:
                yield cand("title", title, key)
                break
    description = _text(node.get("description"))
    if description:
        yield cand("lead", description, "description")
    # schema.org's ``creator``, a CreativeWork's maker, names the writer where a page (a
    # blog's, a repository's) gives no ``author``.
    key = "author" if node.get("author") else "creator"
    authors = _authors(graph, node.get(key))
    if authors:
        organisations = _organisations_only(graph, node.get(key))
        yield cand("authors", authors, ORGANISATION_AUTHOR if organisations else key)
        # An agency named alone ("NTB"), else after a separator in a joined value ("Erik
        # Lindqvist/TT", "…, Ritzau"): only such values are split, a byline's cost.
        # Each cut to a value's budget first: 4 MB of 'a|a|…' split took 13 s.
        joined = (v[:MAX_VALUE_CHARS] for v in authors if any(m in v for m in _JOINING_MARKS))
        agency = byline_agency(authors) or byline_agency(
            name for value in joined for name in split_byline(value)
        )
        if agency is not None:
            yield cand("source", agency, AUTHOR_AGENCY)
    for field, keys in (
        ("published", ("datePublished", "dateCreated", "uploadDate")),
        ("modified", ("dateModified",)),
    ):
        for key in keys:
            stamp = _first(node.get(key))
            if field == "published" and _template_stamp(graph, node, key, stamp):
                break
            date = parse_machine_date(stamp)
            if date is not None:
                yield cand(field, date, key)
                break
    publisher_node = graph.resolve(_first(node.get("publisher")))
    publisher = _name(publisher_node)
    if publisher:
        if isinstance(publisher_node, dict) and "Person" in node_types(publisher_node):
            # A personal site: its publisher is its author, not a newsroom posing as one;
            # as the publisher, the site's own name comes first (PERSON_PUBLISHER).
            yield cand("publisher", publisher, PERSON_PUBLISHER)
            yield cand("publisher_is_person", True, "publisher")
        else:
            yield cand("publisher", publisher, "publisher")
    provider = _name(graph.resolve(_first(node.get("provider"))))
    if provider and provider.casefold() != publisher.casefold():
        # A portal's syndicated story names the paper it came from as its provider (Yahoo's
        # "provider": the paper, "publisher": Yahoo News): the credited source.
        yield cand("source", provider, PROVIDER)
    listed = node.get("keywords")
    listed_items = split_tags(listed) if isinstance(listed, str) else _keywords(listed)
    keywords = tag_items(listed_items, site=page.derived(site_keys)) if listed_items else ()
    if keywords:
        yield cand("tags", keywords, "keywords")
    about = _about_names(graph, node.get("about"))
    if about and (about := tag_items(about, site=page.derived(site_keys))):
        yield cand("tags", about, ABOUT)
    sections = _keywords(node.get("articleSection"))
    if sections:
        yield cand("categories", sections, "articleSection")
    language = _text(_first(node.get("inLanguage")))
    if language:
        yield cand("language", language, "inLanguage")
    image = _image(graph.resolve(_first(node.get("image"))))
    if image:
        yield cand("image", image, "image")
    url = node.get("url") or _page_url(graph.resolve(node.get("mainEntityOfPage")))
    if isinstance(url, str) and url.startswith("http"):
        yield cand("canonical_url", url, "url")
    free = node.get("isAccessibleForFree")
    if free is not None:
        yield cand("is_paywalled", _says_no(free), "isAccessibleForFree")
    elif any(_says_no(part.get("isAccessibleForFree")) for part in _parts(graph, node)):
        # Google's paywall markup: the article free as a whole, the part a selector names not.
        yield cand("is_paywalled", True, "hasPart.isAccessibleForFree")
    words = str(node.get("wordCount")).strip()
    # Decimal digits, nine at most (a billion words, past any book): int() refused "²" (a
    # digit to isdigit) and 5,000 digits, and 400 of them overflowed the paywall's float.
    if words.isdecimal() and len(words) <= MAX_WORD_COUNT_DIGITS:
        yield cand("word_count", str(int(words)), "wordCount")
    body = node.get("articleBody")
    if isinstance(body, str) and body.strip():
        yield cand("article_body", body, "articleBody")


def _template_stamp(graph: JsonLdGraph, node: JsonObject, key: str, stamp: Any) -> bool:
    """Whether ``stamp``, ``node``'s ``key``, is also that of ``TEMPLATE_SHARERS`` other
    article nodes (probe es_jsonld_same_day_on_related_items)."""
    if not isinstance(stamp, str):
        return False
    others = graph.of_type(*ARTICLE_TYPES)
    if len(others) <= TEMPLATE_SHARERS:
        return False
    sharers = sum(1 for other in others if other is not node and _first(other.get(key)) == stamp)
    return sharers >= TEMPLATE_SHARERS


def _authors(graph: JsonLdGraph, value: Any) -> tuple[str, ...]:
    """Author names in page order, people and organisations alike: an agency credited as
    author ("dpa") is an author; the publisher posing as one is dropped when resolving."""
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        item = graph.resolve(item)
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            name = _name(item)
            if name:
                names.append(name)
    return tuple(names)


# The detail of a source candidate that is a news agency among the structured authors
# ("Erik Lindqvist/TT", an Organization "NTB"): ``jsonld:author-agency``, after the visible
# byline's agency.
AUTHOR_AGENCY = "author-agency"
# The detail of a publisher candidate that is a person who publishes their own site, ranked
# after every name of the site ("Ruth Amsel" gives way to og:site_name "Notes from the Hill").
PERSON_PUBLISHER = "publisher-person"
# The detail of a source candidate that is the article's ``provider`` other than its
# publisher: the paper a portal syndicates the story from (``jsonld:provider``).
PROVIDER = "provider"
# The detail of an author candidate whose every author is typed an organisation: the
# author when no source names a person (resolve gives way to one, as to a legal name).
ORGANISATION_AUTHOR = "author-organization"
_ORGANISATION_TYPES = frozenset(
    {
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "OnlineBusiness",
        "GovernmentOrganization",
    }
)


def _organisations_only(graph: JsonLdGraph, value: Any) -> bool:
    items = [graph.resolve(item) for item in (value if isinstance(value, list) else [value])]
    return bool(items) and all(
        isinstance(item, dict) and bool(node_types(item) & _ORGANISATION_TYPES) for item in items
    )


def _breadcrumb_candidates(graph: JsonLdGraph) -> Iterator[Candidate]:
    for crumbs in graph.of_type("BreadcrumbList"):
        items = crumbs.get("itemListElement")
        if not isinstance(items, list) or len(items) < 2:
            continue
        names = []
        ordered = sorted(
            (i for i in items if isinstance(i, dict)), key=lambda i: _position(i.get("position"))
        )
        for position, item in enumerate(ordered):
            target = graph.resolve(item.get("item"))
            if position and is_date_archive(_crumb_address(target)):
                continue  # a step of the calendar ("2024", "March"), not a section
            name = _name(item) or _name(target)
            if name:
                names.append(name)
        if len(names) >= 2:
            yield Candidate(
                field="breadcrumbs",
                value=tuple(names),
                origin=Origin.JSONLD,
                detail="BreadcrumbList",
            )
            return


def _crumb_address(target: Any) -> str | None:
    """A crumb's address: its ``item`` written as the address, or the node's ``@id``/``url``."""
    if isinstance(target, dict):
        target = target.get("@id") or target.get("url")
    return target if isinstance(target, str) else None


# The marks that join an agency to a writer's name in one author value.
_JOINING_MARKS = ("/", ",", "|", "(", "（", "، ")


def _says_no(value: Any) -> bool:
    """Whether a yes/no property says no (``false``, ``"False"``, ``0``, ``"no"``)."""
    return value is not None and str(value).strip().lower() in ("false", "0", "no")


def _parts(graph: JsonLdGraph, node: JsonObject) -> list[JsonObject]:
    """The article's ``hasPart`` nodes (one or a list, references resolved)."""
    parts = node.get("hasPart")
    items = parts if isinstance(parts, list) else [parts]
    return [found for item in items if isinstance(found := graph.resolve(item), dict)]


def _position(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


# The story's entities ("about": [{"@type": "Thing", "name": "Ferries"}]): a topic system's
# tags written as entities (filling only, ``fields.POLICIES``); "mentions" are the names it
# cites in passing, no topic.
ABOUT = "about"


def _about_names(graph: JsonLdGraph, value: Any) -> tuple[str, ...]:
    """The names of the entity nodes ``about`` holds (a node or a list; a bare string, often
    an address, is none)."""
    items = value if isinstance(value, list) else [value]
    nodes = (graph.resolve(item) for item in items if isinstance(item, dict))
    return tuple(name for name in (_name(n) for n in nodes if isinstance(n, dict)) if name)


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(value: Any) -> str:
    return clean_text(value) if isinstance(value, str) else ""


# An inline element's tag written into a structured headline ("Uus raamatukogu on
# <em>avatud</em>", raw or escaped): the CMS's rich-text headline field leaked its markup,
# which the page's <h1> renders; a reader sees its text. Only inline elements: a "<" in a
# headline's words ("5 < 7") is no tag.
_INLINE_TAG = LazyPattern(
    r"</?(?:em|i|b|strong|span|a|u|s|mark|small|sup|sub|q|abbr|cite|br|wbr)\b[^<>]*>", re.I
)


def _untagged(title: str) -> str:
    """``title`` without the inline tags its CMS wrote into it (a ``<br>`` read as a space)."""
    if "<" not in title or not _INLINE_TAG.search(title):
        return title
    return clean_text(_INLINE_TAG.sub(lambda m: " " if m[0][1:3].lower() == "br" else "", title))


def _name(node: Any) -> str:
    if isinstance(node, str):
        return clean_text(node)
    if isinstance(node, dict):
        name = node.get("name")
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, dict):
            name = name.get("@value")
        if isinstance(name, str):
            return clean_text(name)
        given, family = node.get("givenName"), node.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            return clean_text(f"{given} {family}")
    return ""


def _keywords(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list):
        items = [v if isinstance(v, str) else _name(v) for v in value]
    else:
        return ()
    return tuple(k for k in (clean_text(i) for i in items) if k)


def _image(node: Any) -> str:
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        url = node.get("url") or node.get("contentUrl")
        if isinstance(url, str):
            return url
    return ""


def _page_url(node: Any) -> str | None:
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        value = node.get("@id") or node.get("url")
        return value if isinstance(value, str) else None
    return None
