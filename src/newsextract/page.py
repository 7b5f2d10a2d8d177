"""Text to a parsed page: one lexbor tree plus the views every later stage reads.

The page is parsed once; JSON-LD, ``<meta>`` and the ``<html lang>`` are read here so the
metadata sources and the body extractor never walk the tree for them again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from typing import TypeVar, cast
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract import page_walks, sites
from newsextract.bidi import address_encoded
from newsextract.browser_urls import (
    browser_address,
    browser_host,
    has_dns_sized_host,
    has_usable_port,
    without_tabs_or_newlines,
)
from newsextract.credentials import without_password
from newsextract.errors import InputTooLargeError
from newsextract.jsonld import (
    MAX_JSONLD_NODES,
    MAX_JSONLD_SCRIPTS,
    JsonLdGraph,
    JsonObject,
    parse_block,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.name_lists import ascii_lower, html_tokens
from newsextract.page_limits import MAX_NAME_CHARS

_META_KEYS = ("property", "name", "itemprop", "http-equiv")
# RDFa names a vocabulary's property by a CURIE ("schema:datePublished", "dcterms:issued",
# "dc:creator"): the same property as the bare schema.org name and the dotted Dublin Core
# name of HTML meta, which the meta tables list; each prefix's stand-in in those names.
_CURIE_PREFIXES = {"schema": "", "dc": "dc.", "dcterms": "dcterms."}
# The elements whose own text the label scans read (a tag or category label, a byline or
# credit line): the union of what ``metadata.html`` and ``metadata.labelled_lines`` look at (a
# ``<font>``: a table-layout page's line, see ``visible_blocks.BLOCKS``).
_OWN_TEXT_TAGS = frozenset(
    {"p", "div", "span", "address", "li", "small", "em", "i", "strong", "b", "dd", "dt", "h2", "h3",
     "h4", "h5", "h6", "header", "footer", "section", "td", "th", "label", "font"}
)  # fmt: skip


@functools.cache
def _own_text_tag_ids() -> dict[int, str]:
    """``_OWN_TEXT_TAGS`` by lexbor's id of each: ``node.tag_id`` is an integer lexbor
    holds, where ``node.tag`` decodes the element's name into a new string (the walk over
    every element of ``own_texts`` asks each one). Read off a parsed probe on first use, not
    at import (the first parse sets lexbor up)."""
    tags = _OWN_TEXT_TAGS
    # A table cell stays a cell only in a table: the parser drops a <td> found elsewhere.
    probe = "".join(f"<{tag}></{tag}>" for tag in sorted(tags - {"td", "th"}))
    tree = LexborHTMLParser(f"<body>{probe}<table><tr><th></th><td></td></tr></table></body>")
    found = {node.tag_id: node.tag for node in tree.css("*") if node.tag in tags}
    if set(found.values()) != tags:  # pragma: no cover  (a parser that renames a tag)
        raise RuntimeError(f"no tag id for {sorted(tags - set(found.values()))}")
    return found


@functools.cache
def _view_tag_ids() -> dict[int, tuple[str, str | None]]:
    """The tags of ``_VIEW_ELEMENTS`` by lexbor's id of each (see ``_own_text_tag_ids``),
    with the attribute each needs (``_VIEW_NEEDS``): the walk of ``own_texts`` files the
    view's elements by tag as it meets them, without a new string for each name. The
    custom elements' ids are the tree's own (``_file_queried_names``)."""
    tags = set(_VIEW_ELEMENTS) - set(_TIME_STAND_INS) - {_VIEW_QUERIED} | {_FALLBACK}
    probe = "".join(f"<{tag}></{tag}>" for tag in sorted(tags))
    tree = LexborHTMLParser(f"<body>{probe}</body>")
    found = {node.tag_id: node.tag for node in tree.css("*") if node.tag in tags}
    if set(found.values()) != tags:  # pragma: no cover  (a parser that renames a tag)
        raise RuntimeError(f"no tag id for {sorted(tags - set(found.values()))}")
    return {tag_id: (tag, _VIEW_NEEDS.get(tag)) for tag_id, tag in found.items()}


# Own texts longer than this are not kept (None in ``own_texts``): a label line is far
# shorter, and a page's prose is not held twice (a 50 MB page's text would be).
_OWN_TEXT_KEPT = 200
# A <meta> content longer than this is passed over: six times the longest of the dev pages'
# (168,809); each field's regexes and cleaning read a value whole (60 MB og:image: 12 s).
_MAX_META_CHARS = 1_000_000
_WEB_SCHEMES = ("http", "https")
# A page URL longer than this is no URL (batch's longest input, 32 times the sitemap
# protocol's 2,048): stages split its path for section names and search it for dates, and
# a 60 MB url took 15 s of CPU (10 MB: 2.4 s).
MAX_URL_CHARS = 65_536
# A ``<html lang>`` longer than this is no language tag: RFC 5646 asks readers to take tags
# of 35 characters at least, the dev pages' longest has 5. Its subtags were split and tested
# by several stages: a 60 MB "en-en-…" took 11 s of CPU and 1.8 GB.
MAX_LANGUAGE_TAG = 255
# A space or control character inside an address (every character up to U+0020, DEL and
# C1, which a terminal reads as escapes: U+009B is CSI): one C search, where a Python test of
# each character cost 5 µs an image's URL.
_NOT_IN_ADDRESS = LazyPattern("[\x00-\x20\x7f-\x9f]")
# The control characters a record's or a caller's URL may not hold: those above but the
# space, and the tab and line breaks that ``urlsplit`` drops (a NUL, ESC or CSI reached the
# Article's ``url``, and a terminal through ``extract --format text``).
_CONTROL_IN_URL = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_View = TypeVar("_View")
# Custom elements a page writes a machine time in, as a <time>'s ``datetime``: GitHub's
# time elements (``<relative-time datetime=…>``, ``<local-time>``, ``<time-ago>``), which
# their script rewrites into "3 days ago"; read as a <time>, their time and offset are kept,
# where the printed day alone was. (``<time-until>`` counts down to a deadline: not a stamp.)
_TIME_STAND_INS = ("relative-time", "local-time", "time-ago")
# The elements of the page-wide views, by tag: what each selector finds. They are filed in
# the walk ``own_texts`` makes (``page_walks.views_and_own_texts``; the ``<a>`` aside:
# ``_VIEW_QUERIED``), which costs less than this query of them besides it: lexbor tests each
# element against the ten selectors, where the walk looks each element's tag up in a dict
# it reads anyway. Each selector names its own tag, so no element matches two and an
# element's tag tells which one it matched.
_VIEW_ELEMENTS = {
    "script": 'script[type="application/ld+json" i]',
    # Every <meta> and <link>, not only those the views read (``meta`` keeps those with a
    # content, ``canonical_links`` the canonical ones): a site rule's signature made of such
    # elements is then asked of <head> and of these (``rules.registry.signature_found``),
    # not of the whole tree.
    "meta": "meta",
    # A <time>, and the custom elements that stand for one, filed with it (``_TIME_STAND_INS``).
    "time": ", ".join(f"{tag}[datetime]" for tag in ("time", *_TIME_STAND_INS)),
    # Links are in <body> alone: the parser moves an <a> met in <head> there.
    "a": "a[rel]",
    "link": "link",
    # A text box to write in: a comment form's (body.comments).
    "textarea": "textarea",
    # Navigation boxes and ordered lists a screen reader names: a breadcrumb trail marked
    # only by its label (metadata.breadcrumbs), found in the same walk at no cost.
    "nav": "nav[aria-label]",
    "ol": "ol[aria-label]",
    # The headlines and the <title>: six stages ask for them, each a query of its own that
    # walked the tree to its first (or, without one, to its end).
    "h1": "h1",
    "title": "title",
    # The articles: a scan of what an <article> holds asks the one article's subtree alone,
    # not the page (``article_elements``).
    "article": "article",
}
# The query the walk stands for (the tests compare the two).
_VIEW_QUERY = ", ".join(_VIEW_ELEMENTS.values())
# The attribute each of ``_VIEW_ELEMENTS``' selectors asks its elements for (the others ask
# none): read in the walk that finds them (``page_walks.views_and_own_texts``), which tests
# a ``<script>``'s ``type`` against ``page_walks.LD_JSON`` as its selector does.
_VIEW_NEEDS = {"script": "type", "time": "datetime", "nav": "aria-label", "ol": "aria-label"}
# The view's tag whose elements a query of their own finds, not the walk: a page holds a
# couple of hundred ``<a>``, few with a ``rel``, and asking each for one from Python costs
# about 3,400 instructions (selectolax's attribute reads), where lexbor's walk of the tree
# for ``a[rel]`` costs less (the first 15 pages of `fundus` and `trafilatura`: 0.52 M
# instructions a page less than asking each <a>).
_VIEW_QUERIED = "a"
# Filed in the walk besides the views, then set aside with the view's elements it holds
# (``page_walks.outside_fallbacks``): a ``<noscript>`` is what a browser shows only with
# scripts off, and its content is raw text to one running them. A ``<meta
# property="og:title">``, a ``<title>``, an ``<h1>`` or JSON-LD in one (a whole page copied
# into it, by a hostile page or a careless template) won the title; the body extractor
# passes it over already.
_FALLBACK = "noscript"


# ``itemtype`` words of an item a reader adds to the page, not the page's own: a comment's,
# a review's, an answer's ``<meta itemprop="datePublished">`` dates that contribution.
READER_ITEM_TYPES = ("comment", "review", "answer")


def reader_item(node: LexborNode) -> bool:
    """Whether the nearest item around ``node`` (``itemscope``, itself included) is a
    reader's contribution (``READER_ITEM_TYPES``)."""
    current: LexborNode | None = node
    while current is not None:
        attrs = current.attributes
        if "itemscope" in attrs:
            kind = ascii_lower(attrs.get("itemtype") or "")
            return any(word in kind for word in READER_ITEM_TYPES)
        current = current.parent
    return False


# The attribute names the stages' selectors ask for that many pages have no element with
# (microdata's, ARIA's, <time>'s, the toggles'), and a tag name none has: lexbor looks a
# selector's attribute or tag name up in the document's tables once a query when some
# element has it, but again at every element when none has (the miss is not kept): 0.87 M
# instructions a page for the attributes (1.3 %, the first 15 pages of `fundus` and
# `trafilatura`), 0.2 M for the tag.
_QUERIED_ATTRIBUTES = (
    "aria-expanded",
    "aria-label",
    "data-bs-toggle",
    "data-toggle",
    "datetime",
    "itemprop",
    "itemscope",
    "itemtype",
    "pubdate",
    "role",
)
# The byline list's custom element (``name_lists.BYLINE``), a tag lexbor's own table lacks.
_QUERIED_TAG = "byline"


def _file_queried_names(tree: LexborHTMLParser) -> list[int]:
    """File ``_QUERIED_ATTRIBUTES``, ``_QUERIED_TAG`` and ``_TIME_STAND_INS`` in ``tree``'s
    tables of names, on elements of those tags created outside the tree (no query nor walk
    meets them): each query then finds a name in its table once and compares every
    element's id, with the same matches. Returns the tree's ids of ``_TIME_STAND_INS``."""
    holder = tree.create_node(_QUERIED_TAG).attrs
    for name in _QUERIED_ATTRIBUTES:
        holder[name] = ""
    # the view's custom tags: the ids the walk files their elements by
    return [tree.create_node(tag).tag_id for tag in _TIME_STAND_INS]


def _canonical_rel(rel: str | None) -> bool:
    """Whether a ``rel`` value holds the token "canonical" as ``[rel~=canonical]`` reads it
    (``html_tokens``, its ASCII letters in any case)."""
    if not rel or "anonical" not in rel.lower():  # most: "stylesheet", "preload", "icon"
        return False
    return "canonical" in html_tokens(ascii_lower(rel))


class ParsedPage:
    """A parsed HTML page and its URL; cheap views are computed on first use and kept.

    It is what a site rule's Python hook receives (docs/rule-hooks.md): read it, never
    change it, since the metadata sources and the body extractor read the same tree after.
    """

    url: str | None
    """The URL the caller gave, without a password, or None (a saved page, or a URL that
    does not parse)."""
    tree: LexborHTMLParser
    """The selectolax (lexbor engine) parser of the whole page: ``tree.css(selector)`` and
    ``tree.css_first(selector)`` find its elements."""

    def __init__(self, html: str, url: str | None = None, *, utf8: bytes | None = None) -> None:
        """``utf8``: the same page as UTF-8 bytes, when the caller holds them: lexbor reads
        bytes as UTF-8, and a text would be encoded to them again first."""
        self.url = (
            # it becomes Article.url: stored and shown (``credentials``, ``bidi``)
            address_encoded(without_password(without_tabs_or_newlines(url)))
            if isinstance(url, str) and url and len(url) <= MAX_URL_CHARS and _parses(url)
            else None
        )
        self.tree = LexborHTMLParser(html if utf8 is None else utf8)
        self._stand_in_ids = _file_queried_names(self.tree)
        self._derived: dict[Callable[[ParsedPage], object], object] = {}

    def derived(self, view: Callable[[ParsedPage], _View]) -> _View:
        """``view(self)``, computed on first use and kept: a view of the page that another
        module defines (one reading language data, which this module does not know) and
        several stages read."""
        try:
            return cast(_View, self._derived[view])
        except KeyError:
            value = self._derived[view] = view(self)
            return value

    @cached_property
    def address(self) -> str | None:
        """Where the page lives, for matching site rules: its URL, else the address the page
        declares for itself (``<link rel=canonical>``, then ``og:url``), so that a saved file
        still names its site. Only an absolute http(s) URL counts: a relative or junk value is
        passed over. ``url`` (and so ``Article.url``) is left as the caller gave it."""
        if self.url:
            return self.url
        links = self.tree.css('link[rel~="canonical" i][href]')
        declared = [link.attributes.get("href") or "" for link in links]
        declared += self.meta.get("og:url", ())
        return next(
            (url for url in (web_address(browser_address(d)) for d in declared) if url), None
        )

    @cached_property
    def site(self) -> str:
        """The host of ``address`` in lower case without a leading ``www.`` ("" when the
        page has no address): what tells a link to another site from one to this site's
        pages."""
        return host_of(self.address or "")

    @property
    def root(self) -> LexborNode | None:
        """The ``<html>`` element (the HTML parser adds one when the page has none)."""
        return self.tree.root

    @property
    def body(self) -> LexborNode | None:
        """The ``<body>`` element (the HTML parser adds one when the page has none)."""
        return self.tree.body

    @cached_property
    def jsonld(self) -> JsonLdGraph:
        """The first ``MAX_JSONLD_NODES`` JSON-LD nodes of the page's first
        ``MAX_JSONLD_SCRIPTS`` ld+json blocks, ``@graph`` lists unpacked; common breakage (raw
        newlines, trailing commas) is repaired, a block still unreadable is skipped."""
        nodes: list[JsonObject] = []
        for script in self._view_elements["script"][:MAX_JSONLD_SCRIPTS]:
            nodes.extend(parse_block(script.text(deep=True), MAX_JSONLD_NODES - len(nodes)))
            if len(nodes) >= MAX_JSONLD_NODES:
                break
        return JsonLdGraph(nodes)

    @cached_property
    def meta(self) -> Mapping[str, tuple[str, ...]]:
        """``<meta>`` contents by lower-cased name/property/itemprop, in page order."""
        found: dict[str, list[str]] = {}
        for node in self._view_elements["meta"]:
            attrs = node.attributes
            content = (attrs.get("content") or "").strip()
            if not content or len(content) > _MAX_META_CHARS:
                continue
            for key in _META_KEYS:
                name = attrs.get(key)
                if name and not (key == "itemprop" and reader_item(node)):
                    for part in name.lower().split():
                        found.setdefault(part, []).append(content)
                        prefix, colon, local = part.partition(":")
                        stand_in = _CURIE_PREFIXES.get(prefix) if colon and local else None
                        if stand_in is not None:
                            found.setdefault(stand_in + local, []).append(content)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def dated_times(self) -> tuple[LexborNode, ...]:
        """The ``<time>`` elements with a ``datetime`` attribute, and the custom elements
        standing for one (``_TIME_STAND_INS``), in page order."""
        return tuple(self._view_elements["time"])

    @cached_property
    def text_boxes(self) -> tuple[LexborNode, ...]:
        """The ``<textarea>`` elements, in page order."""
        return tuple(self._view_elements["textarea"])

    @cached_property
    def rel_links(self) -> tuple[LexborNode, ...]:
        """The ``<a>`` elements with a ``rel`` attribute, in page order."""
        return tuple(self._view_elements["a"])

    @cached_property
    def canonical_links(self) -> tuple[LexborNode, ...]:
        """The ``<link rel=canonical href>`` elements, in page order: those
        ``link[rel~=canonical][href]`` finds (a token of ``rel`` between ASCII white space,
        its ASCII letters in any case)."""
        # each attribute read alone (``attributes`` builds a dict of them all), ``rel`` first
        return tuple(
            node
            for node in self._view_elements["link"]
            if _canonical_rel((attrs := node.attrs).get("rel")) and "href" in attrs
        )

    @cached_property
    def meta_and_link_elements(self) -> tuple[LexborNode, ...]:
        """Every ``<meta>`` and ``<link>`` element, the ``<meta>`` ones first, each kind in
        page order."""
        found = self._view_elements
        return (*found["meta"], *found["link"])

    @cached_property
    def headlines(self) -> tuple[LexborNode, ...]:
        """The ``<h1>`` elements, in page order: ``tree.css("h1")``, and ``body.css("h1")``
        too (the parser sets every ``<h1>`` in ``<body>``), but those of a ``<noscript>``
        copy of the page (``page_walks.outside_fallbacks``)."""
        return tuple(self._view_elements["h1"])

    @property
    def headlines_set_aside(self) -> bool:
        """Whether an ``<h1>`` of the page is in a ``<noscript>`` copy of it, and so not in
        ``headlines``: a query of ``<h1>``s then needs its answer held to them."""
        return self._walked[2]

    @property
    def other_scripts(self) -> tuple[LexborNode, ...]:
        """The ``<script>`` elements not of JSON-LD (``tree.css("script")`` but those of
        ``jsonld``'s type, ``<noscript>`` copies not set aside), in page order: filed in the
        walk of ``_walked``, which meets them anyway."""
        return self._walked[3]

    @cached_property
    def title_element(self) -> LexborNode | None:
        """The first ``<title>`` element (``tree.css_first("title")``), or None; None too
        when its text is over ``_MAX_META_CHARS``, passed over as such a ``<meta>`` is: six
        stages read and clean it whole (a 50 MB title took 4.9 s and 1.2 GB)."""
        titles = self._view_elements["title"]
        if not titles or len(titles[0].text(deep=True)) > _MAX_META_CHARS:
            return None
        return titles[0]

    @cached_property
    def labelled_boxes(self) -> tuple[LexborNode, ...]:
        """The ``<nav>`` elements with an ``aria-label``, then the ``<ol>`` ones, each kind
        in page order."""
        found = self._view_elements
        return (*found["nav"], *found["ol"])

    @property
    def article_elements(self) -> tuple[LexborNode, ...]:
        """The ``<article>`` elements, in page order: what ``tree.css("article")`` finds,
        a ``<noscript>``'s too (filed in the walk of ``_walked``)."""
        return self._walked[4]

    @property
    def _view_elements(self) -> Mapping[str, list[LexborNode]]:
        """The elements of ``_VIEW_ELEMENTS``, by tag, in page order (``_walked``)."""
        return self._walked[0]

    @property
    def own_texts(self) -> tuple[tuple[LexborNode, str, str | None], ...]:
        """``(element, tag, own text)`` of the text-holding elements of ``<body>`` (see
        ``_OWN_TEXT_TAGS``) that have text of their own (their direct text nodes, not their
        children's), in page order: read once for every scan of labelled lines. An own text
        longer than ``_OWN_TEXT_KEPT`` is None: ``element.text(deep=False)`` reads it."""
        return self._walked[1]

    @cached_property
    def _walked(
        self,
    ) -> tuple[
        Mapping[str, list[LexborNode]],
        tuple[tuple[LexborNode, str, str | None], ...],
        bool,
        tuple[LexborNode, ...],
        tuple[LexborNode, ...],
    ]:
        """``_view_elements`` and ``own_texts``, found in one walk of the tree: every page
        reads both, and the walk ``own_texts`` makes cost less with the view's elements
        filed in it than a query of them besides (``page_walks.views_and_own_texts``); and
        whether an ``<h1>`` was set aside in a ``<noscript>`` (``headlines_set_aside``);
        the ``<script>`` elements not of JSON-LD (``other_scripts``); the ``<article>``
        elements, those of a ``<noscript>`` too (``article_elements``)."""
        views = _view_tag_ids()
        if self._stand_in_ids:
            views = {**views, **dict.fromkeys(self._stand_in_ids, ("time", "datetime"))}
        found, own = page_walks.views_and_own_texts(
            self.root, self.body, views, _own_text_tag_ids(), _OWN_TEXT_KEPT
        )
        found[_VIEW_QUERIED] = self.tree.css(_VIEW_ELEMENTS[_VIEW_QUERIED])
        fallbacks = found.pop(_FALLBACK)
        others = tuple(found.pop(page_walks.OTHER_SCRIPTS))  # as a query finds them
        h1s = len(found["h1"])
        articles = tuple(found["article"])  # before any is set aside: as a query finds them
        if fallbacks:
            found = page_walks.outside_fallbacks(found, fallbacks, views)
        return found, own, len(found["h1"]) < h1s, others, articles

    def short_lines(self, tags: frozenset[str], max_chars: int) -> Iterator[tuple[LexborNode, str]]:
        """``(element, own text)`` of the ``own_texts`` of elements among ``tags`` whose own
        text is at most ``max_chars`` long, in page order: the lines the byline scans read
        whole (a name and a job title, names and a label after them), past which a line is
        a sentence."""
        for node, tag, own in self.own_texts:
            if tag in tags and own is not None and len(own) <= max_chars:
                yield node, own

    @cached_property
    def names(self) -> str:
        """Every distinct ``class`` and ``id`` of the page's elements, joined by newlines,
        their ASCII letters in lower case: a word not in it is in no element's class or id
        (see ``name_lists``)."""
        classes, ids = self.names_by_attribute
        return f"{classes}\n{ids}" if classes and ids else classes or ids

    @cached_property
    def names_by_attribute(self) -> tuple[str, str]:
        """``names``' classes and ids apart, each joined the same way: a word in some
        element's id but in no class (or the reverse) needs no ``[class*=word i]`` test
        (``name_lists.NameWordSelector.for_page``)."""
        classes, ids, _ = self._names_as_written
        return ascii_lower(classes), ascii_lower(ids)

    @cached_property
    def classes_as_written(self) -> tuple[str, int]:
        """``names_by_attribute``'s classes before ``ascii_lower``, character for character
        in the same places, and how many distinct classes they join: a class value holding
        a newline of its own is told by the count."""
        classes, _, count = self._names_as_written
        return classes, count

    @cached_property
    def _names_as_written(self) -> tuple[str, str, int]:
        tree = self.tree
        classes, ids = page_walks.class_and_id_values(tree.css("[class]"), tree.css("[id]"))
        for values in (classes, ids):
            if values and max(map(len, values)) > MAX_NAME_CHARS:
                # one the markup search missed (a ">" every few KB in it): refused as it refuses
                raise InputTooLargeError(
                    f"an element's class or id is over {MAX_NAME_CHARS:,} characters, the limit"
                )
        return "\n".join(classes), "\n".join(ids), len(classes)

    def meta_first(self, *names: str) -> str | None:
        """The first content among ``names``, tried in the given order."""
        meta = self.meta
        for name in names:
            values = meta.get(name)
            if values:
                return values[0]
        return None

    @cached_property
    def html_lang(self) -> str | None:
        """The ``lang`` (or ``xml:lang``) of ``<html>``, as written ("en-GB"), or None; a
        value over ``MAX_LANGUAGE_TAG`` characters is no language tag and None too."""
        root = self.root
        if root is None:
            return None
        lang = root.attributes.get("lang") or root.attributes.get("xml:lang")
        lang = lang.strip() if lang else None
        return lang if lang and len(lang) <= MAX_LANGUAGE_TAG else None


def web_address(value: str) -> str | None:
    """``value`` stripped when it is an absolute http(s) URL with a host, else None.

    A hostile value (an unclosed IPv6 ``[``, a port that is no number, or none a connection
    can go to: 0, 65536, ``has_usable_port``) is None, never a
    ``ValueError``; so is one with a space or control character inside, which ``urlsplit``
    would silently drop or keep. A value over ``MAX_URL_CHARS`` is no address (a 60 MB
    canonical link was split for its host, 0.4 s), nor is one whose host DNS could not hold
    (``has_dns_sized_host``).
    """
    if len(value) > MAX_URL_CHARS:
        return None
    value = value.strip()
    if _NOT_IN_ADDRESS.search(value) is not None:
        return None
    try:
        parts = urlsplit(value)
        host = parts.hostname
        usable_port = has_usable_port(parts)
    except ValueError:
        return None
    if parts.scheme.lower() not in _WEB_SCHEMES or not host or not usable_port:
        return None
    if not has_dns_sized_host(host):
        return None
    value = address_encoded(value)  # shown as spelt: ``bidi``
    return without_password(value) if parts.password else value  # stored, shown: ``credentials``


def _parses(url: str) -> bool:
    """Whether the URL is a web page's address every later stage can read: a URL from a
    record or a caller is hostile input too ("http://[::1" raises in ``urlsplit``;
    "javascript:…" or "file:///etc/passwd" would become the article's address), and one that
    is not is treated as no URL rather than failing the page. So is one holding a lone
    surrogate, which no UTF-8 writer (an output file, the store) can encode."""
    if not url.isascii():
        try:
            url.encode("utf-8")
        except UnicodeEncodeError:
            return False
    if not url.isprintable() and _CONTROL_IN_URL.search(url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
        usable_port = has_usable_port(parts)
    except ValueError:
        return False
    return bool(
        parts.scheme.lower() in _WEB_SCHEMES and host and usable_port and has_dns_sized_host(host)
    )


def host_of(url: str) -> str:
    """The host a browser opens for an absolute http(s) ``url`` (``browser_host``: lower
    case, ASCII, no trailing dot), without a leading ``www.``; "" for any other value (a
    relative address, a fragment, junk). Read by ``urlsplit``, a link to
    "https://evil.example\\@news.example/" was on news.example, the page's own site, and
    a page at ``BÜCHER.example`` took its links to ``xn--bcher-kva.example`` for another
    site's."""
    address = browser_address(url.strip())
    if not address[:8].lower().startswith(("http://", "https://", "//")):
        return ""
    return browser_host(address).removeprefix("www.")


def same_site(host: str, site: str) -> bool:
    """Whether ``host`` is ``site``, a host under it or one it is under ("blog.example.fr"
    and "example.fr" are one site), with no public suffix between them ("a.github.io" and
    "github.io" are not): ``sites.same_site``."""
    return host == site or sites.same_site(host, site)
