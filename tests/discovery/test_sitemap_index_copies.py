"""A sitemap index whose children are copies of it a byte apart (its own address with a
query string, served with that query written in a comment): each copy's bytes differ, so the
digest of repeats missed them, and each was parsed (a second or two for 50,000 entries) until
the sources ran out (104 s). A child listing nothing that was not listed already counts as a
repeat: past ``MAX_REPEATED_CHILDREN`` of them in a row the index's other children are not
read."""

from __future__ import annotations

from newsextract.discovery.core import MAX_REPEATED_CHILDREN, Discoverer, Resource

BASE = "https://news.example.org"
XMLNS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _index(children: list[str], note: str = "") -> bytes:
    entries = "".join(f"<sitemap><loc>{url}</loc></sitemap>" for url in children)
    xml = f'<?xml version="1.0"?><!--{note}--><sitemapindex {XMLNS}>{entries}</sitemapindex>'
    return xml.encode()


def _urlset(paths: list[str], note: str = "") -> bytes:
    entries = "".join(f"<url><loc>{BASE}{path}</loc></url>" for path in paths)
    return f'<?xml version="1.0"?><!--{note}--><urlset {XMLNS}>{entries}</urlset>'.encode()


class _Server:
    def __init__(self, serve: dict[str, bytes] | None = None) -> None:
        self.serve = serve or {}
        self.fetched: list[str] = []

    def get(self, url: str) -> Resource:
        self.fetched.append(url)
        if url in self.serve:
            return Resource(url=url, content=self.serve[url])
        return Resource(url=url, content=_index(CHILDREN, note=url))


CHILDREN = [f"{BASE}/index.xml?{i}" for i in range(500)]


def test_an_index_of_its_own_copies_a_byte_apart_stops_early() -> None:
    server = _Server()
    discoverer = Discoverer(server)
    assert list(discoverer.discover(f"{BASE}/index.xml")) == []
    assert len(server.fetched) == 1 + MAX_REPEATED_CHILDREN
    [failure] = discoverer.failures
    assert "repeat ones read already" in failure.message
    assert f"{500 - MAX_REPEATED_CHILDREN:,} of its sitemaps not read" in failure.message


def test_copies_of_a_urlset_count_as_repeats_and_new_pages_do_not() -> None:
    paths = ["/2024/05/02/council-votes-on-harbour.html"]
    children = [f"{BASE}/a.xml?v={i}" for i in range(100)]
    serve = {f"{BASE}/index.xml": _index([f"{BASE}/b.xml", *children])}
    serve[f"{BASE}/b.xml"] = _urlset(["/2024/05/03/harbour-plan-approved.html"])
    for i, child in enumerate(children):
        serve[child] = _urlset(paths, note=str(i))
    server = _Server(serve)
    discoverer = Discoverer(server)
    found = sorted(item.url for item in discoverer.discover(f"{BASE}/index.xml"))
    assert found == [f"{BASE}{paths[0]}", f"{BASE}/2024/05/03/harbour-plan-approved.html"]
    # The index, b.xml, the first copy (new pages) and three more that add nothing.
    assert len(server.fetched) == 3 + MAX_REPEATED_CHILDREN
    assert "repeat ones read already" in discoverer.failures[0].message


def test_children_that_each_add_a_page_are_all_read() -> None:
    children = [f"{BASE}/day-{i}.xml" for i in range(10)]
    serve = {f"{BASE}/index.xml": _index(children)}
    for i, child in enumerate(children):
        # Each day's sitemap repeats the day before's page and adds its own.
        serve[child] = _urlset([f"/2024/05/{i:02}/story.html", f"/2024/05/{i + 1:02}/story.html"])
    server = _Server(serve)
    discoverer = Discoverer(server)
    assert len(list(discoverer.discover(f"{BASE}/index.xml"))) == 11
    assert discoverer.failures == []
    assert len(server.fetched) == 11


def test_an_empty_child_is_no_repeat() -> None:
    children = [f"{BASE}/empty-{i}.xml" for i in range(6)] + [f"{BASE}/full.xml"]
    serve = {f"{BASE}/index.xml": _index(children)}
    for i, child in enumerate(children[:-1]):
        serve[child] = _urlset([], note=str(i))
    serve[f"{BASE}/full.xml"] = _urlset(["/2024/05/03/harbour-plan-approved.html"])
    discoverer = Discoverer(_Server(serve))
    assert len(list(discoverer.discover(f"{BASE}/index.xml"))) == 1
    assert discoverer.failures == []


def test_overlapping_children_between_new_ones_do_not_stop_the_index() -> None:
    # Each month's sitemap, then "latest" lists holding only that month's pages: more
    # repeats in all than MAX_REPEATED_CHILDREN, never as many in a row, so every month is read.
    serve: dict[str, bytes] = {}
    order: list[str] = []
    for month in range(1, 5):
        pages = [f"/2024/{month:02}/01/story.html", f"/2024/{month:02}/02/story.html"]
        order.append(f"{BASE}/month-{month}.xml")
        serve[order[-1]] = _urlset(pages)
        for i in range(MAX_REPEATED_CHILDREN - 1):
            order.append(f"{BASE}/latest-{month}-{i}.xml")
            serve[order[-1]] = _urlset(pages[:1], note=str(i))
    serve[f"{BASE}/index.xml"] = _index(order)
    discoverer = Discoverer(_Server(serve))
    assert len(list(discoverer.discover(f"{BASE}/index.xml"))) == 8
    assert discoverer.failures == []
