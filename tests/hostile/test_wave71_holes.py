"""Hostile input, wave 71: what the wave-70 round left, through ``discover`` against a real
127.0.0.1 server and ``extract``.

Expected outcome: a sitemap whose text holds a raw ``&`` (a query pasted in, "?a=1&b=2", or
an HTML entity, "&nbsp;") lists every entry, the ``&`` read as itself (the strict XML parser
stopped at it, and every entry after it was dropped without a word); a CDATA section's
``&`` stays as written; a sitemap that stops being XML after some entries (a NUL byte, a
gzip stream cut short) keeps those entries and names the break in ``failures`` as a
``SitemapCutShortError`` (the rest was lost unsaid); one whose ``news:`` prefix no
``xmlns`` declares, reported by lxml once the document has closed, loses nothing and is no
failure. A small sitemap broken anywhere keeps the entries before the break (lxml parses
ahead in blocks, and the entries of the block holding the break went with it), never a part
of the broken one. A file that is no page is named in plain words ("input is an executable", "input
is gzip data": the message read "a executable", "a gzip data")."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator

import pytest

import newsextract

from .test_blind_discovery import _discover, _xml
from .test_blind_fetch import RawServer, robotless_server, send

URLSET = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'


@pytest.fixture
def server() -> Iterator[RawServer]:
    yield from robotless_server()


def _entries(server: RawServer, paths: list[str]) -> str:
    return "".join(f"<url><loc>{server.url(path)}</loc></url>" for path in paths)


def _listed(
    server: RawServer, body: bytes, kind: str = "application/xml"
) -> tuple[list[str], list[object]]:
    server.routes["/sitemap.xml"] = send(_xml(body, kind))
    items, failures = _discover(server.url("/sitemap.xml"))
    return [item.url for item in items], failures


@pytest.mark.parametrize(
    ("written", "path"),
    [
        ("/search?a=1&b=2", "/search?a=1&b=2"),  # a query pasted in raw
        ("/x&nbsp;y", "/x&nbsp;y"),  # an HTML entity XML does not know: its characters
        ("/a&amp;b", "/a&b"),  # escaped as sitemaps.org asks: unchanged
        ("/c&#38;d", "/c&d"),
    ],
)
def test_a_raw_ampersand_in_a_sitemap_loses_no_entry(
    written: str, path: str, server: RawServer
) -> None:
    middle = f"<url><loc>{server.url(written)}</loc></url>"
    body = URLSET + _entries(server, ["/first"]) + middle + _entries(server, ["/last"])
    urls, failures = _listed(server, (body + "</urlset>").encode())
    assert failures == []
    assert urls == [server.url("/first"), server.url(path), server.url("/last")]


def test_an_ampersand_in_cdata_stays_as_written(server: RawServer) -> None:
    # escaped there, it would read "&amp;b=2"
    cdata = f"<url><loc><![CDATA[{server.url('/q?a=1&b=2')}]]></loc></url>"
    body = URLSET + cdata + _entries(server, ["/last"]) + "</urlset>"
    urls, failures = _listed(server, body.encode())
    assert failures == []
    assert urls == [server.url("/q?a=1&b=2"), server.url("/last")]


def _long_urlset(server: RawServer, count: int) -> bytes:
    # Enough entries that lxml hands over the first ones before it reaches the break.
    return (URLSET + _entries(server, [f"/p{n}" for n in range(count)])).encode()


@pytest.mark.parametrize("kind", ["nul", "gzip-cut"])
def test_a_sitemap_broken_after_entries_keeps_them_and_says_so(
    kind: str, server: RawServer
) -> None:
    head = _long_urlset(server, 3_000)
    if kind == "nul":
        body = head + b"<url><loc>" + server.url("/a\x00b").encode() + b"</loc></url></urlset>"
        content = "application/xml"
    else:
        whole = head + _entries(server, [f"/q{n}" for n in range(3_000)]).encode()
        body = gzip.compress(whole + b"</urlset>")[: len(gzip.compress(whole)) // 2]
        content = "application/gzip"
    urls, failures = _listed(server, body, content)
    if kind == "nul":
        assert urls == [server.url(f"/p{n}") for n in range(3_000)]
    else:
        assert len(urls) >= 1_000
        assert urls[:3] == [server.url(f"/p{n}") for n in range(3)]
    [failure] = failures
    assert failure.error_type == "SitemapCutShortError"  # type: ignore[attr-defined]
    assert f"after {len(urls):,} entries" in failure.message  # type: ignore[attr-defined]
    assert failure.source == server.url("/sitemap.xml")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "broken",
    [
        "/caf\u00e9\u00e9\u00e9/a\x00b",  # lxml counts the column in characters: put early
        "/a\x01b",
        "/a < b",
        "/a&#0;b",
    ],
)
@pytest.mark.parametrize("newlines", [False, True])
def test_a_small_sitemap_broken_anywhere_keeps_the_entries_before_the_break(
    broken: str, newlines: bool, server: RawServer
) -> None:
    # lxml parses ahead in blocks: a sitemap of a few entries broken at its third gave none.
    join = "\n" if newlines else ""
    entries = [f"<url><loc>{server.url(path)}</loc></url>" for path in ("/a1", "/a2", broken, "/z")]
    body = join.join([URLSET, *entries, "</urlset>"]).encode()
    urls, failures = _listed(server, body)
    assert urls == [server.url("/a1"), server.url("/a2")]  # nor a part of the broken one
    [failure] = failures
    assert failure.error_type == "SitemapCutShortError"  # type: ignore[attr-defined]
    assert "after 2 entries" in failure.message  # type: ignore[attr-defined]


def test_a_sitemap_of_millions_of_lines_broken_at_the_end_is_read_in_time(
    server: RawServer,
) -> None:
    body = (URLSET + _entries(server, ["/a1"])).encode() + b"\n" * 5_000_000 + b"<url>\x00"
    started = time.process_time()
    urls, failures = _listed(server, body)
    assert urls == [server.url("/a1")]
    assert len(failures) == 1
    assert time.process_time() - started < 5


def test_an_undeclared_news_prefix_reported_after_the_end_is_no_failure(
    server: RawServer,
) -> None:
    news = f"<url><loc>{server.url('/n')}</loc><news:title>Quay</news:title></url>"
    body = URLSET + _entries(server, ["/first"]) + news + _entries(server, ["/last"])
    urls, failures = _listed(server, (body + "</urlset>").encode())
    assert failures == []
    assert urls == [server.url("/first"), server.url("/n"), server.url("/last")]


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"\x7fELF\x02\x01\x01" + bytes(64), "input is an executable, not HTML"),
        (gzip.compress(b"<html><body><p>Quay</p></body></html>"), "input is gzip data, not HTML"),
        (b"\x00\x00\x00<html>", "input is binary data, not HTML"),
        (b"%PDF-1.4 x", "input is a PDF document, not HTML"),
    ],
)
def test_a_file_that_is_no_page_is_named_in_plain_words(data: bytes, said: str) -> None:
    # "input is a executable", "input is a gzip data" before
    with pytest.raises(newsextract.NotHTMLError) as raised:
        newsextract.extract(data)
    assert str(raised.value) == said
