"""Candidates from the page's markup: ``<title>``, ``<h1>``, ``<time>``, ``rel`` links,
canonical link, byline containers, ``<html lang>``, and the standfirst (``standfirst``).

The readers with a module of their own: ``markup_headlines`` (the headline element),
``markup_bylines`` (author links, containers, posters, signatures), ``markup_tags`` (tag and
category link lists) and ``markup_places`` (where an element stands)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from urllib.parse import urljoin

from selectolax.lexbor import LexborNode

from newsextract.browser_urls import browser_address
from newsextract.dates import (
    ascii_digits,
    find_text_dates,
    parse_machine_date,
    read_written_date,
)
from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_END, searched_alternation
from newsextract.language import primary_code
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.dated_member_links import dated_member_author
from newsextract.metadata.element_places import in_sidebar, other_things_date
from newsextract.metadata.fields import Evidence
from newsextract.metadata.follow_buttons import follow_button_author
from newsextract.metadata.headline import set_apart_kicker
from newsextract.metadata.kicker import kicker_candidate
from newsextract.metadata.markup_bylines import (
    byline_candidates,
    signature_candidates,
)
from newsextract.metadata.markup_headlines import (
    first_headline,
    h1s_in_body,
    headline_element,
    logo_name,
    section_heading,
)
from newsextract.metadata.markup_places import cand
from newsextract.metadata.markup_tags import link_lists
from newsextract.metadata.other_items import in_other_item, in_story_list
from newsextract.metadata.published_terms import MORNING_REACH
from newsextract.metadata.site_header import page_header, within
from newsextract.metadata.standfirst import standfirst
from newsextract.metadata.url import home_page_of
from newsextract.name_lists import ascii_lower, has_name_token
from newsextract.origin import Origin
from newsextract.page import MAX_LANGUAGE_TAG, MAX_URL_CHARS, ParsedPage
from newsextract.text import clean_text

# The article's container: the elements and roles that mark one, and the class names and id
# themes give it, each queried only on a page where some class or id holds it as a token
# (``name_lists.has_name_token``): lexbor tests every selector of the list on each element up
# to the first match, and most pages lack one or more of the three words.
_MAIN = "article, main, [role=main], [itemprop~=articleBody]"
_MAIN_NAMES = (("post", ".post"), ("entry", ".entry"), ("content", "#content, .content"))
_PUBLISHED_TIME = (
    "time[pubdate], time[itemprop~=datePublished], time.published, time.entry-date, "
    "time[class*=publish i], time[class*=date i], [class*=publish i] time, [class*=date i] time, "
    "header time, article time, time"
)


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    title = page.title_element
    if title is not None:
        text = clean_text(title.text())
        if text:
            yield cand("title", text, "title")
    scope = main_scope(page)
    h1s, right_aligned = _scope_elements(page, scope)
    body_h1s = h1s_in_body(page, scope, h1s)
    scoped = first_headline(page, h1s)  # read once: the headline's and the kicker's
    h1 = headline_element(page, scope, scoped, body_h1s)
    if h1:
        yield cand("headline", h1, "h1")
        if scoped is not None and scoped[1] == h1 and (shown := set_apart_kicker(scoped[0])):
            yield Candidate(
                field=Evidence.HEADLINE_KICKER, value=shown, origin=Origin.HTML, detail="h1"
            )
        kicker = kicker_candidate(scoped[0], page.url) if scoped is not None else None
        if kicker is not None:
            yield kicker
        section = section_heading(page, h1)
        if section:  # passed over for the headline: a section's name, as a menu's link is
            yield Candidate(field=Evidence.NAV_LINK, value=section, origin=Origin.HTML, detail="h1")
    logo = logo_name(page, body_h1s)
    if logo:
        yield cand("publisher", logo, "logo")
    canonical = next(iter(page.canonical_links), None)
    href = canonical.attributes.get("href") if canonical is not None else None
    # A longer value is no address (``MAX_URL_CHARS``): a 60 MB one was cleaned, joined and
    # split by the resolver's checks.
    if href and len(href) <= MAX_URL_CHARS:
        href = _canonical_address(href.strip(), page.url)
        if href is not None:
            yield cand("canonical_url", href, "link[rel=canonical]")
    yield from _time_candidates(page)
    yield from _hatom_candidates(page)
    named = False
    for candidate in byline_candidates(page):
        named = named or candidate.field == "authors"
        yield candidate
    # a byline's authors outrank a follow button's: its page's buttons are not read (a
    # query of every button cost 0.4 % of a page's instructions)
    language = primary_code(page.html_lang) if page.html_lang else None
    followed = None if named else follow_button_author(page.body, language)
    if followed is not None:
        yield followed
    elif not named and (member := dated_member_author(page.body, language)) is not None:
        yield member  # a member's name link beside the post's date: after a follow button's
    if right_aligned:
        yield from signature_candidates(scope)
    yield from link_lists(page, scope)
    lead, how = standfirst(page, scope, h1s[0] if h1s else None)
    if lead:
        yield cand("lead", lead, how)
    own = _article_lang(page, scope, scoped[0] if scoped is not None else None)
    if own:
        yield cand("language", own, "article[lang]")
    if page.html_lang:
        yield cand("language", page.html_lang, "html[lang]")


# The containers whose ``lang`` is the article's own: an element's language is its nearest
# ``lang`` (HTML's rule), and a template's ``<html lang>`` is often left at its default or
# missing while the story's ``<article>`` (or ``<main>``, the story's block) says its own.
# The headline and inline elements are not read: a title in a quoted language is not the
# story's.
_LANG_CONTAINERS = frozenset({"article", "main", "section", "div", "body"})


def _article_lang(page: ParsedPage, scope: LexborNode | None, h1: LexborNode | None) -> str | None:
    """The article's own ``lang``: that of the nearest container above the headline (or
    above the article's container when the page has no headline) that writes one, below
    ``<html>``; None when none does (the page's ``<html lang>`` then speaks for it)."""
    node = h1.parent if h1 is not None else scope
    while node is not None and node.tag != "html":
        if node.tag in _LANG_CONTAINERS:
            lang = (node.attributes.get("lang") or "").strip()
            if lang:  # a value too long for a tag is none (``ParsedPage.html_lang``'s limit)
                return lang if len(lang) <= MAX_LANGUAGE_TAG else None
        node = node.parent
    return None


def main_scope(page: ParsedPage) -> LexborNode | None:
    """The article container when the page marks one, else the body (found once a page:
    the markup scans and the picture's look-up read it)."""
    return page.derived(_main_scope)


def _main_scope(page: ParsedPage) -> LexborNode | None:
    names = page.names
    named = [selector for word, selector in _MAIN_NAMES if has_name_token(names, word)]
    return page.tree.css_first(", ".join([_MAIN, *named])) or page.body


def _scope_elements(page: ParsedPage, scope: LexborNode | None) -> tuple[list[LexborNode], bool]:
    """The ``<h1>`` elements of ``scope`` in page order, and whether it holds a paragraph
    set flush right (``_RIGHT_ALIGNED``). Only the page's own ``<h1>``s (``page.headlines``):
    one in a ``<noscript>`` copy of the page is not shown to a reader running scripts."""
    if scope is None:
        return [], False
    found = scope.css(_SCOPE_QUERY)
    h1s = [node for node in found if node.tag == "h1"]
    flush_right = len(h1s) < len(found)
    if h1s and page.headlines_set_aside:
        shown = {node.mem_id for node in page.headlines}
        h1s = [node for node in h1s if node.mem_id in shown]
    return h1s, flush_right


def _time_candidates(page: ParsedPage) -> Iterator[Candidate]:
    # Every selector picks <time> elements with a datetime: they are found by one query and
    # each selector is tested on them alone, not run over the whole page (a page has few).
    times = [node for node in page.dated_times if node.attributes.get("datetime")]
    if not times:
        return
    times = times[:_MAX_TIMES]
    # A comment's or a related post's <time>, a sidebar's, or the top bar's (the day of the
    # visit), is not the article's: asked of a <time> only once the other tests take it (a
    # climb through its ancestors), and once.
    top_bar = page_header(page)
    outside: dict[int, bool] = {}

    def kept(node: LexborNode) -> bool:
        verdict = outside.get(node.mem_id)
        if verdict is None:
            verdict = outside[node.mem_id] = (
                within(node, top_bar)
                or in_other_item(node)
                or in_story_list(node)
                or in_sidebar(node)  # a side column's other posts (probe ru_aside_times_only)
                or _in_prose(node)
                or other_things_date(node)
            )
        return not verdict

    labelled_update: LexborNode | None = None
    for node in times:
        if _update_time(node) and kept(node):
            date = parse_machine_date(node.attributes.get("datetime"))
            if date is not None:
                yield cand("modified", date, "time[datetime]")
                if not _update_class(node):
                    labelled_update = node
                break
    # Selectors one at a time: a selector list would return matches in page order, and the
    # first <time> of a page is often a "last updated" or a teaser's. The <time> an update
    # label names ("Updated <time>… Published <time>…") is the publication only when no
    # other stands in the same date line (a class "updated" is left as it was: see
    # ``_update_class``); a teaser's <time> further down the page does not replace it.
    beside = _dates_around(labelled_update)
    update_id = labelled_update.mem_id if labelled_update is not None else None
    matches = _TimeSelectors(page.names)
    for selector in _PUBLISHED_TIME.split(", ") if beside is not None else ():
        for node in times:
            if (
                node.mem_id == update_id
                or not within(node, beside)
                or not matches(node, selector)
                or not kept(node)
            ):
                continue
            date = parse_machine_date(node.attributes.get("datetime"))
            if date is not None:
                yield cand("published", date, "time[datetime]")
                yield from _shown_day_before(node, date, page)
                return
    # A <time> whose class names the update ("updated": "date" inside it matches the date
    # selectors) is the publication only for the last selector, any <time>: a theme that
    # prints only one such element prints the post's day in it.
    for selector in _PUBLISHED_TIME.split(", "):
        for node in times:
            if (
                not matches(node, selector)
                or (selector != _ANY_TIME and _update_class(node))
                or not kept(node)
            ):
                continue
            date = parse_machine_date(node.attributes.get("datetime"))
            if date is not None:
                yield cand("published", date, "time[datetime]")
                yield from _shown_day_before(node, date, page)
                return


# A number of one or two digits standing alone: a day's, tested before the date is read
# (about 50 µs a date).
_NUMBERS = LazyPattern(r"(?<!\d)\d{1,2}(?!\d)")


def _shown_day_before(node: LexborNode, value: object, page: ParsedPage) -> Iterator[Candidate]:
    """The day a published ``<time>``'s own text shows, when its ``datetime`` is in UTC and
    the text (a day alone, in a plain form) is the day before: a site storing UTC and
    printing its own day, west of UTC (``local_instants.day_before_west``). Its own text, not the
    page's first date, which may be a caption's or another story's."""
    if (
        not isinstance(value, datetime)
        or value.utcoffset() != timedelta(0)
        or value.time() == datetime.min.time()
        or value - value.replace(hour=0, minute=0, second=0, microsecond=0) >= MORNING_REACH
    ):
        return  # most pages: a stamp at the site's offset, or none, or later in the day
    text = node.text(strip=True)
    before = value - timedelta(days=1)
    if not any(int(number) == before.day for number in _NUMBERS.findall(ascii_digits(text))):
        return  # most such texts: the stamp's own UTC day, no number of the day before
    spans = list(find_text_dates(text))
    if len(spans) != 1 or spans[0].has_time:
        return
    lang = page.html_lang
    day = read_written_date(spans[0].span, primary_code(lang) if lang else None)
    if day is not None and day.date() == before.date():
        yield cand("shown_day", day, "time[datetime]")


_ANY_TIME = "time"  # the last selector of ``_PUBLISHED_TIME``


# What each selector of ``_PUBLISHED_TIME`` needs: a word in the page's class names (an
# ancestor's class), or in a <time>'s own class (as lexbor compares it: ASCII letters in any
# case; ".published" is case-blind in quirks mode), or an attribute of the <time>.
_PAGE_CLASS_WORD = {"[class*=publish i] time": "publish", "[class*=date i] time": "date"}
_OWN_CLASS_WORD = {
    "time.published": "publish",
    "time[class*=publish i]": "publish",
    "time.entry-date": "date",
    "time[class*=date i]": "date",
}
_OWN_ATTRIBUTE = {"time[pubdate]": "pubdate", "time[itemprop~=datePublished]": "itemprop"}


class _TimeSelectors:
    """``node.css_matches(selector)`` for the ``<time>`` elements and the selectors of
    ``_PUBLISHED_TIME``, each lexbor query (35-55 K instructions: the selector is parsed
    again at every call) asked only when the page's class names and the element's own
    attributes leave the answer open. A ``<time>`` matches "time" itself; one without inner
    elements is its own subtree, so its attributes tell the selectors on it alone."""

    __slots__ = ("_facts", "_names")

    def __init__(self, names: str) -> None:
        self._names = names  # ``ParsedPage.names``
        self._facts: dict[int, tuple[bool, dict[str, str | None]]] = {}

    def __call__(self, node: LexborNode, selector: str) -> bool:
        if selector == "time":
            return True  # the element itself (lexbor's queries match their root)
        word = _PAGE_CLASS_WORD.get(selector)
        if word is not None and word not in self._names:
            return False
        facts = self._facts.get(node.mem_id)
        if facts is None:
            facts = self._facts[node.mem_id] = (next(node.iter(), None) is None, node.attributes)
        leaf, attributes = facts
        if leaf:
            name = _OWN_ATTRIBUTE.get(selector)
            if name is not None and name not in attributes:
                return False
            if selector == "time[pubdate]":
                return True  # has the attribute
            word = _OWN_CLASS_WORD.get(selector)
            if word is not None and word not in ascii_lower(attributes.get("class") or ""):
                return False
        return node.css_matches(selector)


# Microformats' hAtom (blog themes before <time>, Blogger's classic templates): the stamp in
# an <abbr>'s title, its text a readable day ("<abbr class=published title='2008-03-05T14:20:00
# +01:00'>March 5th</abbr>"); an h-entry's "dt-published" the same way.
_HATOM_STAMPS = (
    ("published", "abbr.published[title], abbr.dt-published[title]"),
    ("modified", "abbr.updated[title], abbr.dt-updated[title]"),
)


def _hatom_candidates(page: ParsedPage) -> Iterator[Candidate]:
    """The first hAtom stamp of each field outside comments and related posts (``<abbr>``
    only: a ``<time>``'s is read by ``_time_candidates``)."""
    names = page.names
    for field, selector in _HATOM_STAMPS:
        word = "published" if field == "published" else "updated"
        if not (has_name_token(names, word) or has_name_token(names, f"dt-{word}")):
            continue
        for node in page.tree.css(selector)[:_MAX_TIMES]:
            date = parse_machine_date(node.attributes.get("title"))
            if date is not None and not in_other_item(node):
                yield cand(field, date, "abbr[title]")
                break


# A <time> in running text marks a day the text mentions ("The concert takes place on
# <time datetime=2025-04-12>12 April</time> in the park."), not the page's stamp. Its
# paragraph: a <p> without class or id, up to this many levels above it.
_PROSE_DEPTH = 3
_PROSE_MIN = 25  # a paragraph's characters: a short sentence, more than a day and a word
_WORD = LazyPattern(r"[^\W\d_]{2,}")
# A sentence ends so, or runs longer than a date line ("By Jane Roe on <time> in News").
_SENTENCE_ENDS = frozenset(".!?。！？")
_SENTENCE_WORDS = 15


def _in_prose(node: LexborNode) -> bool:
    """Whether a ``<time>`` without a class, an ``itemprop`` or ``pubdate`` stands inside a
    sentence of a plain paragraph (one ending as a sentence does, or a long one): a word
    before it, one after, no publication or update label just before it."""
    attrs = node.attributes
    if attrs.get("class") or "itemprop" in attrs or "pubdate" in attrs:
        return False
    block = node.parent
    for _ in range(_PROSE_DEPTH):
        if block is None or block.tag == "p":
            break
        block = block.parent
    if (
        block is None
        or block.tag != "p"
        or block.attributes.get("class")
        or block.attributes.get("id")
    ):
        return False
    text = " ".join(block.text(deep=True, separator=" ").split())
    own = " ".join(node.text(deep=True, separator=" ").split())
    where = text.find(own) if own else -1
    if len(text) < _PROSE_MIN or where < 0:
        return False
    before, after = text[:where], text[where + len(own) :]
    return (
        (text[-1] in _SENTENCE_ENDS or len(_WORD.findall(text)) >= _SENTENCE_WORDS)
        and _WORD.search(before) is not None
        and _WORD.search(after) is not None
        and _date_label().search(before[-_UPDATE_LABEL_REACH:]) is None
    )


@functools.cache
def _date_label() -> re.Pattern[str]:
    """A publication or update label ("Published", "Updated", "Veröffentlicht am")."""
    return re.compile(
        searched_alternation(LabelList.PUBLISHED, LabelList.UPDATED) + LABEL_END, re.I
    )


def _dates_around(node: LexborNode | None) -> LexborNode | None:
    """The element holding a ``<time>``'s date line: its parent's parent (the label and the
    time may share an inline wrapper)."""
    for _ in range(_DATES_AROUND_DEPTH):
        node = node.parent if node is not None else None
    return node


# Levels up from a <time> to the line of dates it is written in ("<div><span>Updated
# <time></span> <span>Published <time></span></div>").
_DATES_AROUND_DEPTH = 2


# <time> elements read: six times the most a dev page holds (81); the article's own come among
# a page's first, and a page of 40,000 (an archive, or a hostile one) spent 2 s on them.
_MAX_TIMES = 500


# The class names of a <time> holding the last update (hAtom's "updated", "date-modified");
# one also named for the publication ("entry-date published updated", WordPress's when the
# post was never changed) holds that.
_UPDATE_CLASS = LazyPattern(r"updated|modified", re.I)
_PUBLISH_CLASS = LazyPattern(r"publish", re.I)
_UPDATE_LABEL_REACH = 40  # the text just before a <time> that may be its label ("Updated")


@functools.cache
def _update_label() -> re.Pattern[str]:
    """An update label ending the text before a ``<time>`` ("Updated", "Aktualisiert am")."""
    return re.compile(searched_alternation(LabelList.UPDATED) + LABEL_END + r"\W*$", re.I)


def _update_class(node: LexborNode) -> bool:
    """Whether a ``<time>``'s class names the update, and not the publication too."""
    classes = node.attributes.get("class") or ""
    return bool(_UPDATE_CLASS.search(classes)) and _PUBLISH_CLASS.search(classes) is None


def _update_time(node: LexborNode) -> bool:
    """Whether a ``<time>`` is the last update's: its class says so (and not the
    publication's too), or an update label stands right before it in its parent."""
    if _update_class(node):
        return True
    if _UPDATE_CLASS.search(node.attributes.get("class") or ""):
        return False  # "entry-date published updated": the publication's
    before: list[str] = []
    sibling = node.prev
    while sibling is not None and sum(map(len, before)) < _UPDATE_LABEL_REACH:
        before.insert(0, sibling.text(deep=True))
        sibling = sibling.prev
    if not any(part.strip() for part in before) and node.parent is not None:
        parent = node.parent  # a label in an inline wrapper: "<span>Updated <time>…</span>"
        sibling = parent.prev
        while sibling is not None and sum(map(len, before)) < _UPDATE_LABEL_REACH:
            before.insert(0, sibling.text(deep=True))
            sibling = sibling.prev
    text = clean_text(" ".join(before))[-_UPDATE_LABEL_REACH:]
    return bool(text) and _update_label().search(text) is not None


def _canonical_address(href: str, url: str | None) -> str | None:
    """A canonical link's address: absolute, or joined with the page's address when written
    relative ("/news/story", "//example.org/news/story"); None for the site's home page on
    a page that has a path of its own (a template's default, no article's address).
    Read as a browser reads the link: tabs and line breaks dropped, backslashes made slashes
    (``browser_address``)."""
    href = browser_address(href).strip()
    if not href.startswith("http"):
        if not url or not url.startswith("http") or not href.startswith(("/", "//")):
            return None
        try:
            href = urljoin(url, href)
        except ValueError:  # "//[::1/x", which urllib cannot split: it failed the page
            return None
    return None if home_page_of(href, url) else href


# A paragraph set flush right: where a signature closes an article.
_RIGHT_ALIGNED = 'p[style*="right" i], p[align="right" i]'
# The article scope's <h1> elements (the headline, the standfirst after it) and its
# paragraphs set flush right (a signature), found by one query: lexbor walks the whole scope
# once a query whatever the length of its selector list, and the tag tells which selector an
# element matched (each names its own tag).
_SCOPE_QUERY = f"h1, {_RIGHT_ALIGNED}"
