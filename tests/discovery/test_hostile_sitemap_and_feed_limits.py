"""Round 13 of the hostile discovery inputs: a sitemap far over the protocol's 50,000 URLs,
and feed URLs carrying control characters into ``discover``'s text output."""

from __future__ import annotations

import gzip
from collections.abc import Callable

import pytest
from tests.discovery.conftest import FAST, MakeSite

from newsextract.cli import main
from newsextract.discovery import discover
from newsextract.discovery.core import Discoverer, DiscoverOptions, Resource
from newsextract.discovery.feeds import MAX_FEED_ENTRIES, FeedTooLongError, parse_feed
from newsextract.discovery.links import MAX_PAGE_LINKS, article_links
from newsextract.discovery.sitemaps import (
    MAX_GZIP_MEMBERS,
    MAX_SITEMAP_BYTES,
    MAX_SITEMAP_ENTRIES,
    SitemapTooLongError,
    parse_sitemap,
)
from newsextract.discovery.urls import normalize_url
from newsextract.errors import DiscoveryError


def _urlset(count: int) -> bytes:
    entries = "".join(
        f"<url><loc>http://127.0.0.31/2024/05/a{i}.html</loc></url>" for i in range(count)
    )
    return (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{entries}</urlset>"
    ).encode()


def test_a_sitemap_over_the_protocols_limit_is_read_up_to_it() -> None:
    try:
        parse_sitemap(_urlset(MAX_SITEMAP_ENTRIES + 10), "http://x.example/s.xml")
    except SitemapTooLongError as exc:
        assert isinstance(exc, DiscoveryError)
        assert len(exc.pages) == MAX_SITEMAP_ENTRIES
        assert exc.pages[-1].url.endswith(f"/a{MAX_SITEMAP_ENTRIES - 1}.html")
    else:
        raise AssertionError("no SitemapTooLongError")


def test_a_sitemap_at_the_limit_is_whole() -> None:
    _, pages = parse_sitemap(_urlset(MAX_SITEMAP_ENTRIES), "http://x.example/s.xml")
    assert len(pages) == MAX_SITEMAP_ENTRIES


def test_discover_keeps_the_first_entries_and_reports_the_rest(make_site: MakeSite) -> None:
    # Gzipped, as a bomb of short URLs comes: 1.5 MB on the wire for 150,000 URLs.
    body = gzip.compress(_urlset(3 * MAX_SITEMAP_ENTRIES))
    site = make_site("127.0.0.31", {"/sitemap.xml": (200, "application/gzip", body)})
    found = discover(f"{site.url}/sitemap.xml", fetch_options=FAST, articles_only=False)
    urls = list(found)
    assert len(urls) == MAX_SITEMAP_ENTRIES
    [failure] = found.failures
    assert failure.error_type == "SitemapTooLongError"
    assert "50,000" in failure.message


def test_control_characters_in_a_listed_url_are_percent_encoded() -> None:
    url = "http://x.example/a\x1b]0;owned\x07b c\x9b1m"
    assert normalize_url(url) == "http://x.example/a%1B]0;owned%07b%20c%C2%9B1m"


def test_discover_prints_no_escape_sequence_a_feed_holds(
    make_site: MakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><title>x</title><link>http://127.0.0.32/2024/05/a\x1b]0;owned\x07.html</link>"
        b"</item></channel></rss>"
    )
    site = make_site("127.0.0.32", {"/feed": (200, "application/rss+xml", feed)})
    main(["discover", "--ignore-robots", "--delay", "0", "--keep-undated", f"{site.url}/feed"])
    printed = capsys.readouterr().out
    assert "\x1b" not in printed and "\x07" not in printed
    assert "a%1B]0;owned%07.html" in printed


def _rss(count: int) -> bytes:
    items = "".join(
        f"<item><link>http://127.0.0.33/2024/05/a{i}.html</link></item>" for i in range(count)
    )
    return f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def _atom(count: int) -> bytes:
    entries = "".join(
        f'<atom:entry><atom:link href="http://x.example/a{i}.html"/></atom:entry>'
        for i in range(count)
    )
    return f'<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">{entries}</atom:feed>'.encode()


@pytest.mark.parametrize("feed", [_rss, _atom], ids=["rss", "atom"])
def test_a_feed_over_its_entry_limit_is_read_up_to_it(feed: Callable[[int], bytes]) -> None:
    """210,000 tiny entries (10 MB) took feedparser 17 s of CPU; the first 10,000 take 1 s."""
    with pytest.raises(FeedTooLongError) as caught:
        list(parse_feed(feed(MAX_FEED_ENTRIES + 5), "http://x.example/feed"))
    assert len(caught.value.pages) == MAX_FEED_ENTRIES
    assert caught.value.pages[-1].url.endswith(f"/a{MAX_FEED_ENTRIES - 1}.html")


def test_a_feed_at_its_entry_limit_is_whole() -> None:
    assert (
        len(list(parse_feed(_rss(MAX_FEED_ENTRIES), "http://x.example/feed"))) == MAX_FEED_ENTRIES
    )


def test_rss_1_items_list_is_no_entry() -> None:
    rdf = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://x.example/">'
        b"<title>t</title><link>http://x.example/</link><items><rdf:Seq>"
        + b'<rdf:li rdf:resource="http://x.example/a.html"/>'
        * 3
        + b'</rdf:Seq></items></channel><item rdf:about="http://x.example/a.html">'
        b"<title>a</title><link>http://x.example/a.html</link></item></rdf:RDF>"
    )
    [item] = parse_feed(rdf, "http://x.example/feed")
    assert item.url == "http://x.example/a.html"


def test_discover_keeps_a_long_feeds_first_entries_and_reports_the_rest(
    make_site: MakeSite,
) -> None:
    site = make_site(
        "127.0.0.33", {"/feed": (200, "application/rss+xml", _rss(MAX_FEED_ENTRIES + 1))}
    )
    found = discover(f"{site.url}/feed", fetch_options=FAST, articles_only=False, keep_undated=True)
    assert len(list(found)) == MAX_FEED_ENTRIES
    [failure] = found.failures
    assert failure.error_type == "FeedTooLongError"


def test_a_page_of_too_many_links_is_read_up_to_the_limit(caplog: pytest.LogCaptureFixture) -> None:
    """A million links (40 MB) took 20 s and 1 GB to read."""
    links = "".join(
        f'<a href="/2024/05/story-{i}.html">Story {i}</a>' for i in range(MAX_PAGE_LINKS + 10)
    )
    found = article_links(f"<html><body>{links}</body></html>", "http://x.example/")
    assert len(found) == MAX_PAGE_LINKS
    assert found[-1].url.endswith(f"/story-{MAX_PAGE_LINKS - 1}.html")
    assert any("the first 20,000 are read" in r.getMessage() for r in caplog.records)


def test_every_member_of_a_gzipped_sitemap_is_read() -> None:
    """Only the first was, without a word: 4 of these 10 URLs came out."""
    data = _urlset(10)
    packed = gzip.compress(data[:300]) + gzip.compress(data[300:600]) + gzip.compress(data[600:])
    _, pages = parse_sitemap(packed, "http://x.example/s.xml.gz")
    assert len(pages) == 10


def test_a_sitemap_of_too_many_gzip_members_is_refused() -> None:
    packed = gzip.compress(_urlset(1)) + gzip.compress(b"") * MAX_GZIP_MEMBERS
    with pytest.raises(DiscoveryError, match="more than 1,000 gzip members"):
        parse_sitemap(packed, "http://x.example/s.xml.gz")


def test_a_bomb_spread_over_gzip_members_stops_at_the_cap() -> None:
    member = gzip.compress(b" " * (MAX_SITEMAP_BYTES // 4))
    with pytest.raises(DiscoveryError, match="larger than"):
        parse_sitemap(gzip.compress(_urlset(1)) + member * 5, "http://x.example/s.xml.gz")


class _Index:
    """A site whose sitemap index lists ``count`` sitemaps of one URL each (injected into
    ``Discoverer`` as its ``ResourceFetcher``)."""

    def __init__(self, count: int) -> None:
        self.count = count

    def get(self, url: str) -> Resource:
        if url.endswith("/index.xml"):
            listed = "".join(
                f"<sitemap><loc>http://x.example/s{i}.xml</loc></sitemap>"
                for i in range(self.count)
            )
            return Resource(url=url, content=f"<sitemapindex>{listed}</sitemapindex>".encode())
        page = url.replace(".xml", "/a.html")
        return Resource(url=url, content=f"<urlset><url><loc>{page}</loc></url></urlset>".encode())


def test_an_index_of_more_sitemaps_than_sources_is_one_failure() -> None:
    """Each child past ``max_sources`` was a failure and a warning of its own: 49,951."""
    discoverer = Discoverer(_Index(5_000), DiscoverOptions(articles_only=False))
    found = list(discoverer.discover("http://x.example/index.xml"))
    assert len(found) == DiscoverOptions().max_sources - 1  # the index is a source too
    [failure] = discoverer.failures
    assert failure.source == "http://x.example/index.xml"
    assert failure.message == "more than 50 sources: 4,951 of its sitemaps not read"
