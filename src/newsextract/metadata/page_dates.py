"""The publication date's second opinion, searched on the page already parsed.

When the structured sources disagree, give one weak date or none, the vote asks for a second
opinion. htmldate's original-date search answered it, but it parses the page again with lxml,
cleans and serialises the tree and sends many text pieces to dateparser: about half of
``extract()``'s time. This module follows the same steps in the same order, on the lexbor tree
and the page's text, with precompiled patterns and month names read from dateparser's
language data (every language, not five): the first step that finds a date answers.

1. the URL (or the canonical link) with a year, month and day in its path;
2. ``<meta>`` publication dates (``name``, ``property``, ``itemprop``, ``http-equiv``), a day
   in ``og:url`` or a ``copyrightYear`` held in reserve; a modification's (``og:updated_time``)
   too, but answered only after steps 3-7 (``_from_modified_meta``);
3. a ``"datePublished"`` in a JSON-LD block's text (also when the block is no valid JSON);
4. ``<abbr>`` elements with a ``data-utime`` or a publication class;
5. elements whose class or id speaks of a date, a time, metadata or a footer, ``<footer>`` and
   ``<small>``: the first whose text (its first 52 characters, past the lines a copyright
   sign opens) reads as a date;
6. ``<title>`` and ``<h1>``; 7. ``<time>`` elements outside a sidebar and a list of other
   stories (the oldest, or the one marked as the publication's); 8. a timestamp
   ("2021-03-05T10:30:00") anywhere in the page's source outside those;
9. a day in ``og:image``'s path;
10. short text pieces (7-51 characters) of blocks, and longer ones opening with a publication
    label: the first date among them outside a sidebar and a list of other stories, and not
    after an update label opening the piece ("Last modified: …": a last change's day) nor
    a copyright sign (a picture's credit: "© Ana Ruiz, 31.05.2013")
    (htmldate: the oldest, often a teaser's);
11. the page's source (its first ``MAX_SOURCE_CHARS``): the most frequent full date written
    in digits, else the first with its month in words, not before the copyright year; a date
    that opens a table cell is the table's data and is left out, and so is the markup of a
    sidebar, of a list of other stories and of a short line an update label or a picture's
    credit opens.

Steps 5, 7, 8, 10 and 11 pass over readers' comments set after the text and the headline
(``in_comments_after_text``); a day steps 5-11 find later than the first comment's gives way
to it (``find_page_day``).

htmldate's later guesses (the first of a month or of a year) are left out: a day is the
answer, and on the dev sets they were wrong. There it gave htmldate's day on 347 of the 372
pages it was asked on, the same published-date scores on both halves of every set, at about
1 ms a page asked instead of 20-50.

Every date is a calendar day (the vote compares days) within the web's years.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from typing import NamedTuple

from selectolax.lexbor import LexborNode

from newsextract.dates import find_text_date
from newsextract.dating.bounds import in_bounds
from newsextract.dating.calendars import ETHIOPIAN_ERA_LETTER
from newsextract.dating.relative import opens_with_today
from newsextract.dating.words import settled_month_numbers
from newsextract.labels import access_label, availability_opening
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.breadcrumbs import MAX_CRUMBS, trail_links
from newsextract.metadata.date_line_labels import (
    ASCII_DIGIT,
    MAX_LINE,
    accessed,
    has_digit,
    opens_with_update,
    page_language,
    publication_label,
    published_opening,
    spaced_text,
    under_data_label,
    update_opening,
    with_terms,
    with_written_time,
)
from newsextract.metadata.element_places import (
    SIDEBAR_DEPTH,
    SIDEBAR_TAGS,
    ancestor_verdicts_of,
    before_headline,
    comments_after_text,
    headline_block,
    in_comments_after_text,
    in_review,
    in_sidebar,
    named_sidebar,
    other_things_date,
    own_after,
    page_may_name_comments,
)
from newsextract.metadata.other_items import (
    STORY_LIST_WORDS,
    in_related_list,
    names_related_list,
    story_item,
)
from newsextract.metadata.short_text_days import (
    DAY_PATTERN,
    ELEMENT_START,
    MAX_SEGMENT,
    MIN_SEGMENT,
    MONTH_PATTERN,
    YEAR_PATTERN,
    bare_day,
    collapsed_start,
    element_day,
    plausible_day,
    short_text_day,
    url_day,
)
from newsextract.metadata.site_header import page_header, within
from newsextract.name_lists import NameWordSelector, in_attribute
from newsextract.page import ParsedPage, reader_item

DayFinder = Callable[[ParsedPage, str], datetime | None]

# Above this many candidate elements a step is skipped: the page is a listing or an archive
# of dates, not one article's.
MAX_CANDIDATES = 1000
# The page's source is searched in its first this many characters: the article's own dates
# come before the comments and the footer, and the patterns cost ~30 ms a megabyte.
MAX_SOURCE_CHARS = 250_000


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
_ABBR_CLASSES = frozenset({"date-published", "published", "time published"})

# Elements whose date is the page's: a class or id naming a date ("date", "datum"), metadata,
# a time or a footer (the first of id and class in the markup decides), or a class of a
# byline or publication line; <footer> and <small> always.
_ALWAYS = frozenset({"footer", "small"})
_ID_CLASS_CUES = LazyPattern("[Mm]eta|time|publish|footer")
_CLASS_CUES = LazyPattern(
    "info|post_detail|block-content|byline|subline|posted|submitted|created-post|"
    "publication|author|autor|field-content|fa-clock-o|fa-calendar|fecha|parution"
)
_CUE_WORDS = (
    "date", "Date", "datum", "Datum", "meta", "Meta", "time", "publish", "footer",
    *_CLASS_CUES.pattern.split("|"),
)  # fmt: skip
# (MediaWiki's "footer-info-lastmod" id holds "footer": the list needs no selector of its own.)
_ID_CUE_WORDS = _CUE_WORDS[:9]
_ITEMPROP_CUE_WORDS = ("date", "Date")
# The query for the elements above, wider: the cue words differing only in the case of a
# letter, or sharing a start ("date", "Date", "datum", "Datum": "dat"), are asked for as one
# word in any case: lexbor tests every selector of a list on every element (about 0.03 ms a
# page each), and 39 selectors became 29. ``_named_by_cue`` then keeps the elements the
# narrower selectors would have found, exactly.
_WIDE_WORDS = {"dat": ("date", "Date", "datum", "Datum"), "meta": ("meta", "Meta")}
_MERGED = {word for words in _WIDE_WORDS.values() for word in words}
_DATE_ELEMENTS = NameWordSelector(
    ", ".join(
        [
            "footer",
            "small",
            "[itemprop*=date i]",
            *(f"[{key}*={w} i]" for key in ("class", "id") for w in _WIDE_WORDS),
            *(f"[class*={w!r}]" for w in _CUE_WORDS if w not in _MERGED),
            *(f"[id*={w!r}]" for w in _ID_CUE_WORDS if w not in _MERGED),
        ]
    )
)  # cut per page to the class and id words the page uses (see ``name_lists``)
# Blocks whose own short texts are read in the free-text step.
_FREE_TEXT_BLOCKS = "div, h2, h3, h4, li, p, span, time, ul"

# A timestamp in the source ("2024-03-05T10:20:30"), searched from the hyphen after its year
# and the year then read before it: a search opening with a literal character skips to each
# hyphen in C, where one opening with a year's digits tried every "1" and "2" of the page
# (0.29-0.34 against 0.07 ms a dev page searched). The year is four characters (``YEAR_PATTERN``).
_TIMESTAMP_AFTER_YEAR = LazyPattern(rf"-({MONTH_PATTERN}-{DAY_PATTERN})[T ]\d{{2}}:\d{{2}}:\d{{2}}")
_TIMESTAMP_YEAR = LazyPattern(YEAR_PATTERN)
_YEAR_CHARS = 4

_FOUR_DIGITS = LazyPattern(r"\d{4}")

# The whole-page search: a copyright year bounds the dates below it. Every date is found
# from its year (a pattern with a literal start is ten times faster than one with "\D"),
# then the text around the year is read.
_COPYRIGHT = LazyPattern(
    rf"(?:©|&copy;|Copyright|\(c\))\D{{0,99}}(?:{YEAR_PATTERN})?-?({YEAR_PATTERN})\D"
)
_SOURCE_YEAR = LazyPattern(r"(?:19|20)\d\d")
# A version parameter of an address's query ("app.js?v=2022-06-15-12-15", "?ver=20210312"):
# a site's assets carry the day they were built, on every page alike.
_ASSET_VERSION = LazyPattern(r"[?&](?:v|ver|version|rev|build|cb)=$", re.I)
_ASSET_VERSION_REACH = len("&version=")
_YMD_LOOSE_AFTER = LazyPattern(r"[/.-](\d\d)[/.-](\d\d)(?!\d)")
_COMPACT_AFTER = LazyPattern(r"([01]\d)([0-3]\d)(?!\d)")
_DMY_BEFORE = LazyPattern(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]$")
# The characters ``_YMD_LOOSE_AFTER`` opens with, and the last one ``_DMY_BEFORE`` can end on
# before the year (its "$" also matches before a final newline).
_DATE_SEPARATORS = frozenset("/.-")
_DMY_BEFORE_ENDS = _DATE_SEPARATORS | {"\n"}
# The month first may have its time and zone between the day and the year, asctime's order
# ("Mon Mar  4 09:34:12 CET 2024": Unix ``date``, mail archives; the day padded to two places).
_WORDED_BEFORE = LazyPattern(
    r"(?:(?P<month>(?<![^\W\d_])[^\W\d_]{3,})\.?\s{1,2}(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s(?:(?-i:[A-Z]{2,5})\s)?|de\s)?"
    r"|(?<!\d)(?P<day2>\d{1,2})(?:st|nd|rd|th|er|\.)?\s(?:of\s|de\s)?"
    r"(?P<month2>(?<![^\W\d_])[^\W\d_]{3,})[,.]?\s(?:de\s)?)$",
    re.I,
)
_WORDED_REACH = 40  # a month name, a day and the words between them, before a year


# ---------------------------------------------------------------- the steps, in order


def _from_url(page: ParsedPage, html: str) -> datetime | None:
    url = page.url
    if url is None:
        link = page.tree.css_first('link[rel="canonical"]')
        url = link.attributes.get("href") if link is not None else None
    return url_day(url)


def _from_breadcrumb(page: ParsedPage, html: str) -> datetime | None:
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


def _from_meta(page: ParsedPage, html: str) -> datetime | None:
    """The meta publication day, else its reserve, but for a last modification's: that
    waits until the page's date elements and ``<time>`` elements are searched (a post's
    visible "January 4" beside ``og:updated_time``'s later day is its publication)."""
    days = page.derived(_meta_days)
    return days.found or (None if days.modified else days.reserve)


def _from_modified_meta(page: ParsedPage, html: str) -> datetime | None:
    """The last modification's ``<meta>`` day held in reserve (``_from_meta``)."""
    days = page.derived(_meta_days)
    return days.reserve if days.found is None and days.modified else None


def _from_json(page: ParsedPage, html: str) -> datetime | None:
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


def _from_abbr(page: ParsedPage, html: str) -> datetime | None:
    elements = page.tree.css("abbr")
    if not 0 < len(elements) <= MAX_CANDIDATES:
        return None
    oldest: datetime | None = None
    for node in elements:
        attrs = node.attributes
        if "data-utime" in attrs:
            try:
                moment = datetime.fromtimestamp(int(attrs.get("data-utime") or ""), UTC)
            except (OverflowError, OSError, ValueError):
                continue
            oldest = _older(oldest, bare_day(moment))
        elif attrs.get("class") in _ABBR_CLASSES:
            title = attrs.get("title")
            if title is not None:
                found = short_text_day(title)
                if found is not None:
                    return found
            else:
                text = _own_text(node)
                if len(text) > 10:
                    oldest = _older(oldest, short_text_day(text))
    return oldest or _first_day(elements)


def _is_date_element(node: LexborNode) -> bool:
    """The class or id (the first of them in the markup) or the itemprop names a date, or
    the first names metadata, a time or a footer, or the class a byline or publication."""
    return _names_a_date(node.attributes)


def _names_a_date(attrs: Mapping[str, str | None]) -> bool:
    """``_is_date_element`` of an element's attributes (read once: each ``attributes``
    builds a new dict of them)."""
    first = itemprop = None
    for key, value in attrs.items():
        if key == "itemprop":
            itemprop = value
        elif first is None and key in ("id", "class"):
            first = value
    for cue in (first, itemprop):
        if cue is not None:
            folded = cue.replace("D", "d")
            if "date" in folded or "datum" in folded:
                return True
    if first is None:
        return False
    if _ID_CLASS_CUES.search(first):
        return True
    classes = attrs.get("class")
    if classes is not None and _CLASS_CUES.search(classes):
        return True
    ident = attrs.get("id")
    return ident is not None and "footer-info-lastmod" in ident


def _named_by_cue(attrs: Mapping[str, str | None]) -> bool:
    """Whether a ``_CUE_WORDS`` word is in the element's class (as written), one of
    ``_ID_CUE_WORDS`` in its id, or "date" or "Date" in its itemprop: what the narrower
    selectors ``_DATE_ELEMENTS`` stands for ask of an element (its attributes) that is no
    ``_ALWAYS`` tag."""
    for key, words in (
        ("class", _CUE_WORDS),
        ("id", _ID_CUE_WORDS),
        ("itemprop", _ITEMPROP_CUE_WORDS),
    ):
        value = attrs.get(key)
        if value and any(word in value for word in words):
            return True
    return False


def date_elements(page: ParsedPage) -> list[LexborNode]:
    """The elements step 5 reads, in page order and each once (see ``_ALWAYS`` and
    ``_is_date_element``), outside the site's top bar: queried once a page (the first
    comment's day reads them again). Lexbor lists an element once for each selector of a
    list it matches: the merged selectors match other pairs of them than the narrow ones
    did, and ``MAX_CANDIDATES`` counts elements, not matches."""
    return page.derived(_date_elements)


def _date_elements(page: ParsedPage) -> list[LexborNode]:
    root = page.root
    if root is None:
        return []
    top_bar = page_header(page)  # its date is the day of the visit
    seen: set[int] = set()
    found = []
    for node in root.css(_DATE_ELEMENTS.for_page(page.names, page.names_by_attribute)):
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        if node.tag in _ALWAYS:
            named = True
        else:
            attrs = node.attributes
            named = _names_a_date(attrs) and _named_by_cue(attrs)
        if named and not within(node, top_bar):
            found.append(node)
    return found


def _from_date_elements(page: ParsedPage, html: str) -> datetime | None:
    return _first_day(date_elements(page), page)


def _first_day(elements: list[LexborNode], page: ParsedPage | None = None) -> datetime | None:
    """The first element whose text (or title, on Blogspot) reads as a day; with ``page``,
    past a list of other stories' days when the article's own follows (``own_after``)."""
    if not 0 < len(elements) <= MAX_CANDIDATES:
        return None
    teaser: tuple[LexborNode, datetime] | None = None
    language = page_language(page) if page is not None else None
    verdicts = ancestor_verdicts_of(page) if page is not None else None
    sidebar = verdicts.in_sidebar if verdicts is not None else in_sidebar
    related = verdicts.in_related_list if verdicts is not None else in_related_list
    # kept for the first comment's day, asked only on a page with comments named
    days = (
        page.derived(_element_days) if page is not None and page_may_name_comments(page) else None
    )
    for node in elements:
        for text in (node.text(deep=True), node.attributes.get("title") or ""):
            found = element_day(text, language)
            if days is not None:
                days.setdefault(node.mem_id, found)  # its text's day, read before its title's
            if found is None and text.lstrip().startswith(_COPYRIGHT_OPENINGS):
                text = _past_copyright_lines(node)
                found = element_day(text, language) if text else None
            # Passed over: "Updated 7.5.2024 Published 5.5.2024" (the update's line), and a
            # sidebar's other stories.
            if (
                found is not None
                and not opens_with_update(text)
                and not sidebar(node)
                # before the text's searches: a thread's hundreds of days fail here, the
                # verdict read from its box's (``AncestorVerdicts``)
                and (page is None or not in_comments_after_text(node, page, verdicts))
                and not accessed(text)
                and not accessed(spaced_text(node, text))
                and not related(node)
                and not in_review(node)
                and not _event_day_inside(node, found, language)
            ):
                if page is None:
                    return found
                if story_item(node) is None:
                    if teaser is None or own_after(teaser[0], node, page):
                        start = collapsed_start(with_terms(node, text))
                        return with_written_time(start, found, node, page_language(page))
                    return teaser[1]
                teaser = teaser or (node, found)
    return teaser[1] if teaser is not None else None


def _past_copyright_lines(node: LexborNode) -> str:
    """An element's text after the lines (its inner elements' texts) a copyright sign opens:
    a footer's "© Copyright 2019-2024, the authors." fills the start the step reads, and its
    next line, "Last updated on Mar 12, 2024.", a docs theme's only date, was never reached.
    Asked only of an element whose text opens with a copyright sign and reads no day."""
    lines = node.text(deep=True, separator="\n")[:ELEMENT_START].split("\n")
    for at, line in enumerate(lines):
        if line.strip() and not line.lstrip().startswith(_COPYRIGHT_OPENINGS):
            return " ".join(lines[at:])
    return ""


# An element inside a date element that may name an event's own day (``EVENT_DAYS``):
# "<div class=entry-meta><p class=event-date>Dátum podujatia: 18. mája 2024</p></div>".
_EVENT_NAMED = "[class*=event i]"


def _event_day_inside(node: LexborNode, found: datetime, language: str | None) -> bool:
    """Whether the day ``found`` in ``node``'s text is written in an element inside it that
    is named as an event's day ("event-date"): the day the event takes place, which the
    element itself is passed over for (``in_related_list``), never the page's (probe
    sk_event_datum_podujatia_only). Asked only of a date element whose text gave a day."""
    inner = node.css_first(_EVENT_NAMED)
    return (
        inner is not None
        and names_related_list(inner.attributes)
        and element_day(inner.text(deep=True), language) == found
    )


def _from_title(page: ParsedPage, html: str) -> datetime | None:
    return _first_day(page.tree.css("title, h1"))


def _from_time_elements(page: ParsedPage, html: str) -> datetime | None:
    elements = page.tree.css("time")
    if not 0 < len(elements) <= MAX_CANDIDATES:
        return None
    oldest: datetime | None = None
    verdicts = ancestor_verdicts_of(page)
    for node in elements:
        if (
            verdicts.in_sidebar(node)
            or verdicts.in_related_list(node)
            or other_things_date(node)
            or in_comments_after_text(node, page, verdicts)
        ):
            continue  # another story's, another thing's or a reader's time
        attrs = node.attributes
        stamp = attrs.get("datetime") or ""
        if len(stamp) > MIN_SEGMENT:
            classes = attrs.get("class") or ""
            if attrs.get("pubdate") == "pubdate" or classes.startswith(
                ("entry-date", "entry-time")
            ):
                found = short_text_day(stamp)
                if found is not None:
                    return found
            else:
                oldest = _older(oldest, short_text_day(stamp))
        else:
            text = _own_text(node)
            if len(text) > MIN_SEGMENT:
                oldest = _older(oldest, short_text_day(text))
    return oldest


def _from_timestamp(page: ParsedPage, html: str) -> datetime | None:
    """The first timestamp's day; on a page with a sidebar or a list of other stories
    (``_other_items``), the first in the page's markup without them: a side list's
    ``<time datetime>`` is another story's (probe de_side_times_only)."""
    stamp = first_timestamp_day(html)
    if stamp is None:
        return None
    others = _other_items(page)
    if others:
        markup = page.tree.html or ""
        for _, cut in others:
            markup = markup.replace(cut, "", 1)
        stamp = first_timestamp_day(markup)
    return short_text_day(stamp) if stamp is not None else None


def first_timestamp_day(html: str) -> str | None:
    """The day ("2024-03-05") of the first timestamp in the first ``MAX_SOURCE_CHARS`` of
    ``html`` (see ``_TIMESTAMP_AFTER_YEAR``)."""
    start = _YEAR_CHARS
    while (found := _TIMESTAMP_AFTER_YEAR.search(html, start, MAX_SOURCE_CHARS)) is not None:
        hyphen = found.start()
        if _TIMESTAMP_YEAR.fullmatch(html, hyphen - _YEAR_CHARS, hyphen) is not None:
            return html[hyphen - _YEAR_CHARS : hyphen + 1] + found.group(1)
        start = hyphen + 1
    return None


def _from_image(page: ParsedPage, html: str) -> datetime | None:
    image = page.tree.css_first('meta[property="og:image"][content]')
    return url_day(image.attributes.get("content")) if image is not None else None


def _from_free_text(page: ParsedPage, html: str) -> datetime | None:
    """The first day among the short texts of blocks (each text node on its own): the
    article's own comes before the teasers' further down, which are often older (htmldate
    takes the oldest); past ``MAX_CANDIDATES`` texts with figures, the page is a listing and
    gives none."""
    first: datetime | None = None
    teaser: tuple[LexborNode, datetime] | None = None  # a list of stories' first, as in step 5
    above: datetime | None = None  # a box's before the headline's block (``before_headline``)
    labelled: datetime | None = None  # the first under a data label, the page's only day else
    for read, (node, segment) in enumerate(_block_texts(page)):
        if read >= MAX_CANDIDATES:
            return None
        if first is None and (day := short_text_day(segment)) is not None:
            # a sidebar's or a related list's date is another story's, a comment's under the
            # text a reader's, as in step 5
            if (
                accessed(segment)
                or ancestor_verdicts_of(page).in_sidebar(node)
                or ancestor_verdicts_of(page).in_related_list(node)
                or in_review(node)
                or in_comments_after_text(node, page)
            ):
                continue
            if update_opening().match(segment) is not None:
                continue  # a last change's day ("Last modified: …"), no publication's
            if availability_opening().match(segment) is not None:
                continue  # an offer's first day ("Disponibile dal 15/03/2024"), a shop's
            if opens_with_today(segment, page_language(page)):
                continue  # the visit's day ("Today: 4 December 2024", a top bar's)
            if segment.lstrip().startswith(_COPYRIGHT_OPENINGS):
                continue  # a picture's credit ("© Ana Ruiz, 31.05.2013"): the photo's day
            if node.tag in _FACT_VALUES and _event_day(node, segment):
                continue  # "<dt>Datum</dt><dd>za 15 juni 2024</dd><dt>Tijd</dt><dd>11:00 – 18:00"
            if under_data_label(node, segment):
                # "Lieferung: Fr, 08.03.2024": an offer's day (as the visible reading); read
                # only if the page writes no other ("Date: 05.03.2024" over a notice)
                labelled = labelled or day
                continue
            if story_item(node) is not None:
                teaser = teaser or (node, day)
                continue
            if teaser is None and above is None and before_headline(node, page):
                above = with_written_time(segment, day, node, page_language(page))
                continue
            if above is not None and (
                above.date() == day.date() or not within(node, headline_block(page))
            ):
                first = above  # its day, or the same day with the time written with it
            elif above is None and teaser is not None and not own_after(teaser[0], node, page):
                first = teaser[1]
            else:
                first = with_written_time(segment, day, node, page_language(page))
    return first or above or (teaser[1] if teaser is not None else None) or labelled


# The elements holding a value of a box of facts beside its term or heading cell.
_FACT_VALUES = frozenset({"dd", "td"})


def _event_day(node: LexborNode, segment: str) -> bool:
    """Whether the day ``segment`` writes, a value in a box of facts, is followed there by a
    span of hours (``visible_dates.hours_in_facts``): an event's day, no page's."""
    from newsextract.metadata.visible_dates import hours_in_facts  # it reads this module

    span = find_text_date(segment)
    return span is not None and hours_in_facts(node, span)


def _block_texts(page: ParsedPage) -> Iterator[tuple[LexborNode, str]]:
    """The block elements' own text nodes of 7-51 characters with a figure in them, each with
    its element; a longer
    one opening with a publication label ("Opublikowano 12 marca 2024 przez … w kategorii
    …", a blog's byline line) from the label's end: the page names that date its own, where
    the short texts after it are often a sidebar's."""
    root = page.root
    published = published_opening()
    for node in root.css(_FREE_TEXT_BLOCKS) if root is not None else ():
        if _no_text_read(node.text(deep=False)):
            continue
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                text = (child.text_content or "").strip()
                if len(text) < MAX_SEGMENT:
                    if len(text) > MIN_SEGMENT and has_digit(text):
                        yield node, text
                elif (label := published.match(text)) is not None:
                    yield node, text[label.end() :]


def _no_text_read(own: str) -> bool:
    """Whether no own text of a block can be read by ``_block_texts``, told from all of them
    joined (``text(deep=False)``, one call where walking the children makes a node object
    for each): shorter than ``MAX_SEGMENT`` together, none is a long one, and without a
    digit (in ASCII: a text outside it may hold a digit of another script), none is short
    with a figure."""
    return len(own) < MAX_SEGMENT and own.isascii() and ASCII_DIGIT.search(own) is None


def _from_page_source(page: ParsedPage, html: str) -> datetime | None:
    """The most frequent full date written in digits in the page's source, not before the
    copyright year: path-like ("/2021/03/05/"), then year first, day first, compact; then the
    first date with its month in words. On a page with a sidebar or a list of other stories
    (``_other_items``), the page's markup without them answers: their days are other
    stories'."""
    found = _source_day(html)
    if found is None:
        return None
    others = _other_items(page) + [
        (node, node.html or "") for node in _update_and_credit_lines(page) + _event_listings(page)
    ]
    if not others:
        return found
    markup = page.tree.html or ""
    for _, cut in others:
        markup = markup.replace(cut, "", 1)
    return _source_day(markup)


# Boxes of facts ("<dl>", "<table>") looked at for an event's listing, in page order: an
# event's page lists its facts once, near its headline; a page of many tables is a listing.
_MAX_FACT_BOXES = 8


def _event_listings(page: ParsedPage) -> list[LexborNode]:
    """The boxes of facts that give an event's day and hours ("Datum: za 15 juni 2024, Tijd:
    11:00 – 18:00"): their day is the event's, not the page's."""
    from newsextract.metadata.visible_dates import event_facts  # it reads this module

    root = page.root
    boxes = root.css("dl, table")[:_MAX_FACT_BOXES] if root is not None else []
    return [box for box in boxes if event_facts(box)]


def _update_and_credit_lines(page: ParsedPage) -> list[LexborNode]:
    """The elements whose own text is a short line an update label opens, with a figure
    and no publication label after it ("Last modified: Tue Mar 2 14:03:11 GMT 2004",
    "Senast ändrad: 2004-03-02", a personal page's footer): their day is the last change's,
    which fills ``modified``; a picture's credit with a day ("© Ana Ruiz, 31.05.2013"),
    the photo's; a line opening with the page language's word for today ("Today: 4
    December 2024", a top bar's), the visit's; and a day under a label of the page's data
    ("Lieferung: Fr, 08.03.2024") or after a shop's availability label ("Disponibile dal
    15/03/2024"), an offer's. The page's source is read without them."""
    from newsextract.metadata.visible_dates import may_hold_data_label  # it reads this module

    found = []
    language = page_language(page)
    for node, _, own in page.own_texts:
        if own is None or len(own) > MAX_LINE or not has_digit(own):
            continue
        if (
            (update_opening().match(own) is not None and not opens_with_update(own))
            or (own.lstrip().startswith(_COPYRIGHT_OPENINGS) and short_text_day(own) is not None)
            or opens_with_today(own, language)
            or (
                # the cheapest test first: a word before a colon, then the day, then its label
                may_hold_data_label(own)
                and short_text_day(own) is not None
                and under_data_label(node, own)
            )
            or availability_opening().match(own) is not None
        ):
            # or a picture's credit with its day ("© Ana Ruiz, 31.05.2013"), the day of the
            # visit after the word for today ("Today: 4 December 2024", a top bar's), or an
            # offer's or an event's day under its data label ("Lieferung: Fr, 08.03.2024")
            found.append(node)
    return found


# Elements that may be a sidebar, a list of other stories or a shop's customer reviews:
# narrowed by ``_other_items``' name tests. The words' parts (``[class*=word i]``, each
# tested by lexbor on every element) are asked only of a page whose names hold the word.
_OTHER_CONTAINER_TAGS = (*SIDEBAR_TAGS, "[role=complementary]", "[itemscope][itemtype*=review i]")
_OTHER_CONTAINER_WORDS = ("side", "review", "event", "comment", "disqus", *STORY_LIST_WORDS)


def _other_containers(names: str, by_attribute: tuple[str, str] | None = None) -> str:
    """The query of ``_other_items`` on a page whose class names and ids, joined and
    ``ascii_lower``-ed, are ``names`` (``ParsedPage.names``): a word's parts only when
    ``names`` holds it, as ``name_lists.NameWordSelector`` cuts a list (18 parts cost 5 ms
    of a 440 KB page whose names held none), and, given ``by_attribute``
    (``ParsedPage.names_by_attribute``), its ``[id*=…]`` part only when an id holds it and
    its ``[class*=…]`` part only when a class does (each part a test of every element).
    Tested here by ``in``, not put into that module's automaton, which every page's names
    pass through, for a step one page in forty reaches."""
    parts = list(_OTHER_CONTAINER_TAGS)
    parts += [
        f"[{key}*={word} i]"
        for word in _OTHER_CONTAINER_WORDS
        if word in names
        for key in ("class", "id")
        if by_attribute is None or in_attribute(word, key == "id", *by_attribute)
    ]
    return ", ".join(parts)


def _other_items(page: ParsedPage) -> list[tuple[LexborNode, str]]:
    """The outermost sidebars, lists of other stories and customer reviews with a year in
    their markup, each with that markup (serialised once: ``_from_page_source`` cuts it)."""
    root = page.root
    if root is None:
        return []
    found: list[tuple[LexborNode, str]] = []
    chosen: set[int] = set()
    for node in root.css(_other_containers(page.names, page.names_by_attribute)):
        if _within_any(node, chosen):
            continue  # asked first: a chosen box's comments are not each measured
        attrs = node.attributes
        if not (
            names_related_list(attrs)
            or ((node.tag in SIDEBAR_TAGS or named_sidebar(node)) and in_sidebar(node))
            or ("itemscope" in attrs and in_review(node))
            or comments_after_text(node, page)
        ):
            continue
        if len(found) >= _MAX_OTHER_ITEMS:
            return []  # a page of nothing else (or a hostile one): its source is read whole
        markup = node.html or ""
        if _SOURCE_YEAR.search(markup) is not None:
            chosen.add(node.mem_id)
            found.append((node, markup))
    return found


# Sidebars and lists of stories a page has: a few; past this many, the page is made of them.
_MAX_OTHER_ITEMS = 20


def _within_any(node: LexborNode, chosen: set[int]) -> bool:
    """Whether one of ``node``'s ancestors, up to ``SIDEBAR_DEPTH`` levels, is ``chosen``."""
    current = node.parent
    for _ in range(SIDEBAR_DEPTH):
        if current is None or not chosen:
            return False
        if current.mem_id in chosen:
            return True
        current = current.parent
    return False


# Characters after a year searched for an era's mark: a space or two, then the mark.
_ERA_MARK_REACH = 3


def _source_day(html: str) -> datetime | None:
    """``_from_page_source``'s search of a markup's text."""
    html = html[:MAX_SOURCE_CHARS]
    copyright_year = _most_frequent_copyright(html)
    path: Counter[datetime] = Counter()
    loose: Counter[datetime] = Counter()
    day_first: Counter[datetime] = Counter()
    compact: Counter[datetime] = Counter()
    worded: datetime | None = None
    for match in _SOURCE_YEAR.finditer(html):
        start, end = match.span()
        previous = html[start - 1 : start]  # "" at the source's start
        if previous.isdigit():
            continue
        if previous == "=" and _ASSET_VERSION.search(
            html, max(0, start - _ASSET_VERSION_REACH), start
        ):
            continue  # "/css/print.css?v=2022-06-15": the stylesheet's build, not the page's
        year = int(match.group())
        following = html[end : end + 1]
        if following.isdigit():
            digits = _COMPACT_AFTER.match(html, end)
            if digits is not None and not _opens_table_cell(html, start):
                _count(compact, _ymd_day(year, digits[1], digits[2]))
            continue
        # Each pattern asked only where the character it must meet there stands: most of a
        # source's years are a script's numbers or a path's, with neither form around them.
        after = _YMD_LOOSE_AFTER.match(html, end) if following in _DATE_SEPARATORS else None
        if after is not None and not _opens_table_cell(html, start) and not _cited(html, start):
            day = _ymd_day(year, after[1], after[2])
            _count(loose, day)
            if previous == "/" and after[0][0] == after[0][3] == "/":
                _count(path, day)
        before = (
            _DMY_BEFORE.search(html, max(0, start - 6), start)
            if previous in _DMY_BEFORE_ENDS
            else None
        )
        if (
            before is not None
            # an Ethiopian year before its era's mark ("25/06/2016 ዓ.ም") is no Gregorian one
            and ETHIOPIAN_ERA_LETTER not in html[end : end + _ERA_MARK_REACH]
            and not _opens_table_cell(html, before.start())
            and not _cited(html, before.start())
        ):
            _count(day_first, plausible_day(year, int(before[2]), int(before[1]), day_first=True))
        if worded is None:
            worded = _worded_before(html, start, year)
    for days in (path, loose, day_first, compact):
        chosen = _select(days)
        if chosen is not None and chosen.year >= copyright_year:
            return chosen
    return worded if worded is not None and worded.year >= copyright_year else None


def _opens_table_cell(html: str, start: int) -> bool:
    """Whether the text at ``start`` opens a table cell ("<td>2020-01-01</td>"): a date there
    is the table's data (a notebook's DataFrame, a list of measurements or fixtures), not
    the page's."""
    tag = html.rfind("<", 0, start)
    close = html.find(">", tag, start) if tag >= 0 else -1
    if close < 0 or html[close + 1 : start].strip():
        return False  # inside a tag, or after other text in the element
    name = html[tag + 1 : close + 1].lower()
    return name.startswith(("td>", "td "))


# How far before a date in the source its access label is looked for: the label and the
# markup a reference list sets between ("Retrieved <span class=nowrap>").
_CITED_REACH = 40


def _cited(html: str, start: int) -> bool:
    """Whether a citation's access label ends just before the date at ``start`` in the
    source ("Retrieved 2021-05-12", "Abgerufen am 12. Mai 2021"): a reference list's day
    of reading, which a wiki page repeats for every source read that day."""
    return access_label().search(html, max(0, start - _CITED_REACH), start) is not None


def _count(days: Counter[datetime], day: datetime | None) -> None:
    if day is not None:
        days[day] += 1


def _ymd_day(year: int, month: str, day: str) -> datetime | None:
    try:
        value = datetime(year, int(month), int(day))
    except ValueError:
        return None
    return value if in_bounds(value) else None


def _worded_before(html: str, start: int, year: int) -> datetime | None:
    # Both forms of ``_WORDED_BEFORE`` end in white space right before the year: a year after
    # anything else (most of a source's: "/2024/", "2024-03-05", a script's numbers) is
    # passed over without the search, which tried each of the 40 characters before it.
    if not html[start - 1 : start].isspace():
        return None
    match = _WORDED_BEFORE.search(html, max(0, start - _WORDED_REACH), start)
    if match is None:
        return None
    if _cited(html, match.start()) or _in_prose(html, match.start()):
        return None
    month = settled_month_numbers().get((match["month"] or match["month2"]).lower())
    return plausible_day(year, month, int(match["day"] or match["day2"])) if month else None


# A run of text longer than a date line (``MAX_SEGMENT``, as the free-text step reads them)
# is a paragraph; a date this many words into it is inside a sentence, past a dateline's
# place ("SAN FRANCISCO, California, 4 March 2024").
_PROSE_WORDS = 5


def _in_prose(html: str, start: int) -> bool:
    """Whether the written date at ``start`` in the source stands inside a sentence of a
    paragraph ("… created by the law of 12 March 2019 and …"): a day the text speaks of, not
    the page's, which a date line, a byline or a paragraph's dateline gives, or a
    publication label right before it ("Received: … / Published online: 4 March 2024")."""
    opening = html.rfind(">", 0, start) + 1
    closing = html.find("<", start)
    if (len(html) if closing < 0 else closing) - opening <= MAX_SEGMENT:
        return False
    before = html[opening:start]
    return (
        len(before.split()) >= _PROSE_WORDS
        and published_opening().match(before) is None
        and publication_label().search(before[-_CITED_REACH:]) is None
    )


def _select(days: Counter[datetime]) -> datetime | None:
    """htmldate's choice among frequent days: of the two earliest among the ten most
    frequent, the second when it is of another year and more than half as frequent."""
    if not 0 < len(days) <= MAX_CANDIDATES:
        return None
    if len(days) == 1:
        return next(iter(days))
    best = sorted(days.most_common(10))[:2]
    (first, first_count), (second, second_count) = best
    if (
        first_count != second_count
        and first.year != second.year
        and second_count / first_count > 0.5
    ):
        return second
    return first


def _most_frequent_copyright(html: str) -> int:
    years = Counter(int(year) for year in copyright_years(html))
    if not years:
        return 0
    if len(years) == 1:
        return next(iter(years))
    best = sorted(years.most_common(10))[:2]
    (first, first_count), (second, second_count) = best
    if first_count != second_count and second_count / first_count > 0.5:
        return second
    return first


# What ``_COPYRIGHT`` opens with: a literal each, and no two open alike.
_COPYRIGHT_OPENINGS = ("©", "&copy;", "Copyright", "(c)")


def copyright_years(html: str) -> list[str]:
    """``_COPYRIGHT.findall(html)``, the pattern tried only where one of its openings
    stands (``str.find`` skips to each): the regex engine's scan of every position for
    one of four openings took 1.0-1.4 ms of a 250,000-character source, where a dev page
    writes a few dozen of them. The matches do not overlap, as ``findall``'s."""
    starts = []
    for opening in _COPYRIGHT_OPENINGS:
        start = html.find(opening)
        while start >= 0:
            starts.append(start)
            start = html.find(opening, start + 1)
    years = []
    end = 0
    for start in sorted(starts):
        if start >= end and (match := _COPYRIGHT.match(html, start)) is not None:
            years.append(match[1])
            end = match.end()
    return years


def _own_text(node: LexborNode) -> str:
    """The element's first text, before any child element (lxml's ``.text``)."""
    child = node.child
    return (child.text_content or "") if child is not None and child.tag == "-text" else ""


def _older(oldest: datetime | None, found: datetime | None) -> datetime | None:
    if found is None:
        return oldest
    return found if oldest is None or found < oldest else oldest


URL_STEP = "url"  # the first step's name: the day in the page's address
STEPS: tuple[tuple[str, DayFinder], ...] = (
    (URL_STEP, _from_url),
    ("breadcrumb", _from_breadcrumb),
    ("meta", _from_meta),
    ("json", _from_json),
    ("abbr", _from_abbr),
    ("date-element", _from_date_elements),
    ("title", _from_title),
    ("time", _from_time_elements),
    ("meta-modified", _from_modified_meta),
    ("timestamp", _from_timestamp),
    ("image", _from_image),
    ("free-text", _from_free_text),
    ("page-source", _from_page_source),
)


FIRST_COMMENT = "first-comment"  # the day of the readers' first comment (``find_page_day``)


def find_page_day(page: ParsedPage, html: str) -> tuple[datetime, str] | None:
    """The page's publication day and the step that found it, or None. The steps pass
    readers' comments over (``in_comments_after_text``): a page dated by them alone has no
    day. But a page is published before its first comment: a later day a step finds (an
    archive's capture, a footer's update) is no publication, and the comments' first day,
    the latest the page can be, answers instead (``FIRST_COMMENT``)."""
    for name, step in STEPS:
        found = step(page, html)
        if found is not None:
            if name not in _DECLARING_STEPS:
                first_comment = _first_comment_day(page)
                if first_comment is not None and first_comment.date() < found.date():
                    return first_comment, FIRST_COMMENT
            return found, name
    return None


# The steps whose day the page declares for itself (its address, its meta and JSON-LD
# dates, a publication-classed abbr): a comment's earlier day does not overrule them (a
# republished page keeps its old readers' comments).
_DECLARING_STEPS = frozenset({URL_STEP, "breadcrumb", "meta", "meta-modified", "json", "abbr"})


def _first_comment_day(page: ParsedPage) -> datetime | None:
    """The earliest day among the readers' comments after the text: their ``<time
    datetime>`` elements and the date elements step 5 reads inside them; not a sidebar's
    recent comments (other posts')."""
    if not page_may_name_comments(page):
        return None  # most pages: no comment section named
    earliest: datetime | None = None
    verdicts = ancestor_verdicts_of(page)
    sidebar = verdicts.in_sidebar
    for node in page.dated_times:
        if in_comments_after_text(node, page, verdicts) and not sidebar(node):
            earliest = _older(earliest, short_text_day(node.attributes.get("datetime")))
    elements = date_elements(page)
    if len(elements) <= MAX_CANDIDATES:
        language = page_language(page)
        days = page.derived(_element_days)
        for node in elements:
            if in_comments_after_text(node, page, verdicts) and not sidebar(node):
                mem_id = node.mem_id
                day = (
                    days[mem_id] if mem_id in days else element_day(node.text(deep=True), language)
                )
                earliest = _older(earliest, day)
    return earliest


def _element_days(page: ParsedPage) -> dict[int, datetime | None]:
    """The day of each date element's text (``element_day``) that step 5 read, by
    ``mem_id``: the first comment's day reads the same elements' texts again."""
    return {}
