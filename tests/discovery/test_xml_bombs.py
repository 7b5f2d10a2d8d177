"""Sitemaps and feeds whose elements are no entries, or whose one entry holds millions.

The entry caps (50,000 sitemap URLs, 10,000 feed entries) held, but what lies between
entries was never counted: a sitemap of 50 MB of ``<a/>`` (100 KB gzipped) was a tree of
twelve million elements (11 s, 1.6 GB), and a 10 MB feed of them kept feedparser busy for
25 s. Now every element is dropped from the sitemap's tree once read, and both readers stop
at a count of elements (tags), keeping the entries before it.
"""

from __future__ import annotations

import gzip
import resource
import time

from tests.discovery.conftest import FAST, MakeSite

from newsextract.discovery import discover
from newsextract.discovery.feeds import MAX_FEED_TAGS, FeedTooLongError, parse_feed
from newsextract.discovery.sitemaps import (
    MAX_ENTRY_ELEMENTS,
    MAX_SITEMAP_ELEMENTS,
    SitemapTooLongError,
    parse_sitemap,
)

URLSET = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'

# CPU seconds: these inputs take about 4 s here and 10.6 s took a loaded CI machine; the
# errors' messages check the caps, this bound only a hang.
_HANG_BOUND = 40


def _url(i: int) -> bytes:
    return b"<url><loc>http://127.0.0.41/2024/05/a%d.html</loc></url>" % i


def _rss_item(i: int) -> bytes:
    return b"<item><link>http://127.0.0.42/2024/05/a%d.html</link></item>" % i


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_sitemap_of_elements_that_are_no_entries_stops_at_the_element_cap() -> None:
    junk = b"<a/>" * (2 * MAX_SITEMAP_ELEMENTS)
    data = gzip.compress(URLSET + _url(1) + _url(2) + junk + _url(3) + b"</urlset>")
    peak, started = _peak_mb(), time.process_time()
    try:
        parse_sitemap(data, "http://x.example/s.xml.gz")
    except SitemapTooLongError as exc:
        assert f"more than {MAX_SITEMAP_ELEMENTS:,} XML elements" in str(exc)
        assert [p.url.rsplit("/", 1)[-1] for p in exc.pages] == ["a1.html", "a2.html"]
    else:
        raise AssertionError("no SitemapTooLongError")
    assert time.process_time() - started < _HANG_BOUND
    assert _peak_mb() - peak < 300  # the whole tree took 1.6 GB of 50 MB


def test_an_entry_of_too_many_elements_is_passed_over() -> None:
    big = b"<url><loc>http://127.0.0.41/big.html</loc>" + b"<x/>" * (MAX_ENTRY_ELEMENTS + 1)
    data = URLSET + _url(1) + big + b"</url>" + _url(2) + b"</urlset>"
    _, pages = parse_sitemap(data, "http://x.example/s.xml")
    assert [p.url.rsplit("/", 1)[-1] for p in pages] == ["a1.html", "a2.html"]


def test_a_sitemap_with_images_and_news_is_read_whole() -> None:
    entry = (
        b"<url><loc>http://127.0.0.41/2024/05/a%d.html</loc><lastmod>2024-05-01</lastmod>"
        b"<news:news><news:publication><news:name>N</news:name><news:language>en"
        b"</news:language></news:publication><news:publication_date>2024-05-01"
        b"</news:publication_date><news:title>T</news:title></news:news><image:image>"
        b"<image:loc>http://127.0.0.41/i.jpg</image:loc></image:image></url>"
    )
    head = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
        b'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
    )
    data = head + b"".join(entry % i for i in range(5000)) + b"</urlset>"
    _, pages = parse_sitemap(data, "http://x.example/news.xml")
    assert len(pages) == 5000 and pages[0].via == "news-sitemap"


def test_a_feed_of_tags_that_are_no_entries_stops_at_the_tag_cap() -> None:
    data = (
        b'<rss version="2.0"><channel>'
        + b"".join(_rss_item(i) for i in range(3))
        + b"<a/>" * (5 * MAX_FEED_TAGS)
        + _rss_item(9)
        + b"</channel></rss>"
    )
    started = time.process_time()
    try:
        list(parse_feed(data, "http://x.example/feed"))
    except FeedTooLongError as exc:
        assert f"more than {MAX_FEED_TAGS:,} tags" in str(exc)
        assert len(exc.pages) == 3
    else:
        raise AssertionError("no FeedTooLongError")
    assert time.process_time() - started < _HANG_BOUND


def test_discover_on_a_gzipped_sitemap_bomb_keeps_its_entries_and_says_why(
    make_site: MakeSite,
) -> None:
    body = gzip.compress(URLSET + _url(1) + b"<a/>" * (2 * MAX_SITEMAP_ELEMENTS) + b"</urlset>")
    site = make_site("127.0.0.41", {"/sitemap.xml": (200, "application/gzip", body)})
    found = discover(f"{site.url}/sitemap.xml", fetch_options=FAST, articles_only=False)
    assert [u.url for u in found] == ["http://127.0.0.41/2024/05/a1.html"]
    [failure] = found.failures
    assert failure.error_type == "SitemapTooLongError"
