"""A hostile server against both fetchers: decompression bombs, a slow-loris, a body cut
short, charsets that are no text encoding, and redirects to other schemes or broken hosts.

Each case ends in a typed ``FetchError`` (or a page), on time, and a bomb costs at most
``HEADROOM`` of memory above the cap (traced peak; the bombs decode to 1 GiB).
"""

from __future__ import annotations

import asyncio
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import quote

import pytest

from newsextract import AsyncFetcher, Fetcher, FetchOptions, FetchTimeoutError
from newsextract.errors import (
    ContentDecodingError,
    FetchConnectionError,
    InvalidURLError,
    ResponseTooLargeError,
)

from .bombs import BOMBS, ZSTD_DECODABLE
from .servers import Site, fast_options, fetch_once

MiB = 1024 * 1024
CAP = FetchOptions().max_bytes  # the default 10 MiB
HEADROOM = 100 * MiB  # what a bomb may cost above the cap (issue 10)
SLACK = 0.5  # seconds a timed-out request may take beyond its total timeout on a busy machine

CODINGS = [
    pytest.param(
        coding,
        marks=pytest.mark.skipif(
            coding == "zstd" and not ZSTD_DECODABLE,
            reason="zstd cannot be decoded here (no zstandard module), so it is not asked for",
        ),
    )
    for coding in BOMBS
]
KINDS = ["sync", "async"]


@contextmanager
def traced_peak() -> Iterator[list[int]]:
    """The peak of Python's traced memory inside the block, appended to the list on exit."""
    peak: list[int] = []
    tracemalloc.start()
    try:
        yield peak
    finally:
        peak.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()


def settles(condition: Callable[[], bool], within: float = 3.0) -> bool:
    end = time.monotonic() + within
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("coding", CODINGS)
def test_bombs_stop_at_the_cap(site: Site, coding: str, kind: str) -> None:
    BOMBS[coding]()  # built before measuring
    url = site.url(f"/bomb?coding={quote(coding)}")
    started = time.monotonic()
    with traced_peak() as peak, pytest.raises(ResponseTooLargeError, match="decompression"):
        fetch_once(kind, url, fast_options(respect_robots=False))
    assert peak[0] < CAP + HEADROOM
    assert time.monotonic() - started < 3  # 1 GiB was never decoded


@pytest.mark.parametrize("kind", KINDS)
def test_slow_headers_end_on_time_and_free_their_connection(
    make_site: Callable[..., Site], kind: str
) -> None:
    """A server trickling its headers never trips the read timeout; the total timeout ends
    each request, and takes its connection (and any thread) with it: the two-connection
    pool still serves a good host afterwards."""
    slow, good = make_site(), make_site()
    options = fast_options(
        total_timeout=0.3, read_timeout=1.0, retries=0, respect_robots=False, global_concurrency=1
    )
    threads = threading.active_count()

    async def run_async() -> None:
        async with AsyncFetcher(options) as fetcher:
            for _ in range(5):
                started = time.monotonic()
                with pytest.raises(FetchTimeoutError) as caught:
                    await fetcher.fetch(slow.url("/trickle-headers"))
                assert caught.value.phase == "total"
                assert time.monotonic() - started < options.total_timeout + SLACK
            assert (await fetcher.fetch(good.url("/page"))).status == 200

    if kind == "async":
        asyncio.run(run_async())
    else:
        with Fetcher(options) as fetcher:
            for _ in range(5):
                started = time.monotonic()
                with pytest.raises(FetchTimeoutError) as caught:
                    fetcher.fetch(slow.url("/trickle-headers"))
                assert caught.value.phase == "total"
                assert time.monotonic() - started < options.total_timeout + SLACK
            assert fetcher.fetch(good.url("/page")).status == 200
    # The servers' threads end once their client hung up; nothing of ours is left behind.
    assert settles(lambda: threading.active_count() <= threads)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("path", "error"),
    [("/cut-body", FetchConnectionError), ("/cut-gzip", ContentDecodingError)],
    ids=["declared-length", "gzip-to-close"],
)
def test_a_body_cut_short_is_an_error(
    site: Site, kind: str, path: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        fetch_once(kind, site.url(path), fast_options(respect_robots=False, retries=0))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("coding", ["utf-8", "identity, none", "gzip, x-unknown"])
def test_unknown_codings_are_passed_over(site: Site, kind: str, coding: str) -> None:
    """As browsers and httpx do; only the codings decoded here are undone."""
    url = site.url(f"/odd-coding?coding={quote(coding)}")
    if coding.startswith("gzip"):  # the page is not gzipped: the one known layer is corrupt
        with pytest.raises(ContentDecodingError):
            fetch_once(kind, url, fast_options())
    else:
        assert "Headline here" in fetch_once(kind, url, fast_options()).text


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("label", ["base64", "rot13", "hex", "undefined", "utf-7", "zlib"])
@pytest.mark.parametrize("where", ["header", "meta", "empty"])
def test_charsets_that_are_no_text_encoding_are_ignored(
    site: Site, kind: str, label: str, where: str
) -> None:
    query = {"header": "", "meta": "&meta=1", "empty": "&empty=1"}[where]
    page = fetch_once(kind, site.url(f"/charset-label?label={label}{query}"), fast_options())
    assert page.encoding == "utf-8"
    if where == "empty":
        assert page.text == ""
    else:
        assert "Headline here" in page.text


BAD_TARGETS = [
    "data:text/html,<h1>hi</h1>",
    "javascript:alert(1)",
    "ftp://example.org/file",
    "http://xn--/page",
    "http://xn--abc-.example/",
    f"http://{'a' * 300}.example/",
    "http://a..b/",
    "http://[::1/",
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("target", BAD_TARGETS)
def test_redirects_to_what_cannot_be_fetched(site: Site, kind: str, target: str) -> None:
    url = site.url(f"/to?url={quote(target)}")
    with pytest.raises(InvalidURLError) as caught:
        fetch_once(kind, url, fast_options())
    assert caught.value.url == url
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("target", BAD_TARGETS)
def test_urls_that_cannot_be_fetched(kind: str, target: str) -> None:
    with pytest.raises(InvalidURLError):
        fetch_once(kind, target, fast_options())
