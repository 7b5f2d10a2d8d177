"""robots.txt listing more sitemaps than discovery reads from one site (``max_sources``):
each one past the bound was a failure of its own and a warning (1,000 lines: 950 failures,
each saying "more than 50 sources"). Now one failure, keyed by robots.txt, counts them."""

from __future__ import annotations

from newsextract.discovery.core import Discoverer, DiscoverOptions, Resource

BASE = "https://news.example.org"
XMLNS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


class _Server:
    def __init__(self, sitemaps: int) -> None:
        self.sitemaps = sitemaps
        self.fetched: list[str] = []

    def get(self, url: str) -> Resource:
        self.fetched.append(url)
        if url == f"{BASE}/robots.txt":
            lines = "".join(f"Sitemap: {BASE}/s{i}.xml\n" for i in range(self.sitemaps))
            return Resource(url=url, content=f"User-agent: *\n{lines}".encode())
        if url.startswith(f"{BASE}/s"):
            page = f"{BASE}/2024/05/0{len(self.fetched) % 9 + 1}/story-{len(self.fetched)}.html"
            xml = f"<urlset {XMLNS}><url><loc>{page}</loc></url></urlset>"
            return Resource(url=url, content=xml.encode())
        return Resource(url=url, content=b"<html><body>home</body></html>")


def test_sitemaps_past_the_sources_make_one_failure() -> None:
    server = _Server(1_000)
    discoverer = Discoverer(server, DiscoverOptions(max_sources=20, articles_only=False))
    found = list(discoverer.discover(f"{BASE}/"))
    read = [url for url in server.fetched if url.startswith(f"{BASE}/s")]
    assert len(server.fetched) == 20
    assert len(found) == len(read)
    [failure] = discoverer.failures
    assert failure.source == f"{BASE}/robots.txt"
    assert (
        failure.message == f"more than 20 sources: {1_000 - len(read):,} of its sitemaps not read"
    )


def test_sitemaps_within_the_sources_make_none() -> None:
    discoverer = Discoverer(_Server(5), DiscoverOptions(max_sources=20, articles_only=False))
    assert len(list(discoverer.discover(f"{BASE}/"))) == 5
    assert discoverer.failures == []
