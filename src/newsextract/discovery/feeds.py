"""RSS, Atom and JSON feeds: found on a page, and read with feedparser (a maintained parser
that copes with the malformed XML and wrong encodings feeds are known for)."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from newsextract.discovery.dates import feed_date
from newsextract.discovery.model import DiscoveredURL
from newsextract.discovery.urls import listed_url
from newsextract.errors import DiscoveryError
from newsextract.page_limits import readable_markup

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "text/xml",
    "application/xml",
)
#: Feeds are read whole by feedparser, whose lenient parser takes about 2 s a megabyte on
#: hostile markup; the largest real feeds (podcasts with full show notes) stay well below.
MAX_FEED_BYTES = 10 * 1024 * 1024
COMMON_FEED_PATHS = (
    "/feed",
    "/rss",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/index.xml",
    "/feeds/posts/default",
    "/?feed=rss2",
)


#: Feeds read from one page's ``<link rel="alternate">`` tags: a site announces a handful, and
#: discovery reads 50 sources a site at most (``max_sources``). 40,000 such tags took 7 s, each
#: URL compared with all before it.
MAX_FEED_LINKS = 100


def feed_links(html: str, base: str) -> list[str]:
    """Feed URLs a page announces with ``<link rel="alternate" type="...rss+xml">``, the
    first ``MAX_FEED_LINKS``."""
    tree = LexborHTMLParser(readable_markup(html))
    found: dict[str, None] = {}
    for node in tree.css('link[rel~="alternate"][href]'):
        kind = (node.attributes.get("type") or "").lower()
        if kind in FEED_TYPES and kind not in ("application/json",):
            url = listed_url(node.attributes.get("href") or "", base)
            if url:
                found[url] = None
                if len(found) == MAX_FEED_LINKS:
                    break
    return list(found)


#: Entries read from one feed: news feeds list tens to hundreds (a news sitemap at most
#: 1,000), the longest podcast feeds a few thousand. feedparser's time grows faster than the
#: entries' count: 10 MB of tiny entries (210,000) took 17 s of CPU, 10,000 ordinary items
#: (title, link, date, description) 2 s, 5,000 of them 0.9-1.55 s (over a test's 1.5 s bound
#: on a slower machine), 2,500 a quarter of the 10,000's.
MAX_FEED_ENTRIES = 2_500
# Where an RSS item or Atom entry opens (``<item>``, ``<rss:item ...>``, ``<entry>``; not
# RSS 1.0's ``<items>`` list).
_ENTRY_START = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
#: Tags (counted as "<", end tags too) read from one feed: 10 for each of ``MAX_FEED_ENTRIES``
#: entries, so a feed costs at most what that many ordinary entries cost (0.5 s). feedparser
#: takes 10-25 µs a tag whatever the tags are, so 10 MB of ``<a/>`` (2.4 million, 20 KB
#: gzipped) took 25 s.
MAX_FEED_TAGS = 10 * MAX_FEED_ENTRIES
_FIRST_TAGS = re.compile(rb"(?:[^<]*<){%d}" % MAX_FEED_TAGS)
#: Character references ("&", counted in CDATA too) read from one feed: the XML parser hands
#: feedparser the text between two of them in a call of its own (1 µs each), so 10 MB of
#: "&lt;p&gt;x" escaped markup took 2.3 s. A feed of whole articles in escaped HTML holds one
#: in 50 bytes or so: 200,000 in 10 MB.
MAX_FEED_REFERENCES = 500_000
_FIRST_REFERENCES = re.compile(rb"(?:[^&]*&){%d}" % MAX_FEED_REFERENCES)


class FeedTooLongError(DiscoveryError):
    """A feed lists more than ``MAX_FEED_ENTRIES`` entries: ``pages`` holds the first ones,
    which discovery keeps; the rest are not read."""

    def __init__(self, source: str, pages: list[DiscoveredURL], *, what: str | None = None) -> None:
        super().__init__(
            f"{source}: more than {what}; the entries before it are read"
            if what
            else f"{source}: more than {MAX_FEED_ENTRIES:,} entries; the first "
            f"{MAX_FEED_ENTRIES:,} are read",
            source=source,
        )
        self.pages = pages


def parse_feed(data: bytes, source: str) -> Iterator[DiscoveredURL]:
    """Entries of a feed, in feed order; ``DiscoveryError`` when it is not a feed at all,
    ``FeedTooLongError`` (holding the first ones) past ``MAX_FEED_ENTRIES``."""
    import feedparser  # deferred: costs ~0.1 s to import and only feeds need it

    if len(data) > MAX_FEED_BYTES:
        raise DiscoveryError(f"{source}: feed larger than {MAX_FEED_BYTES} bytes", source=source)
    cut, what = _excess_start(data), None
    if (tags_end := _excess_tags(data)) is not None and (cut is None or tags_end < cut):
        cut, what = tags_end, f"{MAX_FEED_TAGS:,} tags"
    if (refs_end := _excess_references(data)) is not None and (cut is None or refs_end < cut):
        cut, what = refs_end, f"{MAX_FEED_REFERENCES:,} character references"
    if cut is not None:
        # Cut before the first entry too many, and the elements open there closed:
        # feedparser reads the entries before it. Left unclosed, the cut document failed
        # its strict parser at the end, and it read the whole again with its loose one
        # (slower still): 10,000 entries took 5-8 s, now 2-3.
        data = _closed(data[:cut])
    data = _prolog_spaced_once(data)
    # Always a stream: given bytes or a string, feedparser first tries them as a URL or a
    # file name, so a body reading "/etc/passwd" would be opened (api.py, _open_resource).
    stream = io.BytesIO(data)
    parsed: Any = feedparser.parse(stream, sanitize_html=False, resolve_relative_uris=False)
    items = [item for item in (_entry(entry, source) for entry in parsed.entries) if item]
    if cut is not None:
        raise FeedTooLongError(source, items, what=what)
    if not items and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no feed entries"
        raise DiscoveryError(f"{source}: not a readable feed: {reason}", source=source)
    return iter(items)


# Where the root element opens: what comes before is the prolog (declarations, comments).
_ROOT = re.compile(rb"<\w")
_SPACES = re.compile(rb"\s+")
#: A prolog up to this long is left as it is: its white space costs feedparser little.
_SHORT_PROLOG = 4096


def _prolog_spaced_once(data: bytes) -> bytes:
    """``data`` with each run of white space before the root element that holds a line break
    made one line break. feedparser looks for DOCTYPE and ENTITY declarations there with
    ``^\\s*<!ENTITY`` line by line: from each line break of a run it reads the rest of the
    run, so 20,000 line breaks before ``<rss>`` took 10 s of CPU (200,000, 15 minutes). The
    prolog's white space means nothing to XML (a declared entity's value aside)."""
    root = _ROOT.search(data)
    if root is None or root.start() <= _SHORT_PROLOG:
        return data
    prolog = _SPACES.sub(lambda run: b"\n" if b"\n" in run[0] else run[0], data[: root.start()])
    return prolog + data[root.start() :]


# A tag: "/" before the name of an end tag, a name, "/" before the ">" of an empty element;
# or a declaration or processing instruction (no name read). Neither runs past a "<", so a
# "<" that opens no tag costs the distance to the next one.
_XML_TAG = re.compile(rb"<(?:[!?][^<>]*>|(/?)([^\s/<>!?]+)[^<>]*?(/?)>)")
# What ends a comment and a CDATA section, by how they open.
_SKIPPED = ((b"<!--", b"-->"), (b"<![CDATA[", b"]]>"))


def _closed(data: bytes) -> bytes:
    """``data``, cut short, with end tags for the elements left open (at most
    ``MAX_FEED_TAGS`` tags are read, each once: 0.1 s). A document cut inside a comment or
    CDATA section, or that is no well-formed XML, stays as it is, and feedparser reads it
    with its loose parser, as before."""
    stack: list[bytes] = []
    open_names: Counter[bytes] = Counter()  # of the stack: an end tag's name looked up once
    at = data.find(b"<")
    while at >= 0:
        skipped = next((end for start, end in _SKIPPED if data.startswith(start, at)), None)
        if skipped is not None:
            end = data.find(skipped, at + 4)
            if end < 0:
                return data  # cut inside it: no end tag would be read as one
            at = data.find(b"<", end + len(skipped))
            continue
        tag = _XML_TAG.match(data, at)
        if tag is not None and tag.group(2) is not None and not tag.group(3):
            name = tag.group(2)
            if not tag.group(1):
                stack.append(name)
                open_names[name] += 1
            elif open_names[name]:  # each element is closed once: linear in all
                while (top := stack.pop()) != name:
                    open_names[top] -= 1
                open_names[name] -= 1
        at = data.find(b"<", at + 1)
    return data + b"".join(b"</%s>" % name for name in reversed(stack))


def _excess_start(data: bytes) -> int | None:
    """Where the entry after the first ``MAX_FEED_ENTRIES`` opens, if the feed has one."""
    for count, found in enumerate(_ENTRY_START.finditer(data), start=1):
        if count > MAX_FEED_ENTRIES:
            return found.start()
    return None


def _excess_tags(data: bytes) -> int | None:
    """Where the tag after the first ``MAX_FEED_TAGS`` opens, if the feed has one: the feed
    is cut before it (between two tags, so no text is cut short)."""
    if data.count(b"<") <= MAX_FEED_TAGS:
        return None
    counted = _FIRST_TAGS.match(data)
    assert counted is not None
    return data.find(b"<", counted.end())


def _entry(entry: Any, source: str) -> DiscoveredURL | None:
    link = entry.get("link") or next(
        (item.get("href") for item in entry.get("links", []) if item.get("href")), None
    )
    url = listed_url(link, source) if link else None
    if url is None:
        return None
    return DiscoveredURL(
        url=url,
        title=(entry.get("title") or "").strip() or None,
        published=feed_date(_own(entry, "published_parsed")),
        modified=feed_date(_own(entry, "updated_parsed")),
        source=source,
        via="feed",
    )


def _own(entry: Any, key: str) -> Any:
    """The entry's own value: feedparser maps a missing date to the other one (and warns)."""
    return dict.get(entry, key)


def _excess_references(data: bytes) -> int | None:
    """Where the tag before the character reference after the first ``MAX_FEED_REFERENCES``
    opens, if the feed has one: the feed is cut there (between two tags, as for tags)."""
    if data.count(b"&") <= MAX_FEED_REFERENCES:
        return None
    counted = _FIRST_REFERENCES.match(data)
    assert counted is not None
    return max(data.rfind(b"<", 0, counted.end()), 0)
