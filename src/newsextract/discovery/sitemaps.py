"""XML sitemaps, sitemap indexes, gzipped sitemaps and Google News sitemaps.

Parsed incrementally with lxml's ``iterparse`` (entities never resolved, no network), from
bytes already capped by the fetcher; a gzipped sitemap is inflated up to the same cap, so a
compression bomb stops there.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlsplit

import attrs
from lxml import etree

from newsextract.dates import parse_machine_date
from newsextract.discovery.feeds import _closed
from newsextract.discovery.model import DiscoveredURL
from newsextract.discovery.urls import listed_url
from newsextract.errors import DiscoveryError
from newsextract.fetching.robots import MAX_ROBOTS_BYTES

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one uncompressed file
MAX_SITEMAP_ENTRIES = 50_000
"""The sitemaps.org limit of URLs in one sitemap (or child sitemaps in one index). 50 MiB of
short ``<loc>``s hold about a million, which took 12 s to read and kept them all in memory,
for each of a site's up to ``max_sources`` sitemaps."""

#: A sitemap compressed in parts has a few; 50 MB of empty members would be 2.5 million.
MAX_GZIP_MEMBERS = 1_000
#: Elements in one sitemap: 20 for each of ``MAX_SITEMAP_ENTRIES`` entries (a Google News
#: entry with an image has about 15). 50 MB of ``<a/>`` (100 KB gzipped) are 12 million
#: elements, which took 11 s and 1.6 GB to read.
MAX_SITEMAP_ELEMENTS = 20 * MAX_SITEMAP_ENTRIES
#: Elements inside one entry: a ``<url>`` holds a dozen; one holding millions was kept whole.
MAX_ENTRY_ELEMENTS = 1_000
_ENTRIES = ("sitemap", "url")


@attrs.frozen(kw_only=True)
class SitemapRef:
    """A child sitemap listed in a sitemap index."""

    url: str
    modified: datetime | None = None


def inflate(data: bytes, source: str, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """``data`` itself, or inflated when gzipped, never more than ``limit`` bytes.

    Every gzip member is read, as ``gunzip`` reads them: a sitemap written in parts (``cat
    a.gz b.gz``, parallel compressors) lost all but its first part without a word.
    """
    if not data.startswith(b"\x1f\x8b"):
        return data
    parts: list[bytes] = []
    size = 0
    rest = data
    while rest.startswith(b"\x1f\x8b"):
        if len(parts) == MAX_GZIP_MEMBERS:
            raise DiscoveryError(
                f"{source}: more than {MAX_GZIP_MEMBERS:,} gzip members", source=source
            )
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            part = inflater.decompress(rest, limit + 1 - size)
        except zlib.error as exc:
            raise DiscoveryError(f"{source}: broken gzip data: {exc}", source=source) from exc
        size += len(part)
        if size > limit:
            raise DiscoveryError(
                f"{source}: sitemap larger than {limit} bytes once inflated", source=source
            )
        parts.append(part)
        if not inflater.eof:  # cut short: what came before the cut is read
            break
        rest = inflater.unused_data
    return b"".join(parts)


class SitemapCutShortError(DiscoveryError):
    """A sitemap stops being well-formed XML (a byte no XML holds, a ``<`` in text, a gzip
    stream cut short) after some entries: ``children`` and ``pages`` hold those, which
    discovery keeps; the entries after the break are not read, and the failure says so."""

    def __init__(
        self,
        source: str,
        children: list[SitemapRef],
        pages: list[DiscoveredURL],
        reason: object,
    ) -> None:
        read = len(children) + len(pages)
        entries = "entry" if read == 1 else "entries"
        super().__init__(
            f"{source}: not well-formed XML after {read:,} {entries} ({reason}); "
            "the entries before it are read",
            source=source,
        )
        self.children = children
        self.pages = pages


class SitemapTooLongError(DiscoveryError):
    """A sitemap lists more than ``MAX_SITEMAP_ENTRIES`` entries: ``children`` and ``pages``
    hold the first ones, which discovery keeps; the rest are not read."""

    def __init__(
        self,
        source: str,
        children: list[SitemapRef],
        pages: list[DiscoveredURL],
        *,
        what: str = f"{MAX_SITEMAP_ENTRIES:,} entries, the sitemaps.org limit",
    ) -> None:
        super().__init__(
            f"{source}: more than {what}; the entries before it are read", source=source
        )
        self.children = children
        self.pages = pages


def parse_sitemap(data: bytes, source: str) -> tuple[list[SitemapRef], list[DiscoveredURL]]:
    """The child sitemaps (of an index) and the page URLs (of a urlset) in one sitemap;
    ``SitemapTooLongError``, holding the first ones, past ``MAX_SITEMAP_ENTRIES``, and
    ``SitemapCutShortError``, holding those before it, at a break in the XML."""
    data = raw_ampersands_escaped(inflate(data, source))
    try:
        children, pages = _read(data, source)
    except etree.XMLSyntaxError as exc:
        # What came before the break is read again, the document cut after the last whole
        # entry before it: lxml parses ahead in blocks, so the entries of the block holding
        # the break were lost with it, and a small sitemap broken anywhere gave none.
        cut = _before_break(data, exc)
        try:
            children, pages = ([], []) if cut is None else _read(cut, source)
        except etree.XMLSyntaxError:
            children, pages = [], []
        if not (children or pages):
            raise DiscoveryError(f"{source}: not a readable sitemap: {exc}", source=source) from exc
        # The entries after the break were dropped without a word: a failure of its own.
        raise SitemapCutShortError(source, children, pages, exc) from exc
    if not children and not pages and not _looks_like_sitemap(data):
        raise DiscoveryError(f"{source}: not a sitemap", source=source)
    return children, pages


def _read(data: bytes, source: str) -> tuple[list[SitemapRef], list[DiscoveredURL]]:
    """The entries of ``data``; ``XMLSyntaxError`` at a break in the XML."""
    children: list[SitemapRef] = []
    pages: list[DiscoveredURL] = []
    for element in _entries(data):
        if element is None:
            what = f"{MAX_SITEMAP_ELEMENTS:,} XML elements"
            raise SitemapTooLongError(source, children, pages, what=what)
        if len(children) + len(pages) >= MAX_SITEMAP_ENTRIES:
            raise SitemapTooLongError(source, children, pages)
        if _local(element.tag) == "sitemap":
            ref = _child(element, source)
            if ref is not None:
                children.append(ref)
        else:
            page = _page(element, source)
            if page is not None:
                pages.append(page)
    return children, pages


# The end tag of an entry, with or without a namespace prefix.
_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:url|sitemap)\s*>")


def _before_break(data: bytes, exc: etree.XMLSyntaxError) -> bytes | None:
    """``data`` up to the end of the last whole entry before the break ``exc`` reports, its
    open elements closed; None when no entry ends before it. lxml counts the break's column
    in characters, not bytes, so a page of multi-byte text puts it early: the cut is never
    past the break, and the broken entry is never read in part (a ``<loc>`` cut at a NUL
    byte would list an address it does not hold)."""
    line, column = exc.position
    at = _line_start(data, line) + max(column - 1, 0)
    ends = [entry.end() for entry in _ENTRY_END.finditer(data, 0, at)]
    return _closed(data[: ends[-1]]) if ends else None


def _line_start(data: bytes, line: int) -> int:
    """Where line ``line`` (from 1) of ``data`` starts: found by halving, each step one count
    of line feeds in C (50 MB of line feeds, one ``find`` each, took seconds)."""
    low, high = 0, len(data)
    if line <= 1:
        return 0
    while low < high:  # the least offset with line - 1 line feeds before it
        middle = (low + high) // 2
        if data.count(b"\n", 0, middle) < line - 1:
            low = middle + 1
        else:
            high = middle
    return low


# An ``&`` that opens no XML reference (one of the five predefined entities, a character
# reference): sitemap writers that paste URLs in leave a query's ``&`` raw ("?a=1&b=2"), or
# write an HTML entity ("&nbsp;"), and the strict parser stopped there, every entry after it
# lost. Escaped, the ``&`` is read as the character it is.
_RAW_AMPERSAND = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)")
_CDATA_OPEN = b"<![CDATA["
_CDATA_CLOSE = b"]]>"


def raw_ampersands_escaped(data: bytes) -> bytes:
    """``data`` with each raw ``&`` outside CDATA sections (where it is the character
    already) written ``&amp;``; one pass, each CDATA section's end looked for once."""
    if b"&" not in data:
        return data
    parts: list[bytes] = []
    at = 0
    while (start := data.find(_CDATA_OPEN, at)) >= 0:
        parts.append(_RAW_AMPERSAND.sub(b"&amp;", data[at:start]))
        end = data.find(_CDATA_CLOSE, start + len(_CDATA_OPEN))
        at = len(data) if end < 0 else end + len(_CDATA_CLOSE)
        parts.append(data[start:at])
    parts.append(_RAW_AMPERSAND.sub(b"&amp;", data[at:]))
    return b"".join(parts)


def _entries(data: bytes) -> Iterator[etree._Element | None]:
    """Each ``<url>`` and ``<sitemap>`` entry, whole, at its end; None (and the end) once
    the sitemap holds over ``MAX_SITEMAP_ELEMENTS`` elements.

    Every element is dropped from the tree once read (an entry after it is yielded), so the
    tree never holds more than the entry being read: elements that are no entry, which
    nothing cleared, made a 50 MB sitemap a tree of gigabytes. An entry with over
    ``MAX_ENTRY_ELEMENTS`` elements inside is no entry and is passed over.
    """
    parser_events = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        recover=False,
        load_dtd=False,
    )
    elements = 0
    entry: etree._Element | None = None
    inside = 0  # elements in the entry being read
    for event, element in parser_events:
        if event == "start":
            elements += 1
            if elements > MAX_SITEMAP_ELEMENTS:
                yield None
                return
            if entry is not None:
                inside += 1
            elif _local(element.tag) in _ENTRIES:
                entry, inside = element, 0
            continue
        if entry is not None and element is not entry:
            if inside > MAX_ENTRY_ELEMENTS:  # no entry: its parts are not kept
                element.clear()
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)
            continue  # a part of the entry, read with it
        if element is entry:
            if inside <= MAX_ENTRY_ELEMENTS:
                yield element
            entry = None
        parent = element.getparent()
        element.clear()
        if parent is None:
            # The root closed: every entry is read. lxml reports some errors only after it
            # (a "news:" prefix no xmlns declares), and they cost no entry.
            return
        parent.remove(element)


def _local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1]


def _texts(element: etree._Element) -> dict[str, str]:
    """The first text (stripped, not empty) of each local name in the entry, in one walk:
    an entry's four fields were four walks of it (a sitemap's 50,000 entries, 0.3 s)."""
    found: dict[str, str] = {}
    for child in element.iter():
        text = child.text
        if isinstance(text, str) and (text := text.strip()):
            found.setdefault(_local(child.tag), text)
    return found


def _child(element: etree._Element, source: str) -> SitemapRef | None:
    texts = _texts(element)
    loc = texts.get("loc")
    url = listed_url(loc, source) if loc else None
    if url is None:
        return None
    return SitemapRef(url=url, modified=parse_machine_date(texts.get("lastmod")))


def _page(element: etree._Element, source: str) -> DiscoveredURL | None:
    texts = _texts(element)
    loc = texts.get("loc")
    url = listed_url(loc, source) if loc else None
    if url is None:
        return None
    news_date = parse_machine_date(texts.get("publication_date"))
    return DiscoveredURL(
        url=url,
        title=texts.get("title"),
        published=news_date,
        modified=parse_machine_date(texts.get("lastmod")),
        source=source,
        via="news-sitemap" if news_date is not None else "sitemap",
    )


def _looks_like_sitemap(data: bytes) -> bool:
    head = data[:2048]
    return b"<urlset" in head or b"<sitemapindex" in head


#: ``Sitemap:`` lines read from one robots.txt: far more than discovery reads sources from one
#: site (``max_sources``, 50). A 10 MB robots.txt of distinct lines (half a million) was
#: minutes of work, each line checked against all the ones before.
MAX_ROBOTS_SITEMAPS = 1_000


def robots_sitemaps(robots_txt: str, base: str) -> list[str]:
    """``Sitemap:`` lines of a robots.txt, the first ``MAX_ROBOTS_SITEMAPS``, read from its
    first ``MAX_ROBOTS_BYTES`` (as RFC 9309 asks of a crawler)."""
    found: dict[str, None] = {}
    for line in robots_txt[:MAX_ROBOTS_BYTES].splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            url = _sitemap_address(value, base)
            if url:
                found[url] = None
                if len(found) == MAX_ROBOTS_SITEMAPS:
                    break
    return list(found)


def _sitemap_address(value: str, base: str) -> str | None:
    """The sitemap a ``Sitemap:`` value names (a relative one resolved against ``base``), or
    None when it names none: ``base`` itself (``listed_url``), the robots.txt (``?q=1``),
    the site's root (``.``, ``/``, another host's bare name). Each resolved to a page that is
    no sitemap, fetched in the place of one, and, being a listed sitemap, stopped discovery
    from trying ``/sitemap.xml``."""
    url = listed_url(value, base)
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.path == "/robots.txt" or (parts.path == "/" and not parts.query):
        return None
    return url
