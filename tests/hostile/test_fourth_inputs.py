"""The fourth red team (wave 59): discovery's XML and JSON nested or widened past reason, a
home page of thousands of feeds and links, a WARC record that inflates to gigabytes, devices
and FIFOs in every place the command line takes a path, and hostile addresses in the values
a page gives for its canonical link and image. Each is a typed error or a result within
2 CPU seconds and 200 MB (``third.cost``, in a forked child). No hole was found here."""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.batching.warcs import Record, article_html, http_response

import newsextract

from .test_blind_cli import clean, cli, story
from .test_blind_discovery import _xml
from .test_blind_fetch import RawServer, head, options, robotless_server, send
from .third import WALL_GUARD, cost, machine_pace

CPU_BOUND = 2.0
MB_BOUND = 200.0
DEPTH = 200_000
_URLSET = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'


@pytest.fixture(scope="module")
def server() -> Iterator[RawServer]:
    yield from robotless_server()


def _deep_rss() -> bytes:
    return (
        b'<?xml version="1.0"?><rss version="2.0"><channel><item>'
        b"<link>https://ex.org/news/one-story</link>"
        + b"<x>" * DEPTH + b"</x>" * DEPTH + b"</item></channel></rss>"
    )  # fmt: skip


def _deep_atom() -> bytes:
    return (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
        b'<link href="https://ex.org/news/one-story"/>'
        + b"<a>" * DEPTH + b"</entry></feed>"
    )  # fmt: skip


SOURCES = {
    "sitemap-nested-200000-deep": lambda s: _xml(
        b'<?xml version="1.0"?>' + _URLSET + b"<url>" * DEPTH
        + b"<loc>https://ex.org/a/1</loc>" + b"</url>" * DEPTH + b"</urlset>"
    ),
    "rss-item-nested-200000-deep": lambda s: _xml(_deep_rss(), "application/rss+xml"),
    "atom-entry-of-200000-unclosed": lambda s: _xml(_deep_atom(), "application/atom+xml"),
    "json-feed-nested-200000-deep": lambda s: _xml(
        b'{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"https://ex.org/a","x":'
        + b"[" * DEPTH + b"]" * DEPTH + b"}]}",
        "application/feed+json",
    ),
    "sitemap-url-of-300000-attributes": lambda s: _xml(
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url '
        + b" ".join(b'a%d="x"' % i for i in range(300_000))
        + b"><loc>https://ex.org/a/1</loc></url></urlset>"
    ),
    "sitemap-of-200000-namespaces": lambda s: _xml(
        b'<?xml version="1.0"?><urlset '
        + b" ".join(b'xmlns:n%d="u%d"' % (i, i) for i in range(200_000))
        + b' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://ex.org/a/1</loc></url></urlset>"
    ),
    "sitemap-entity-in-5000-entries": lambda s: _xml(
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "' + b"x" * 1000 + b'">]>' + _URLSET
        + b"<url><loc>https://ex.org/&a;&a;&a;&a;&a;&a;&a;&a;</loc></url>" * 5000
        + b"</urlset>"
    ),
    "index-of-50000-sitemaps": lambda s: _xml(
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + b"".join(
            b"<sitemap><loc>%s</loc></sitemap>" % s.url(f"/child{i}.xml").encode()
            for i in range(50_000)
        )
        + b"</sitemapindex>"
    ),
    "home-of-5000-feeds-and-100000-links": lambda s: (
        lambda page: head(length=len(page)) + page
    )(
        b"<html><head>"
        + b"".join(
            b'<link rel="alternate" type="application/rss+xml" href="/f%d.xml">' % i
            for i in range(5000)
        )
        + b"</head><body>"
        + b"".join(b'<a href="/news/2024/05/story-number-%d">s</a>' % i for i in range(100_000))
        + b"</body></html>"
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(SOURCES))
def test_a_hostile_source_is_read_within_the_bound(name: str, server: RawServer) -> None:
    server.routes[f"/{name}"] = send(SOURCES[name](server))

    def call() -> None:
        found = newsextract.discover(
            server.url(f"/{name}"), fetch_options=options(), articles_only=False
        )
        for _ in found:
            pass

    cpu, peak, verdict = cost(call, WALL_GUARD)
    assert verdict == "ok", verdict
    # The bound is the third red team's, on a page; a source of many requests (an index of
    # 50,000, a home page of 5,000 feeds) is its fetches' too, so twice that.
    assert cpu <= 2 * CPU_BOUND * machine_pace() and peak <= MB_BOUND, (cpu, peak)


def _zero_bomb_member(url: str, zeros: int) -> bytes:
    """One gzip member: a response record declaring ``zeros`` bytes of payload, all zeros."""
    record_head = (
        f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        f"WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {zeros + 100}\r\n\r\n"
    ).encode()
    http_head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % zeros
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 24)
    parts = [deflate.compress(record_head + http_head)]
    parts += [deflate.compress(block) for _ in range(zeros // len(block))]
    return b"".join([*parts, deflate.compress(b"\r\n\r\n"), deflate.flush()])


def test_a_warc_record_inflating_to_a_quarter_gigabyte_then_a_good_one(tmp_path: Path) -> None:
    archive = tmp_path / "a.warc.gz"
    good = Record(url="https://ex.org/good", block=http_response(article_html("Harbour").encode()))
    archive.write_bytes(
        _zero_bomb_member("https://ex.org/bomb", 256 << 20) + gzip.compress(good.to_bytes())
    )
    out = tmp_path / "o.jsonl"
    status, _, err = cli("batch", str(archive), "-o", str(out), "--no-progress", "-j", "1")
    assert clean(status, err), err[-1000:]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["error", "ok"], rows
    assert rows[0]["error"] == "ResponseTooLargeError", rows[0]


# Every place the command line takes a path, given a device, a FIFO, a folder or a link to
# one: a typed one-line error (status 1 or 2) at once, no traceback, no wait on a FIFO.
DEVICE_ARGUMENTS = [
    ["extract", "/dev/zero"],
    ["extract", "{zero_link}"],
    ["extract", "{fifo_link}"],
    ["extract", "{dangling}"],
    ["extract", "/proc/self/mem"],
    ["extract", "/dev/stdin"],
    ["extract", "{page}", "--rules-dir", "/dev/zero"],
    ["extract", "{page}", "--rules-dir", "{fifo}"],
    ["extract", "{page}", "--cache-dir", "/dev/null"],
    ["extract", "https://127.0.0.1:1/x", "--cache-dir", "/dev/null/x"],
    ["batch", "{page}", "-o", "/dev/full"],
    ["batch", "{page}", "-o", "{folder}"],
    ["batch", "{page}", "-o", "{out}", "--errors", "/dev/full"],
    ["batch", "-i", "/dev/zero", "-o", "{out}"],
    ["batch", "-i", "{folder}", "-o", "{out}"],
    ["batch", "{page}", "-o", "{out_parquet}", "--errors", "{fifo}"],
    ["explain", "{page}", "--html", "/dev/full"],
    ["explain", "{page}", "--html", "{folder}"],
    ["explain", "/dev/zero"],
    ["store", "export", "/dev/zero"],
    ["store", "stats", "{fifo}"],
    ["rules", "test", "--rules-dir", "/dev/zero"],
    ["rules", "list", "--rules-dir", "{fifo}"],
    ["discover", "{fifo}"],
]


@pytest.mark.parametrize("argv", DEVICE_ARGUMENTS, ids=lambda a: "-".join(a)[:60])
def test_a_device_fifo_or_folder_in_a_path_argument(argv: list[str], tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(story())
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "folder").mkdir()
    (tmp_path / "zero.html").symlink_to("/dev/zero")
    (tmp_path / "fifo.html").symlink_to(tmp_path / "fifo")
    (tmp_path / "dangling.html").symlink_to(tmp_path / "nowhere")
    names = {
        "page": page,
        "fifo": tmp_path / "fifo",
        "folder": tmp_path / "folder",
        "zero_link": tmp_path / "zero.html",
        "fifo_link": tmp_path / "fifo.html",
        "dangling": tmp_path / "dangling.html",
        "out": tmp_path / "o.jsonl",
        "out_parquet": tmp_path / "o.parquet",
    }
    filled = [part.format(**{k: str(v) for k, v in names.items()}) for part in argv]
    extra = ["--no-progress"] if filled[0] == "batch" else []
    status, _, err = cli(*filled, *extra, seconds=30)
    assert clean(status, err, (1, 2)), err[-1000:]
    assert err.strip(), "no word on the error"


# Values a page gives as its canonical link and image (og:url, og:image): each is None or
# an http(s) address without spaces or control characters, and the body shows none.
CONTENT_ADDRESSES = [
    "https://news.example.org:99999/x",
    "https://news.example.org:-1/x",
    "https://news.example.org:0x50/x",
    "https://[::1]/x",
    "https://news.example.org/\u202eevil",
    "https://news.example.org/\x00x",
    "jav&#x09;ascript:alert(1)",
    "&#106;avascript:alert(1)",
    "https://news.example.org/" + "a" * 100_000,
    "ht tp://x",
    "blob:https://x/1",
    "about:blank",
    "https://news.example.org/\r\nSet-Cookie: x",
    "https://ne\nws.example.org/",
    "mailto:x@y",
    "ws://x/",
    "https://:80/x",
    "http://user:secret@evil.example/",
]


@pytest.mark.parametrize("address", CONTENT_ADDRESSES, ids=lambda a: repr(a[:30]))
def test_hostile_addresses_a_page_gives_for_itself(address: str) -> None:
    value = address.replace("'", "&#39;")
    html = story().replace(
        "<title>",
        f"<link rel='canonical' href='{value}'><meta property='og:url' content='{value}'>"
        f"<meta property='og:image' content='{value}'><title>",
    )
    article = newsextract.extract(html, "https://news.example.org/2024/05/harbour-plan")
    for found in (article.canonical_url, article.image):
        assert found is None or found.startswith(("https://", "http://")), found
        assert found is None or not any(c in found for c in " \r\n\t\x00\u202e"), repr(found)
        assert found is None or "secret" not in found, found
        assert found is None or len(found) <= 65_536, len(found)
