"""Size cap (declared, streamed, decompressed) and timeouts (connect, read, total)."""

from __future__ import annotations

import socket
import time

import pytest

from newsextract import (
    AsyncFetcher,
    Fetcher,
    FetchTimeoutError,
    ResponseTooLargeError,
)

from .servers import Site, fast_options

MB = 1024 * 1024


def test_declared_length_over_the_cap_is_refused_up_front(site: Site) -> None:
    with (
        Fetcher(fast_options(max_bytes=MB)) as fetcher,
        pytest.raises(ResponseTooLargeError) as caught,
    ):
        fetcher.fetch(site.url("/big-declared"))
    assert caught.value.limit == MB
    assert "declares 52428800 bytes" in str(caught.value)


def test_streamed_body_stops_at_the_cap(site: Site) -> None:
    with Fetcher(fast_options(max_bytes=MB)) as fetcher, pytest.raises(ResponseTooLargeError):
        fetcher.fetch(site.url("/big-chunked"))


def test_gzip_bomb_stops_at_the_cap_after_decompression(site: Site) -> None:
    started = time.monotonic()
    with (
        Fetcher(fast_options(max_bytes=MB)) as fetcher,
        pytest.raises(ResponseTooLargeError, match="after decompression"),
    ):
        fetcher.fetch(site.url("/gzip-bomb"))
    assert time.monotonic() - started < 2  # 50 MB were never inflated


@pytest.mark.anyio
async def test_gzip_bomb_async(site: Site) -> None:
    async with AsyncFetcher(fast_options(max_bytes=MB)) as fetcher:
        with pytest.raises(ResponseTooLargeError):
            await fetcher.fetch(site.url("/gzip-bomb"))


def test_trickling_body_hits_the_total_timeout(site: Site) -> None:
    """A byte every 0.1 s never trips the read timeout; the total timeout ends it."""
    options = fast_options(read_timeout=1.0, total_timeout=0.5)
    started = time.monotonic()
    with Fetcher(options) as fetcher, pytest.raises(FetchTimeoutError) as caught:
        fetcher.fetch(site.url("/trickle"))
    assert caught.value.phase == "total"
    assert isinstance(caught.value, TimeoutError)
    assert time.monotonic() - started < 1.5


def test_trickling_headers_hit_the_total_timeout(site: Site) -> None:
    options = fast_options(read_timeout=1.0, total_timeout=0.5)
    started = time.monotonic()
    with Fetcher(options) as fetcher, pytest.raises(FetchTimeoutError, match="total timeout"):
        fetcher.fetch(site.url("/trickle-headers"))
    assert time.monotonic() - started < 1.5


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
async def test_trickle_async(site: Site, path: str) -> None:
    options = fast_options(read_timeout=1.0, total_timeout=0.5)
    started = time.monotonic()
    async with AsyncFetcher(options) as fetcher:
        with pytest.raises(FetchTimeoutError) as caught:
            await fetcher.fetch(site.url(path))
    assert caught.value.phase == "total"
    assert time.monotonic() - started < 1.5


def test_read_timeout(site: Site) -> None:
    with (
        Fetcher(fast_options(read_timeout=0.2)) as fetcher,
        pytest.raises(FetchTimeoutError) as caught,
    ):
        fetcher.fetch(site.url("/stall"))
    assert caught.value.phase == "read"


def test_connect_timeout() -> None:
    """A listening socket whose backlog is full never accepts: the connect times out."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.2", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = []
        try:
            for _ in range(8):  # fill the accept queue so the next SYN goes unanswered
                filler = socket.socket()
                filler.setblocking(False)
                filler.connect_ex(("127.0.0.2", port))
                fillers.append(filler)
            options = fast_options(connect_timeout=0.2, retries=0, respect_robots=False)
            with Fetcher(options) as fetcher, pytest.raises(FetchTimeoutError) as caught:
                fetcher.fetch(f"http://127.0.0.2:{port}/page")
            assert caught.value.phase == "connect"
        finally:
            for filler in fillers:
                filler.close()


def test_bomb_never_inflates_past_the_cap_in_memory() -> None:
    import tracemalloc

    from newsextract.fetching.stream import BodyReader

    from .servers import gzip_bomb

    bomb = gzip_bomb()
    reader = BodyReader(url="http://x/", limit=MB, content_encoding="gzip")
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError):
            for start in range(0, len(bomb), 65536):  # network-sized chunks
                reader.feed(bomb[start : start + 65536])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * MB  # httpx's own decoder would inflate one chunk to ~64 MB
