"""Second blind red team, wave 57: discovery fed a JSON Feed of wrong types and hostile links,
an Atom feed whose ``xml:base`` names a file, a sitemap declaring an external entity, a
sitemap of 200,000 URLs, and a sitemap index listing itself under other spellings.

Expected outcome: listed URLs are http(s) addresses only, no entity is expanded nor file read,
a source over a limit is cut there with a ``SourceFailure``, a cycle ends; within the bound
stated (20 s a discovery on a loaded machine), never an untyped error."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest

from .test_blind_discovery import _discover, _sitemap, _xml
from .test_blind_fetch import RawServer, send

HOSTILE = [
    "javascript:alert(1)",
    "data:text/html,x",
    "file:///etc/passwd",
    "vbscript:x",
    "about:blank",
]


@pytest.fixture
def server() -> Iterator[RawServer]:
    raw = RawServer()
    raw.routes["/robots.txt"] = send(b"HTTP/1.1 404 No\r\nContent-Length: 0\r\n\r\n")
    yield raw
    raw.close()


def _http_only(urls: list[str]) -> None:
    for url in urls:
        assert url.startswith(("http://", "https://")), url


def test_a_json_feed_of_wrong_types_and_hostile_links(server: RawServer) -> None:
    good = server.url("/2024/05/01/a-story")
    items: list[object] = [
        {"url": good, "title": "A story", "date_published": "2024-05-01T08:00:00Z"},
        *({"url": u, "title": "x"} for u in HOSTILE),
        {"url": 5},
        {"url": ["http://x.example/a"]},
        {"url": {"href": "http://x.example/b"}},
        {"url": None, "external_url": "javascript:alert(2)"},
        {"id": "file:///etc/passwd"},
        {"url": server.url("/2024/05/01/b"), "title": {"a": 1}, "date_published": 12},
        {"url": server.url("/2024/05/01/c"), "date_published": ["2024"], "tags": 5},
        "a string item",
        7,
        None,
        [[[]]],
    ]
    for feed in (
        {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": items},
        {"version": "https://jsonfeed.org/version/1.1", "title": ["T"], "items": {"a": 1}},
        {"version": "https://jsonfeed.org/version/1.1", "items": "not a list"},
        {"version": 5, "items": None},
    ):
        body = json.dumps(feed).encode()
        server.routes["/feed.json"] = send(_xml(body, "application/feed+json"))
        found, _ = _discover(server.url("/feed.json"))
        _http_only([item.url for item in found])


def test_an_atom_feed_whose_xml_base_names_a_file(server: RawServer) -> None:
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="file:///etc/">'
        "<title>T</title>"
        '<entry><title>a</title><link href="passwd"/><id>1</id></entry>'
        '<entry xml:base="javascript:alert(1)//"><title>b</title><link href="x"/><id>2</id></entry>'
        f'<entry><title>c</title><link href="{server.url("/2024/05/01/ok")}"/><id>3</id></entry>'
        "</feed>"
    ).encode()
    server.routes["/atom.xml"] = send(_xml(atom, "application/atom+xml"))
    found, _ = _discover(server.url("/atom.xml"))
    urls = [item.url for item in found]
    _http_only(urls)
    assert any(url.endswith("/2024/05/01/ok") for url in urls), urls


def test_a_sitemap_declaring_an_external_entity_reads_no_file(server: RawServer) -> None:
    hostname = socket.gethostname()
    doctype = (
        '<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/hostname">'
        f'<!ENTITY y SYSTEM "{server.url("/secret")}">]>'
    )
    entries = (
        f"<url><loc>{server.url('/2024/05/01/')}&x;</loc></url>"
        f"<url><loc>{server.url('/2024/05/02/')}&y;</loc></url>"
        f"<url><loc>{server.url('/2024/05/03/plain-story')}</loc></url>"
    )
    body = (
        doctype + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    ).encode()
    server.routes["/sitemap.xml"] = send(_xml(body))
    server.routes["/secret"] = send(_xml(b"TOPSECRET", "text/plain"))
    found, _ = _discover(server.url("/sitemap.xml"))
    for item in found:
        assert hostname not in item.url and "TOPSECRET" not in item.url, item.url
    assert "/secret" not in server.hits


def test_a_sitemap_of_two_hundred_thousand_urls_is_cut_at_the_limit(server: RawServer) -> None:
    urls = [server.url(f"/2024/05/01/story-{n}") for n in range(200_000)]
    server.routes["/sitemap.xml"] = send(_xml(_sitemap(urls)))
    found, failures = _discover(server.url("/sitemap.xml"), bound=20)
    assert len(found) <= 50_000
    assert failures


def test_a_sitemap_index_listing_itself_under_other_spellings(server: RawServer) -> None:
    spellings = [
        "/sitemap-index.xml?",
        "/sitemap-index.xml#top",
        "/./sitemap-index.xml",
        "//sitemap-index.xml",
        "/sitemap-index.xml?utm_source=x",
        "/a/../sitemap-index.xml",
        "/sitemap-index.xml?n=1",
        "/sitemap-index.xml?n=2",
    ]
    host = f"http://127.0.0.1:{server.port}"
    children = [host + s for s in spellings] + [
        host.upper().replace("HTTP", "http") + "/sitemap-index.xml"
    ]
    index = "".join(f"<sitemap><loc>{c}</loc></sitemap>" for c in children)
    body = f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>'
    server.routes["/sitemap-index.xml"] = send(_xml(body.encode()))
    _discover(server.url("/sitemap-index.xml"), bound=20)
    # depth 3 of 9 children each would be 9 + 81 + 729 requests: a cycle must end sooner
    assert len([h for h in server.hits if "sitemap-index" in h]) <= 40, len(server.hits)
