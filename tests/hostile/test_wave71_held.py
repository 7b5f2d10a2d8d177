"""Hostile input, wave 71: attacks that held, kept as tests through the public entry points.

Expected outcome: a gzip body cached under a large ``max_bytes`` and read back under a small
one is a ``ResponseTooLargeError`` (the cap holds on the cache's copy too); hosts with an
IPv6 zone id, ports 0 and 65536, labels that are no IDNA and a 100 KB URL are an
``InvalidURLError`` before any connection; ``<base href>`` of ``javascript:`` or ``data:``
resolves no link against it; a ``<meta charset>`` naming UTF-7, UTF-32 or a codec Python
lacks decodes the page as UTF-8; a lone surrogate or NUL in an attribute is dropped from the
value; a relative date read against a fetch time at the ends of the calendar raises
nothing, and a fetch time that is no instant in UTC is an ``OptionError``; ``explain`` of
an executable, a directory or a FIFO is one error line."""

from __future__ import annotations

import asyncio
import gzip
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.fetch.servers import fetch_once

import newsextract
from newsextract import InvalidURLError, ResponseTooLargeError

from .second import cli
from .test_blind_fetch import PAGE, RawServer, head, options, robotless_server, send

WORDS = "The council met on Tuesday to debate the harbour plan and its costs for the town."
STORY = "".join(f"<p>{WORDS} Paragraph {n} adds its own detail.</p>" for n in range(5))


@pytest.fixture
def server() -> Iterator[RawServer]:
    yield from robotless_server()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_cached_body_read_back_under_a_smaller_cap_is_too_large(
    kind: str, server: RawServer, tmp_path: Path
) -> None:
    big = PAGE.replace(b"</article>", b"<p>" + b"a" * 3_000_000 + b"</p></article>")
    packed = gzip.compress(big)
    server.routes["/b"] = send(
        head("200 OK", "Content-Encoding: gzip", "Cache-Control: max-age=3600", length=len(packed))
        + packed
    )
    first = fetch_once(kind, server.url("/b"), options(cache_dir=tmp_path, max_bytes=10_000_000))
    assert len(first.text) > 3_000_000
    with pytest.raises(ResponseTooLargeError):
        fetch_once(kind, server.url("/b"), options(cache_dir=tmp_path, max_bytes=100_000))
    assert server.hits.count("/b") == 1  # the second answer was the cache's


@pytest.mark.parametrize(
    "url",
    [
        "http://[fe80::1%25eth0]/a",
        "http://[fe80::1%eth0]/a",
        "http://news.example:0/a",
        "http://news.example:65536/a",
        "http://xn--abc-.example/a",
        "http://\u2603.example/a",
        "http://news.example/?" + "a" * 100_000,
    ],
)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_addresses_no_request_can_reach_are_invalid(kind: str, url: str) -> None:
    async def fetch_async() -> object:
        async with newsextract.AsyncFetcher(options()) as fetcher:
            return await fetcher.fetch(url)

    with pytest.raises(InvalidURLError):
        if kind == "sync":
            newsextract.fetch(url, options=options())
        else:
            asyncio.run(fetch_async())


@pytest.mark.parametrize("base", ["javascript:alert(1)//", "data:text/html,x/"])
def test_a_base_of_another_scheme_resolves_nothing_against_it(base: str) -> None:
    html = (
        f'<html><head><base href="{base}"><link rel="canonical" href="/x">'
        '<meta property="og:image" content="i.jpg"></head>'
        f"<body><article><h1>Quay</h1>{STORY}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example/d/p")
    assert article.canonical_url == "https://news.example/x"
    assert article.image == "https://news.example/d/i.jpg"


@pytest.mark.parametrize("charset", ["utf-7", "utf-32", "x-klingon", "mbcs", "punycode"])
def test_a_meta_charset_python_cannot_use_on_a_page_reads_it_as_utf8(charset: str) -> None:
    html = (
        f'<html><head><meta charset="{charset}"><title>Café</title></head>'
        f"<body><article><h1>Café</h1>{STORY}</article></body></html>"
    )
    article = newsextract.extract(html.encode(), url="https://news.example/a")
    assert article.title == "Café"


def test_a_lone_surrogate_or_nul_in_an_attribute_is_dropped() -> None:
    html = (
        '<html><head><meta name="author" content="Jo\x00hn Smith">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H\\ud800 x"}'
        f"</script></head><body><article><h1>Quay</h1>{STORY}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example/a")
    assert article.authors == ("John Smith",)
    assert article.title is not None and "\ud800" not in article.title


@pytest.mark.parametrize("when", [datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)])
@pytest.mark.parametrize("stamp", ["3 hours ago", "999999999 days ago", "tomorrow", "Today 10:30"])
def test_a_relative_date_against_the_calendar_s_ends_raises_nothing(
    when: datetime, stamp: str
) -> None:
    story = f"<p class='date'>{stamp}</p>{STORY}"
    html = f"<html><body><article><h1>Quay</h1>{story}</article></body></html>"
    article = newsextract.extract(html, url="https://news.example/a", fetched_at=when)
    assert article.title == "Quay"


@pytest.mark.parametrize(
    "when",
    [
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=23, minutes=59))),
        datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-23, minutes=-59))),
    ],
)
def test_a_fetch_time_that_is_no_instant_in_utc_is_an_option_error(when: datetime) -> None:
    with pytest.raises(newsextract.OptionError, match="fetched_at"):
        newsextract.extract(f"<html><body>{STORY}</body></html>", fetched_at=when)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
def test_explain_of_what_is_no_page_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "elf.html").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(4096))
    (tmp_path / "dir.html").mkdir()
    os.mkfifo(tmp_path / "fifo.html")
    for name, said in [
        ("elf.html", "NotHTMLError: input is an executable"),
        ("dir.html", "NotRegularFileError"),
        ("fifo.html", "NotRegularFileError"),
    ]:
        report = tmp_path / f"{name}.report.html"
        status, _, err = cli("explain", str(tmp_path / name), "--html", str(report))
        assert status == 2, err
        assert said in err and "Traceback" not in err
        assert not report.exists()
