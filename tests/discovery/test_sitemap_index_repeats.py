"""A sitemap index whose children are itself under other addresses (``?1``, ``?2``...), or
each the same sitemap: each repeat is fetched but not parsed again, and past
``MAX_REPEATED_CHILDREN`` the index's other children are not read (an index of 60,000 such
children ran past 90 s, one parse a second until the sources ran out)."""

from __future__ import annotations

from newsextract.discovery.core import MAX_REPEATED_CHILDREN, Discoverer, Resource

BASE = "https://news.example.org"
XMLNS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _index(children: list[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{url}</loc></sitemap>" for url in children)
    return f'<?xml version="1.0"?><sitemapindex {XMLNS}>{entries}</sitemapindex>'.encode()


def _urlset(*paths: str) -> bytes:
    entries = "".join(f"<url><loc>{BASE}{path}</loc></url>" for path in paths)
    return f'<?xml version="1.0"?><urlset {XMLNS}>{entries}</urlset>'.encode()


class _Server:
    def __init__(self, pages: dict[str, bytes], default: bytes) -> None:
        self.pages, self.default = pages, default
        self.fetched: list[str] = []

    def get(self, url: str) -> Resource:
        self.fetched.append(url)
        return Resource(url=url, content=self.pages.get(url, self.default))


def test_an_index_listing_itself_under_many_addresses_stops_early() -> None:
    index = _index([f"{BASE}/index.xml?{i}" for i in range(1_000)])
    server = _Server({}, index)
    discoverer = Discoverer(server)
    assert list(discoverer.discover(f"{BASE}/index.xml")) == []
    assert len(server.fetched) == 1 + MAX_REPEATED_CHILDREN
    [failure] = discoverer.failures
    assert failure.error_type == "SourcesNotReadError"
    assert "repeat ones read already" in failure.message
    assert f"{1_000 - MAX_REPEATED_CHILDREN:,} of its sitemaps not read" in failure.message


def test_a_sitemap_listed_twice_under_two_addresses_is_read_once() -> None:
    pages = {
        f"{BASE}/index.xml": _index([f"{BASE}/a.xml", f"{BASE}/a.xml?copy", f"{BASE}/b.xml"]),
        f"{BASE}/b.xml": _urlset("/2024/05/03/harbour-plan-approved.html"),
    }
    server = _Server(pages, _urlset("/2024/05/02/council-votes-on-harbour.html"))
    discoverer = Discoverer(server)
    found = sorted(item.url for item in discoverer.discover(f"{BASE}/index.xml"))
    assert found == [
        f"{BASE}/2024/05/02/council-votes-on-harbour.html",
        f"{BASE}/2024/05/03/harbour-plan-approved.html",
    ]
    assert discoverer.failures == []
    assert len(server.fetched) == 4  # the copy fetched, not parsed, and the index read on
