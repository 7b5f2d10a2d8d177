"""Addresses in feeds, sitemaps and feed links that name only the document holding them:
nothing before a ``#`` (``#top``, ``#``), an empty ``href`` or a bare ``?``. Each resolved to
that document, which was listed as an article (the feed or sitemap itself) or, for a page's
``<link rel="alternate" href="#">``, fetched as a feed; and a page announcing such a feed
kept discovery from trying the common feed paths. They are passed over; other relative
addresses are resolved as before."""

from __future__ import annotations

import pytest
from tests.discovery.conftest import FAST, MakeSite

from newsextract.discovery import discover
from newsextract.discovery.feeds import feed_links, parse_feed
from newsextract.discovery.sitemaps import parse_sitemap
from newsextract.discovery.urls import listed_url

SELF = ["#frag", "#", " #top ", "?", ""]
NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@pytest.mark.parametrize("value", SELF)
def test_a_value_naming_only_its_document_is_no_address(value: str) -> None:
    assert listed_url(value, "https://n.example/feed.xml") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/2024/05/01/real#comments", "https://n.example/2024/05/01/real"),
        (".", "https://n.example/"),
        ("?page=2", "https://n.example/feed.xml?page=2"),
        ("https://n.example/feed.xml", None),
    ],
)
def test_other_values_resolve_as_before(value: str, expected: str | None) -> None:
    assert listed_url(value, "https://n.example/feed.xml") == expected


def test_feed_items_linking_the_feed_itself_are_not_listed() -> None:
    items = "".join(f"<item><title>T</title><link>{v}</link></item>" for v in SELF[:4])
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        f"{items}<item><title>Real</title><link>/2024/05/01/real</link></item></channel></rss>"
    ).encode()
    found = [item.url for item in parse_feed(rss, "https://n.example/feed.xml")]
    assert found == ["https://n.example/2024/05/01/real"]


@pytest.mark.parametrize("root", ["urlset", "sitemapindex"])
def test_sitemap_entries_naming_the_sitemap_itself_are_not_listed(root: str) -> None:
    entry = "url" if root == "urlset" else "sitemap"
    entries = "".join(f"<{entry}><loc>{v}</loc></{entry}>" for v in ("#frag", "#", "?"))
    entries += f"<{entry}><loc>/a/b.xml</loc></{entry}>"
    xml = f'<?xml version="1.0"?><{root} xmlns="{NS}">{entries}</{root}>'.encode()
    children, pages = parse_sitemap(xml, "https://n.example/sitemap.xml")
    assert [item.url for item in (*children, *pages)] == ["https://n.example/a/b.xml"]


def test_a_feed_link_to_the_page_itself_is_no_feed() -> None:
    link = '<link rel="alternate" type="application/rss+xml" href="{}">'
    html = f"<html><head>{''.join(map(link.format, [*SELF, '/rss']))}</head></html>"
    assert feed_links(html, "https://n.example/") == ["https://n.example/rss"]


def test_a_page_announcing_only_itself_as_a_feed_still_tries_the_common_paths(
    make_site: MakeSite,
) -> None:
    home = (
        b'<html><head><link rel="alternate" type="application/rss+xml" href="#"></head>'
        b"<body><p>Front page</p></body></html>"
    )
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        b"<item><title>Harbour plan</title><link>/2024/05/01/harbour-plan</link></item>"
        b"</channel></rss>"
    )
    site = make_site(
        "127.0.0.45",
        {"/": (200, "text/html", home), "/feed": (200, "application/rss+xml", rss)},
    )
    found = [item.url for item in discover(f"{site.url}/", fetch_options=FAST)]
    assert found == [f"{site.url}/2024/05/01/harbour-plan"]
