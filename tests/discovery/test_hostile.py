"""Hostile feeds and sitemaps: bodies that name files or URLs, and dates out of any range.

Whether discovery opened a file or a socket is read from Python's audit events (``open``,
``socket.connect``), so the tests see what the parser did, not what it returned.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.discovery.conftest import FAST, MakeSite

from newsextract.discovery import DiscoveredURL, SourceFailure, discover
from newsextract.discovery.feeds import MAX_FEED_BYTES, feed_links, parse_feed
from newsextract.discovery.links import article_links
from newsextract.discovery.sitemaps import parse_sitemap, robots_sitemaps
from newsextract.errors import DiscoveryError

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
HOSTILE_DATES = (
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "0000-00-00",
    "1500-01-01",
    "2999-01-01T00:00:00Z",
    "garbage",
    "",
)


class _Recorder:
    """Audit events seen while ``active``; one hook for the session (hooks cannot be removed)."""

    def __init__(self) -> None:
        self.active = False
        self.events: list[tuple[str, tuple[Any, ...]]] = []

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if self.active and event in ("open", "socket.connect", "urllib.Request"):
            self.events.append((event, args))

    def opened(self) -> list[str]:
        return [_path(args[0]) for event, args in self.events if event == "open"]

    def connected(self) -> list[tuple[Any, ...]]:
        return [args for event, args in self.events if event != "open"]


def _path(value: Any) -> str:
    return os.fsdecode(value) if isinstance(value, (str, bytes)) else str(value)


_RECORDER = _Recorder()
sys.addaudithook(_RECORDER)


@pytest.fixture
def io_events() -> Iterator[_Recorder]:
    import feedparser  # noqa: F401  (imported first: its own module files are not the point)

    _RECORDER.events.clear()
    _RECORDER.active = True
    try:
        yield _RECORDER
    finally:
        _RECORDER.active = False


@pytest.fixture
def feed_file(tmp_path: Path) -> Path:
    """A real feed on disk, listing a URL that must never come out of discovery."""
    path = tmp_path / "local-feed.xml"
    path.write_bytes(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>local</title>'
        b"<item><link>https://secret.example/2024/01/01/read-from-the-local-disk</link></item>"
        b"</channel></rss>"
    )
    return path


def _feed_or_error(body: bytes) -> list[str]:
    try:
        return [item.url for item in parse_feed(body, "https://news.example/feed")]
    except DiscoveryError:
        return []


@pytest.mark.parametrize("target", ["feed-file", "/dev/zero", "/etc/passwd"])
def test_a_feed_body_naming_a_file_is_not_opened(
    target: str, feed_file: Path, io_events: _Recorder
) -> None:
    path = str(feed_file) if target == "feed-file" else target
    for body in (path.encode(), f"  {path}\n".encode(), f"file://{path}".encode()):
        assert _feed_or_error(body) == []
    assert path not in io_events.opened()


def test_a_feed_body_naming_a_url_is_not_fetched(
    make_site: MakeSite, feed_file: Path, io_events: _Recorder
) -> None:
    site = make_site("127.0.0.21", {"/feed": (200, "application/rss+xml", feed_file.read_bytes())})
    for body in (f"{site.url}/feed".encode(), f"feed:{site.url}/feed".encode()):
        assert _feed_or_error(body) == []
    assert site.hits == {}
    assert io_events.connected() == []


def test_discover_on_a_feed_whose_body_is_a_local_path(
    make_site: MakeSite, feed_file: Path
) -> None:
    site = make_site("127.0.0.22", {"/feed": (200, "application/rss+xml", bytes(feed_file))})
    failures: list[object] = []
    assert list(discover(site.url + "/feed", fetch_options=FAST, failures=failures)) == []
    [failure] = failures
    assert isinstance(failure, SourceFailure) and failure.error_type == "DiscoveryError"


def test_a_feed_over_the_cap_is_refused_unparsed() -> None:
    item = b"<item><link>https://news.example/a</link></item>"
    body = b'<rss version="2.0"><channel>' + item * (MAX_FEED_BYTES // len(item) + 1)
    with pytest.raises(DiscoveryError, match="larger than"):
        parse_feed(body, "https://news.example/feed")


# ---------------------------------------------------------------- dates out of range


def _urlset(lastmod: str, news_date: str | None = None) -> bytes:
    news = (
        '<news:news xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<news:publication_date>{news_date}</news:publication_date></news:news>"
        if news_date is not None
        else ""
    )
    return (
        f'<urlset xmlns="{SITEMAP_NS}"><url><loc>https://news.example/a</loc>'
        f"<lastmod>{lastmod}</lastmod>{news}</url></urlset>"
    ).encode()


@pytest.mark.parametrize("value", HOSTILE_DATES)
def test_an_unusable_lastmod_costs_the_date_not_the_url(value: str) -> None:
    _, [page] = parse_sitemap(_urlset(value, news_date=value), "https://news.example/s.xml")
    assert page.url == "https://news.example/a"
    assert page.modified is None and page.published is None


@pytest.mark.parametrize("value", HOSTILE_DATES)
def test_an_unusable_lastmod_in_an_index_keeps_the_child(value: str) -> None:
    index = (
        f'<sitemapindex xmlns="{SITEMAP_NS}"><sitemap><loc>https://news.example/s1.xml</loc>'
        f"<lastmod>{value}</lastmod></sitemap></sitemapindex>"
    ).encode()
    [child], _ = parse_sitemap(index, "https://news.example/index.xml")
    assert child.url == "https://news.example/s1.xml" and child.modified is None


@pytest.mark.parametrize(
    "value",
    [
        "Mon, 01 Jan 0001 00:00:00 +0100",
        "Fri, 31 Dec 9999 23:59:59 -0100",
        "Sat, 01 Jan 1000 00:00:00 +0000",
        "Wed, 01 Jan 2200 00:00:00 +0000",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
        "garbage",
    ],
)
def test_an_unusable_feed_date_costs_the_date_not_the_entry(value: str) -> None:
    feed = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
        '<link href="https://news.example/2024/a-story-with-a-bad-date"/>'
        f"<published>{value}</published><updated>{value}</updated></entry></feed>"
    ).encode()
    rss = (
        '<rss version="2.0"><channel><item>'
        "<link>https://news.example/2024/a-story-with-a-bad-date</link>"
        f"<pubDate>{value}</pubDate></item></channel></rss>"
    ).encode()
    for body in (feed, rss):
        [entry] = parse_feed(body, "https://news.example/feed")
        assert entry.url.endswith("a-story-with-a-bad-date")
        assert entry.published is None and entry.modified is None


def _sitemap_site(make_site: MakeSite, ip: str, children: dict[str, str]) -> str:
    """An index listing one sitemap per ``name: lastmod``, each listing ``/name`` with it."""
    site = make_site(ip, {})
    base = site.url

    def urlset(path: str, lastmod: str) -> bytes:
        url = f"<url><loc>{base}{path}</loc><lastmod>{lastmod}</lastmod></url>"
        return f'<urlset xmlns="{SITEMAP_NS}">{url}</urlset>'.encode()

    index = "".join(
        f"<sitemap><loc>{base}/s-{name}.xml</loc><lastmod>{lastmod}</lastmod></sitemap>"
        for name, lastmod in children.items()
    )
    body = f'<sitemapindex xmlns="{SITEMAP_NS}">{index}</sitemapindex>'.encode()
    site.routes["/index.xml"] = (200, "application/xml", body)
    for name, lastmod in children.items():
        site.routes[f"/s-{name}.xml"] = (200, "application/xml", urlset(f"/{name}", lastmod))
    return base + "/index.xml"


def _names(found: Iterator[DiscoveredURL]) -> list[str]:
    return [item.url.rsplit("/", 1)[-1] for item in found]


def test_discover_survives_out_of_range_lastmods(make_site: MakeSite) -> None:
    start = _sitemap_site(
        make_site,
        "127.0.0.23",
        {"good": "2024-05-02", "one": HOSTILE_DATES[0], "nines": HOSTILE_DATES[1]},
    )
    failures: list[object] = []
    assert _names(discover(start, fetch_options=FAST, failures=failures)) == [
        "good",
        "one",
        "nines",
    ]
    assert failures == []


def test_discover_orders_lastmods_with_and_without_an_offset(make_site: MakeSite) -> None:
    start = _sitemap_site(
        make_site,
        "127.0.0.24",
        {"naive": "2024-05-02", "aware": "2024-05-03T10:00:00+02:00", "undated": "soon"},
    )
    assert _names(discover(start, fetch_options=FAST)) == ["aware", "naive", "undated"]
    since = datetime(2024, 5, 1, tzinfo=UTC)
    kept = discover(start, fetch_options=FAST, since=since, keep_undated=True)
    assert _names(kept) == ["aware", "naive", "undated"]
    assert _names(discover(start, fetch_options=FAST, since=datetime(2024, 5, 3))) == ["aware"]


# ---------------------------------------------------------------- malformed URLs

BAD_URLS = (
    "http://[::1/a",
    "//[x/b",
    "https://news.example:99999/c",
    "https://news.example:x/d",
    # Longer than an address can be: the store's unique keys refused it and ended a crawl.
    "https://news.example/" + "a" * 3_000,
    "https://news.example/" + "я" * 1_100,  # 2,221 bytes in UTF-8, in 1,121 characters
)
GOOD_URL = "https://news.example/2024/05/02/the-good-story-of-the-day"


def test_a_malformed_url_costs_that_url_only() -> None:
    """An unclosed IPv6 host or a bad port raised ValueError out of discovery; an address
    over ``MAX_URL_BYTES`` is left out too."""
    items = "".join(f"<item><link>{url}</link></item>" for url in (*BAD_URLS, GOOD_URL))
    feed = f'<rss version="2.0"><channel>{items}</channel></rss>'.encode()
    assert [e.url for e in parse_feed(feed, "https://news.example/feed")] == [GOOD_URL]
    urls = "".join(f"<url><loc>{url}</loc></url>" for url in (*BAD_URLS, GOOD_URL))
    sitemap = f'<urlset xmlns="{SITEMAP_NS}">{urls}</urlset>'.encode()
    _, pages = parse_sitemap(sitemap, "https://news.example/sitemap.xml")
    assert [p.url for p in pages] == [GOOD_URL]
    links = "".join(f'<a href="{url}">x</a>' for url in (*BAD_URLS, GOOD_URL))
    assert [link.url for link in article_links(links, "https://news.example/")] == [GOOD_URL]
    alternates = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="{url}">' for url in BAD_URLS
    )
    assert feed_links(alternates, "https://news.example/") == []
    robots = "".join(f"Sitemap: {url}\n" for url in BAD_URLS)
    assert robots_sitemaps(robots, "https://news.example/robots.txt") == []


# ---------------------------------------------------------------- arbitrary bytes

_XMLISH = st.lists(
    st.sampled_from(
        [
            b"<rss>",
            b"<rss version='2.0'>",
            b"<channel>",
            b"<item>",
            b"<entry>",
            b"<link>",
            b"</link>",
            b"<pubDate>",
            b"<updated>",
            b"<urlset>",
            b"<url>",
            b"<loc>",
            b"</loc>",
            b"<lastmod>",
            b"<sitemap>",
            b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
            b"&e;",
            b"/etc/passwd",
            b"http://127.0.0.1:9/",
            b"http://[::1/",
            b":99999",
            b"https://news.example/a",
            b"9999-12-31T23:59:59-01:00",
            b"0001-01-01T00:00:00+01:00",
            b"\x1f\x8b",
            b"\x00",
            b"\xff\xfe",
        ]
    )
    | st.binary(max_size=20),
    max_size=30,
).map(b"".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | _XMLISH)
def test_arbitrary_bytes_give_urls_or_a_discovery_error(data: bytes) -> None:
    with contextlib.suppress(DiscoveryError):
        list(parse_feed(data, "https://news.example/feed"))
    with contextlib.suppress(DiscoveryError):
        parse_sitemap(data, "https://news.example/sitemap.xml")
