"""Blind red team, wave 56: discovery (sitemaps, feeds, robots.txt) served by a hostile
server on 127.0.0.1. Outcome: listed URLs are http(s) addresses without control characters,
nothing is opened or fetched that the content names as a file, each bad source is a
``SourceFailure``, within a time bound."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from tests.hang_guard import finishes

import newsextract

from .blind import SRC
from .test_blind_fetch import RawServer, options, send


def _xml(body: bytes, kind: str = "application/xml") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
        % (kind.encode(), len(body))
        + body
    )


@pytest.fixture
def server() -> Iterator[RawServer]:
    raw = RawServer()
    raw.routes["/robots.txt"] = lambda c, r: c.sendall(
        b"HTTP/1.1 404 No\r\nContent-Length: 0\r\n\r\n"
    )
    yield raw
    raw.close()


def _discover(url: str, bound: float = 20) -> tuple[list[newsextract.DiscoveredURL], list[object]]:
    def run() -> tuple[list[newsextract.DiscoveredURL], list[object]]:
        found = newsextract.discover(url, fetch_options=options(), articles_only=False)
        items = list(found)
        return items, list(found.failures)

    started = time.monotonic()
    result = finishes(run)
    assert time.monotonic() - started < bound
    return result


def _sitemap(urls: list[str]) -> bytes:
    entries = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'.encode()


HOSTILE = [
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:text/html,x",
    "ftp://127.0.0.1/x",
    "http://169.254.169.254/latest/meta-data/",
    "https://ex.org/a&#x0D;&#x0A;Set-Cookie:%20x",
    "https://ex.org/c&#x202e;gpj.exe",
    "/etc/shadow",
    "  https://ex.org/d\t ",
]


def test_sitemap_listing_hostile_addresses(server: RawServer) -> None:
    server.routes["/sitemap.xml"] = send(
        _xml(_sitemap([f"http://127.0.0.1:{server.port}/2024/05/ok-story", *HOSTILE]))
    )
    items, _ = _discover(server.url("/sitemap.xml"))
    urls = [item.url for item in items]
    assert any(u.endswith("/2024/05/ok-story") for u in urls), urls
    for url in urls:
        assert url.startswith(("http://", "https://")), url
        assert not any(ch in url for ch in "\r\n\t\x1b\x07\u202e "), repr(url)


def test_sitemap_index_naming_files_and_other_schemes(server: RawServer) -> None:
    children = [
        "file:///etc/passwd",
        "/dev/zero",
        "gopher://127.0.0.1:70/",
        server.url("/sitemap-index.xml"),
    ]
    index = "".join(f"<sitemap><loc>{c}</loc></sitemap>" for c in children)
    server.routes["/sitemap-index.xml"] = send(
        _xml(
            f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>'.encode()
        )
    )
    items, _ = _discover(server.url("/sitemap-index.xml"))
    assert items == [], items  # a path on the same host is fetched, never opened


def test_robots_sitemap_lines_naming_files(server: RawServer) -> None:
    robots = (
        b"User-agent: *\nAllow: /\nSitemap: file:///etc/passwd\nSitemap: /dev/zero\n"
        b"Sitemap: \x1b]0;t\x07\n"
    )
    server.routes["/robots.txt"] = send(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % len(robots)
        + robots
    )
    server.routes["/"] = send(
        _xml(b"<html><body><a href='/2024/05/01/a-story'>a</a></body></html>", "text/html")
    )
    _, failures = _discover(server.url("/"))
    for failure in failures:
        assert "\x1b" not in str(failure), failure


def test_feed_with_entity_bomb_and_huge_title(server: RawServer) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + n)} "' + f"&{chr(97 + n)};" * 10 + '">' for n in range(9))
        + "]>"
    )
    items_xml = "".join(
        f"<item><title>&j;{'T' * 3_000_000 if n == 0 else ''}</title>"
        f"<link>{server.url(f'/2024/05/01/s{n}')}</link></item>"
        for n in range(3)
    )
    feed = (
        laughs + f'<rss version="2.0"><channel><title>&j;</title>{items_xml}</channel></rss>'
    ).encode()
    server.routes["/feed"] = send(_xml(feed, "application/rss+xml"))
    items, _ = _discover(server.url("/feed"), bound=30)
    for item in items:
        assert len(item.title or "") < 100_000, len(item.title or "")


def test_gzipped_sitemap_bomb_and_truncated(server: RawServer) -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 200_000_000, compresslevel=9)
    server.routes["/a.xml.gz"] = send(_xml(bomb, "application/gzip"))
    cut = gzip.compress(_sitemap([server.url("/2024/05/01/x")]))[:-10]
    server.routes["/b.xml.gz"] = send(_xml(cut, "application/gzip"))
    for path in ("/a.xml.gz", "/b.xml.gz"):
        items, failures = _discover(server.url(path), bound=30)
        assert failures or items, path


def test_discover_text_output_prints_no_escapes(server: RawServer) -> None:
    server.routes["/sitemap.xml"] = send(
        _xml(
            _sitemap(
                [server.url("/2024/05/01/a\x1b]0;owned\x07b"), server.url("/2024/05/01/c&#x9b;31m")]
            )
        )
    )
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", "from newsextract.cli import main; raise SystemExit(main())",
         "discover", server.url("/sitemap.xml"), "--delay", "0", "--no-articles-only"],
        capture_output=True, text=True, timeout=60, env=environment, check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    for control in ("\x1b", "\x07", "\x9b"):
        assert control not in done.stdout and control not in done.stderr, repr(done.stdout)
