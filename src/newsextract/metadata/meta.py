"""Candidates from ``<meta>`` tags: OpenGraph and ``article:*``, then the named variants.

The key tables are data: per field, the meta names in the order they are trusted. OpenGraph
keys count as their own origin; Dublin Core, parsely, sailthru and the rest as ``meta``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping

from newsextract.browser_urls import browser_address
from newsextract.dates import parse_machine_date
from newsextract.label_lists import LabelList
from newsextract.labels import alternation, news_agencies, words
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.tags import site_keys, split_list, split_tags, tag_items
from newsextract.metadata.url import home_page_of
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.text import clean_text, fits_css_string

OPENGRAPH_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("og:title",),
    "lead": ("og:description",),
    "published": ("article:published_time", "og:published_time", "og:article:published_time"),
    "modified": ("article:modified_time", "og:updated_time", "og:article:modified_time"),
    "publisher": ("og:site_name",),
    "tags": ("article:tag", "og:article:tag"),
    "categories": ("article:section", "og:article:section"),
    "language": ("og:locale",),
    "image": ("og:image", "og:image:url", "og:image:secure_url"),
    "canonical_url": ("og:url",),
    "authors": ("article:author", "og:article:author"),
}

META_KEYS: dict[str, tuple[str, ...]] = {
    "title": (
        "twitter:title",
        "parsely-title",
        "sailthru.title",
        "dc.title",
        "dcterms.title",
        # Highwire Press tags, which journal platforms (OJS, HighWire, Scholar's indexers) write
        "citation_title",
        "title",
        "headline",
    ),
    "lead": (
        "description",
        "twitter:description",
        "dc.description",
        "dcterms.description",
        "sailthru.description",
    ),
    "authors": (
        "author",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
        # Highwire Press tags: one tag an author, as journal and repository pages write them
        "citation_author",
        "byl",
        "article.author",
        "author_name",
        "authors",
    ),
    "published": (
        "datepublished",
        "article.published",
        "publishdate",
        "publish-date",
        "publish_date",
        "pubdate",
        "date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "dcterms.date",
        "dc.date.created",
        "dcterms.created",
        "parsely-pub-date",
        "sailthru.date",
        "article_date_original",
        "originalpubdate",
        "date.available",
        "cxenseparse:recs:publishtime",
        "pdate",
        "article:published",
        "creation_date",
        "og:pubdate",
        "published-date",
        "published_time",
        "release_date",
        "displaydate",
        "dc.date.published",
        # htmldate's publication names (``declared_days.PUBLISHED_META``) that say "published"
        # and nothing else, read with their time ("bt:pubDate", "publication_date"); there
        # only their day was read, as the second opinion's
        "bt:pubdate",
        "publication_date",
        "published_date",
        "date_published",
        "og:publish_date",
        "article:published_date",
        "article:publicationdate",
        "article:post_date",
        "originalpublicationdate",
        "dc.date.publication",
        "mediator_published_time",
        "publish_time",
        "vr:published_time",
        "shareaholic:article_published_time",
        "twt-published-at",
    ),
    "modified": (
        "datemodified",
        "article.updated",
        "lastmod",
        "last-modified",
        "dc.date.modified",
        "dcterms.modified",
        "article:modified",
    ),
    "publisher": (
        "application-name",
        "publisher",
        "dc.publisher",
        "dcterms.publisher",
        "twitter:site",
        "copyright",
    ),
    "tags": (
        "news_keywords",
        "parsely-tags",
        "sailthru.tags",
        "keywords",
        "dc.subject",
        "dcterms.subject",
        # Highwire Press: a journal article's keywords, one tag or one list
        "citation_keywords",
        "article:tag",
    ),
    "categories": ("parsely-section", "section", "article.section", "category", "dc.type"),
    "language": ("content-language", "dc.language", "language", "lang"),
    "image": ("twitter:image", "twitter:image:src", "image"),
}

# Reading aids of the Twitter card (written by WordPress SEO plugins): ``twitter:labelN`` says
# what ``twitter:dataN`` holds ("Written by" / "Jane Doe", "Est. reading time" / "4 minutes").
_TWITTER_PAIRS = 4
TWITTER_AUTHOR = "twitter:data"

_LIST_FIELDS = frozenset({"tags", "categories", "authors"})
_DATE_FIELDS = frozenset({"published", "modified"})
# Fields whose value is an address, read as a browser reads it (tabs and line breaks dropped).
_ADDRESS_FIELDS = frozenset({"image", "canonical_url"})
# Fields whose every distinct meta value is a candidate, not only the first key's: a site's
# tags may carry decoration one of them leaves out ("…-정치ㅣ한국일보" beside a bare
# ``headline``), which tells the bare title.
_EVERY_VALUE_FIELDS = frozenset({"title"})


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    meta = page.meta
    if not meta:
        return
    for origin, table in ((Origin.OPENGRAPH, OPENGRAPH_KEYS), (Origin.META, META_KEYS)):
        for field, keys in table.items():
            seen: set[object] = set()
            for key in keys:
                values = meta.get(key)
                if not values:
                    continue
                candidate = _candidate(field, key, values, origin, page)
                if candidate is None or candidate.value in seen:
                    continue
                yield candidate
                if field not in _EVERY_VALUE_FIELDS:
                    break
                seen.add(candidate.value)
    if not any(key in meta for key in META_KEYS["tags"]):
        yield from _own_keywords_meta(meta, page)
    author = _twitter_author(meta)
    if author:
        yield Candidate(field="authors", value=(author,), origin=Origin.META, detail=TWITTER_AUTHOR)
    yield from _parsely_page(meta, page)


# A meta name one word of which (between any signs) names a keyword list: a site's or a
# vendor's own name for it ("tags", "article-tags", "cXenseParse:keywords", "dyg:tags").
_OWN_KEYWORDS_NAME = LazyPattern(r"(?:^|[^a-z])(?:tags|keywords)(?:$|[^a-z])")
# A vendor's targeting pair, "key:value" with no space at the colon ("wgg:hardware",
# "Website:GameStar"): such a meta half or more of whose items are pairs feeds ads, not topics.
_KEYED_PAIR = LazyPattern(r"^[A-Za-z][\w-]*:\S")


def _own_keywords_meta(
    meta: Mapping[str, tuple[str, ...]], page: ParsedPage
) -> Iterator[Candidate]:
    """The tags of the first meta whose name says it holds keywords, read only on a page
    without a known keyword meta (``META_KEYS``): a content system or an analytics vendor
    names its own, and the story's keywords are often nowhere else."""
    for key, values in meta.items():
        # the substring test first: most names hold neither word, and it costs less
        if ("tags" in key or "keywords" in key) and _OWN_KEYWORDS_NAME.search(key):
            candidate = _candidate("tags", key, values, Origin.META, page)
            if candidate is None:
                continue
            items = candidate.value
            assert isinstance(items, tuple)
            if sum(1 for item in items if _KEYED_PAIR.match(str(item))) * 2 < len(items):
                yield candidate
            return


# Parse.ly's first tag, still written by many CMS plugins beside or instead of the split
# ``parsely-*`` tags: one meta holding a JSON object; the keys of the fields it names.
PARSELY_PAGE = "parsely-page"
_PARSELY_PAGE_KEYS = (
    ("title", "title"),
    ("published", "pub_date"),
    ("authors", "authors"),
    ("authors", "author"),
    ("tags", "tags"),
    ("categories", "section"),
)


def _parsely_page(meta: Mapping[str, tuple[str, ...]], page: ParsedPage) -> Iterator[Candidate]:
    """The title, publication time and authors of a ``parsely-page`` JSON object."""
    written = meta.get(PARSELY_PAGE)
    if not written:
        return
    try:
        data = json.loads(written[0])
    except ValueError:
        return
    if not isinstance(data, dict):
        return
    done: set[str] = set()
    for field, key in _PARSELY_PAGE_KEYS:
        value = data.get(key)
        values = (value,) if isinstance(value, str) else value
        if field in done or not isinstance(values, list | tuple):
            continue
        texts = tuple(v for v in values if isinstance(v, str))
        candidate = _candidate(field, PARSELY_PAGE, texts, Origin.META, page) if texts else None
        if candidate is not None:
            done.add(field)
            yield candidate


def _twitter_author(meta: Mapping[str, tuple[str, ...]]) -> str:
    """The value a Twitter card's reading aid labels with a byline word ("Written by",
    "Verfasst von")."""
    if "twitter:label1" not in meta:
        return ""
    labels = frozenset(words(LabelList.BYLINE))
    for number in range(1, _TWITTER_PAIRS + 1):
        label, data = meta.get(f"twitter:label{number}"), meta.get(f"twitter:data{number}")
        if label and data and clean_text(label[0]).lower() in labels:
            return clean_text(data[0])
    return ""


# A day written alone, and a time of day alone: a CMS may write the publication's day and its
# time in two metas named alike ("publish-date" 2021-03-05, "publish-time" 10:30).
_BARE_DAY = LazyPattern(r"\d{4}-\d{2}-\d{2}")
_BARE_TIME = LazyPattern(r"\d{1,2}:\d{2}(?::\d{2})?")


def _with_time_meta(value: str, key: str, meta: Mapping[str, tuple[str, ...]]) -> str:
    """A bare day ``value`` of the date meta ``key`` joined to the time of day the meta
    named alike with "time" for "date" holds ("publish-date" and "publish-time"); else
    ``value``."""
    if "date" not in key or not _BARE_DAY.fullmatch(value.strip()):
        return value
    times = meta.get(key.replace("date", "time"))
    if not times or not _BARE_TIME.fullmatch(times[0].strip()):
        return value
    hour, rest = times[0].strip().split(":", 1)
    return f"{value.strip()}T{int(hour):02d}:{rest}"  # ISO's two-digit hour ("9:05")


def _candidate(
    field: str, key: str, values: tuple[str, ...], origin: Origin, page: ParsedPage
) -> Candidate | None:
    if field in _DATE_FIELDS:
        for value in values:
            date = parse_machine_date(_with_time_meta(value, key, page.meta))
            if date is not None:
                return Candidate(field=field, value=date, origin=origin, detail=key)
        return None
    if field in _LIST_FIELDS:
        items: list[str] = []
        for value in values:
            if field == "authors":
                listed = split_list(value, ";") if ";" in value else [value]
                family_first = key in _FAMILY_FIRST_KEYS
                parts = [_given_name_first(part, family_first=family_first) for part in listed]
            else:
                parts = (
                    _tag_parts(key, value, len(values))
                    if field == "tags"
                    else split_list(value, ",")
                )
            items.extend(p for p in (clean_text(part) for part in parts) if p)
        if field == "tags":
            items = list(tag_items(items, site=page.derived(site_keys)))
        if field == "authors" and items and all(_credited_as_contributor(page, i) for i in items):
            return None
        if not items:
            return None
        return Candidate(field=field, value=tuple(items), origin=origin, detail=key)
    value = values[0]
    if field in _ADDRESS_FIELDS:  # a tab inside is dropped, not a space: ``browser_address``
        value = browser_address(value)
    text = clean_text(value)
    if not text or (field == "canonical_url" and home_page_of(text, page.url)):
        return None
    return Candidate(field=field, value=text, origin=origin, detail=key)


# A name written family name first ("Dobson, Harriet": Dublin Core's and Highwire's
# convention, which repositories and some CMSes keep in every author meta): at most this many
# words on each side of its one comma (a compound family name, a second given name).
_MAX_INVERTED_PART_WORDS = 2


def _second_given(word: str) -> bool:
    """Whether a second word after the comma is a middle name or its initial ("Dobson,
    Harriet J.", "Dobson, Harriet Jane"): a given name then a family name ("AFP, Anna
    Smith") is a whole name after another credit, not one name turned round."""
    from newsextract.metadata.byline_openings import given_name  # it reads the name lists

    bare = word.strip(".-")
    return len(bare) == 1 or given_name(bare)


def _an_agency(words: str) -> bool:
    """Whether the words before the comma are a news agency's name ("Reuters, Anna"): a
    credit beside a name, not a family name."""
    key = words.casefold()
    return any(key == agency.casefold() for agency in news_agencies())


# The author metas whose convention writes each name family name first, one a tag
# (Highwire's ``citation_author``, as Google Scholar's inclusion guidelines give it: "Last,
# First"): a single family name before the comma is turned round without a listed given name
# after it ("Okafor, Chidi"), as names of every language are.
_FAMILY_FIRST_KEYS = frozenset({"citation_author"})


def _given_name_first(value: str, *, family_first: bool = False) -> str:
    """``value`` in reading order when it is one name written family name first: one comma,
    a word or two on each side, a given name (``data/names/``) opening the part after it and
    none the part before ("Dobson, Harriet" -> "Harriet Dobson"; "Harriet Dobson, Tomasz
    Nowicki" and "Anna, Maria" stay two names). Under a ``family_first`` key's convention,
    a single word before the comma is a family name whatever the words after it are."""
    if value.count(",") != 1 or any(c.isdigit() for c in value):
        return value
    from newsextract.metadata.byline_openings import given_name  # it reads the name lists

    family, given = (part.split() for part in value.split(","))
    by_convention = family_first and len(family) == 1
    if not (
        0 < len(family) <= _MAX_INVERTED_PART_WORDS
        and 0 < len(given) <= _MAX_INVERTED_PART_WORDS
        and (by_convention or given_name(given[0].strip(".-")))
        and not given_name(family[0])
        and (by_convention or all(_second_given(word) for word in given[1:]))
        and not _an_agency(" ".join(family))
    ):
        return value
    return " ".join([*given, *family])


# The <meta> names OpenGraph defines as an array by repetition: one tag a property.
_ONE_TAG_A_PROPERTY = frozenset({"article:tag", "og:article:tag"})


def _tag_parts(key: str, value: str, given: int) -> list[str]:
    """The tags of one <meta> value: split on its separator, except an ``article:tag`` the
    page repeats, one tag in each ("Fees, rates and charges"); one alone may hold
    the page's whole list between commas, as many sites write it."""
    if given > 1 and key in _ONE_TAG_A_PROPERTY:
        return [value]
    return split_tags(value)


# A credit line is short: a label and a name or two, not a paragraph naming the person.
_MAX_CREDIT_LINE = 60
# The elements whose own text holds the name, but scripts and style sheets: their text is
# no line the page prints, and it is most of a page's text (four fifths on the dev pages),
# which lexbor searches byte by byte for the name (its ``:not`` is tested first).
_CREDIT_QUERY = ':not(script, style):lexbor-contains("{}")'


def _credited_as_contributor(page: ParsedPage, name: str) -> bool:
    """Whether the page prints ``name`` after another contributor's label ("责任编辑：王丽",
    "Editing by Jane Roe"): a meta author that is the page's editor, not its writer (Chinese
    portals fill ``<meta name="author">`` with the desk editor). One lexbor query for the
    name, only on pages with a meta author."""
    body = page.body
    if body is None or not fits_css_string(name) or len(name) < 2:
        return False
    label = _contributor_label()
    # The matches deepest first (every element after its descendants): an element's text
    # holds each descendant's, so one over the limit rules out its ancestors, unread (the
    # outermost ones' text is the whole page's). Any order gives the same answer.
    too_long: set[int] = set()
    for node in reversed(body.css(_CREDIT_QUERY.format(name))):
        if node.mem_id in too_long:
            continue
        text = node.text(deep=True, separator=" ")
        if len(text) <= _MAX_CREDIT_LINE:
            line = clean_text(text)
            if any(line.startswith(name, found.end()) for found in label.finditer(line)):
                return True
            continue
        parent = node.parent
        while parent is not None and parent.mem_id not in too_long:
            too_long.add(parent.mem_id)
            parent = parent.parent
    return False


@functools.cache
def _contributor_label() -> re.Pattern[str]:
    """A contributor's label ending right before a name, with its colon if any."""
    return re.compile(rf"{alternation(LabelList.CONTRIBUTORS)}\s*[:：]?\s*", re.I)
