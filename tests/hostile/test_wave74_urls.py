"""Hostile input, wave 74: the addresses discovery lists (a sitemap's ``<loc>``, a feed's
``<link>``, a page's links) and dedupes by their normal form.

Before, ``normalize_url`` kept dot segments (``/a/../b``, ``/./b``, ``/%2e%2e/b``) and a
host's Unicode form: the article at ``https://site.example/b`` listed as
``https://site.example/a/../b`` too, and ``https://bücher.example/a`` apart from
``https://xn--bcher-kva.example/a``, was listed, fetched and stored twice, where a browser
(the URL Standard) opens one page. Hostile schemes (``javascript:``, ``file:``, ``data:``)
and unusable ports were refused already and stay refused."""

from __future__ import annotations

import pytest

from newsextract.discovery.feeds import parse_feed
from newsextract.discovery.sitemaps import parse_sitemap
from newsextract.discovery.urls import _normalize, normalize_url

BASE = "https://site.example/feed.xml"


@pytest.mark.parametrize(
    "url",
    [
        "https://site.example/a/../b",
        "https://site.example/./b",
        "https://site.example/a/./../b",
        "https://site.example/%2e%2e/b",
        "https://site.example/a/%2E%2e/b",
        "https://site.example/a/.%2e/b",
        "https://site.example/../../b",
        "https://site.example/%2e/b",
    ],
)
def test_dot_segments_are_resolved(url: str) -> None:
    assert normalize_url(url) == "https://site.example/b"
    assert normalize_url(url, BASE) == "https://site.example/b"


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("https://site.example/a/..", "https://site.example/"),
        ("https://site.example/a/.", "https://site.example/a/"),
        ("https://site.example/a/..?x=1", "https://site.example/?x=1"),
        ("https://site.example/.well-known/x", "https://site.example/.well-known/x"),
        ("https://site.example/a/...b/..c", "https://site.example/a/...b/..c"),
        ("https://site.example/a.b/c.", "https://site.example/a.b/c."),
    ],
)
def test_what_a_dot_segment_is(url: str, normal: str) -> None:
    assert normalize_url(url) == normal
    assert _normalize(url, None) == normal


@pytest.mark.parametrize(
    "url",
    [
        "https://bücher.example/a",
        "https://BÜCHER.example/a",
        "https://xn--bcher-kva.example/a",
        "https://bücher。example/a",
        "https://ｂücher.example/a",
    ],
)
def test_one_host_in_every_form_is_one_address(url: str) -> None:
    assert normalize_url(url) == "https://xn--bcher-kva.example/a"


def test_a_port_stays_with_an_idn_host_and_the_user_goes() -> None:
    assert normalize_url("https://desk@bücher.example:8443/a") == (
        "https://xn--bcher-kva.example:8443/a"
    )


@pytest.mark.parametrize(
    "link",
    ["javascript:alert(1)", " JaVa\tScript:alert(1)", "file:///etc/passwd", "data:text/html,x"],
)
def test_a_feed_never_lists_a_hostile_scheme(link: str) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>x</title><link>{link}</link></item></channel></rss>"
    ).encode()
    assert list(parse_feed(feed, BASE)) == []


def test_a_feeds_path_links_are_on_the_feeds_site() -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><title>x</title><link>/etc/passwd</link></item>"
        b"<item><title>y</title><link>../../b</link></item></channel></rss>"
    )
    assert [d.url for d in parse_feed(feed, BASE)] == [
        "https://site.example/etc/passwd",
        "https://site.example/b",
    ]


def test_a_sitemap_lists_one_article_once_whatever_its_spelling() -> None:
    locs = ["https://bücher.example/b", "https://xn--bcher-kva.example/a/../b"]
    body = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    _, pages = parse_sitemap(sitemap.encode(), "https://xn--bcher-kva.example/sitemap.xml")
    assert {page.url for page in pages} == {"https://xn--bcher-kva.example/b"}
