"""Feeds, sitemaps, links and URL normalisation, on bytes the tests write."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from newsextract.discovery.feeds import feed_links, parse_feed
from newsextract.discovery.links import article_links, looks_like_article
from newsextract.discovery.sitemaps import inflate, parse_sitemap, robots_sitemaps
from newsextract.discovery.urls import normalize_url
from newsextract.errors import DiscoveryError

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example News</title><link>https://news.example/</link>
<item><title>Harbour bridge reopens</title><link>https://news.example/2024/05/02/bridge?utm_source=rss</link>
<pubDate>Thu, 02 May 2024 08:00:00 +0200</pubDate></item>
<item><title>Council votes on budget</title><link>/2024/05/01/budget</link>
<pubDate>Wed, 01 May 2024 18:30:00 +0200</pubDate></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>First post</title><link href="https://blog.example/first-post-here"/>
<updated>2023-01-05T10:00:00Z</updated></entry></feed>"""

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example/2024/05/02/bridge</loc><lastmod>2024-05-02T09:00:00+02:00</lastmod>
<news:news><news:publication><news:name>Example</news:name><news:language>en</news:language>
</news:publication><news:publication_date>2024-05-02T08:00:00+02:00</news:publication_date>
<news:title>Harbour bridge reopens</news:title></news:news></url>
<url><loc>https://news.example/about</loc></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/sitemap-2024.xml</loc><lastmod>2024-05-02</lastmod></sitemap>
<sitemap><loc>https://news.example/sitemap-2023.xml.gz</loc><lastmod>2023-12-31</lastmod></sitemap>
</sitemapindex>"""


def test_rss_entries_with_dates_and_clean_urls() -> None:
    entries = list(parse_feed(RSS, "https://news.example/feed"))
    assert [e.url for e in entries] == [
        "https://news.example/2024/05/02/bridge",
        "https://news.example/2024/05/01/budget",
    ]
    assert entries[0].title == "Harbour bridge reopens"
    assert entries[0].published == datetime(2024, 5, 2, 6, 0, tzinfo=UTC)
    assert entries[0].via == "feed"


def test_atom_feed() -> None:
    [entry] = parse_feed(ATOM, "https://blog.example/atom.xml")
    assert entry.url == "https://blog.example/first-post-here"
    assert entry.modified == datetime(2023, 1, 5, 10, tzinfo=UTC)


def test_a_page_is_not_a_feed() -> None:
    with pytest.raises(DiscoveryError, match="not a readable feed"):
        list(parse_feed(b"<html><body><p>hello</p></body></html>", "https://x.example/feed"))


def test_news_sitemap_and_index() -> None:
    children, pages = parse_sitemap(URLSET, "https://news.example/sitemap.xml")
    assert children == []
    assert pages[0].via == "news-sitemap" and pages[0].title == "Harbour bridge reopens"
    assert pages[0].published is not None and pages[0].published.day == 2
    assert pages[1].via == "sitemap" and pages[1].published is None
    children, pages = parse_sitemap(INDEX, "https://news.example/sitemap_index.xml")
    assert [c.url for c in children][1] == "https://news.example/sitemap-2023.xml.gz"
    assert pages == []


def test_gzipped_sitemap_and_bomb() -> None:
    _, pages = parse_sitemap(gzip.compress(URLSET), "https://news.example/s.xml.gz")
    assert len(pages) == 2
    bomb = gzip.compress(b"<urlset>" + b" " * 2_000_000)
    with pytest.raises(DiscoveryError, match="larger than"):
        inflate(bomb, "https://x.example/bomb.xml.gz", limit=1_000_000)


@pytest.mark.parametrize(
    "data",
    [b"<urlset><url><loc>https://x.example/a</loc></url", b"not xml at all", b"<html></html>"],
    ids=["truncated", "garbage", "html"],
)
def test_malformed_sitemaps(data: bytes) -> None:
    try:
        _, pages = parse_sitemap(data, "https://x.example/sitemap.xml")
    except DiscoveryError as exc:
        assert exc.source == "https://x.example/sitemap.xml"
    else:  # a truncated sitemap keeps what came before the break
        assert [p.url for p in pages] == ["https://x.example/a"]


def test_entities_are_not_expanded() -> None:
    xxe = b"""<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <urlset><url><loc>https://x.example/&x;</loc></url></urlset>"""
    try:
        _, pages = parse_sitemap(xxe, "https://x.example/s.xml")
    except DiscoveryError:
        return
    assert all("root:" not in p.url for p in pages)


def test_robots_sitemap_lines() -> None:
    robots = "User-agent: *\nDisallow: /private\nSitemap: https://news.example/news.xml\n"
    robots += "sitemap: /sitemap_index.xml\n"
    assert robots_sitemaps(robots, "https://news.example/robots.txt") == [
        "https://news.example/news.xml",
        "https://news.example/sitemap_index.xml",
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://News.Example/a?utm_source=x&id=3#top", "https://news.example/a?id=3"),
        ("http://news.example:80/a?fbclid=1", "http://news.example/a"),
        ("https://news.example", "https://news.example/"),
        ("mailto:someone@example.org", None),
        ("javascript:void(0)", None),
    ],
)
def test_normalize_url(url: str, expected: str | None) -> None:
    assert normalize_url(url) == expected


def test_feed_links_on_a_page() -> None:
    html = """<html><head>
    <link rel="alternate" type="application/rss+xml" href="/feed/">
    <link rel="alternate" type="application/atom+xml" href="https://news.example/atom.xml">
    <link rel="alternate" hreflang="de" href="/de/"></head></html>"""
    assert feed_links(html, "https://news.example/") == [
        "https://news.example/feed/",
        "https://news.example/atom.xml",
    ]


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("https://news.example/2024/05/02/harbour-bridge-reopens", True),
        ("https://news.example/politics/council-votes-on-the-new-budget", True),
        ("https://news.example/world/europe/story-1234567", True),
        ("https://news.example/politics/", False),
        ("https://news.example/tag/budget", False),
        ("https://news.example/author/jane-doe", False),
        ("https://news.example/images/photo.jpg", False),
    ],
)
def test_article_looking_urls(url: str, article: bool) -> None:
    assert looks_like_article(url) is article


def test_article_links_same_site_only() -> None:
    html = """<a href="/2024/05/02/harbour-bridge-reopens">Bridge</a>
    <a href="https://other.example/2024/05/02/some-story-elsewhere">Elsewhere</a>
    <a href="/tag/bridges">Bridges</a><a href="/2024/05/02/harbour-bridge-reopens#c">Again</a>"""
    links = article_links(html, "https://news.example/")
    assert [(link.url, link.title) for link in links] == [
        ("https://news.example/2024/05/02/harbour-bridge-reopens", "Bridge")
    ]
