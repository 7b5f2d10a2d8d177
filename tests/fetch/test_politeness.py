"""Per-host concurrency and delay, global concurrency; for threads and for tasks."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from newsextract import AsyncFetcher, Fetcher, FetchOptions

from .servers import Site, Tracker, fast_options, kept_apart


def test_polite_defaults() -> None:
    options = FetchOptions()
    assert (options.per_host_concurrency, options.per_host_delay) == (2, 1.0)
    assert options.global_concurrency == 32
    assert options.respect_robots is True
    assert (options.retries, options.backoff_base, options.backoff_cap) == (3, 0.5, 30.0)
    assert options.retry_after_cap == 120.0
    assert (options.connect_timeout, options.read_timeout, options.total_timeout) == (10, 20, 60)
    assert options.max_bytes == 10 * 1024 * 1024
    assert options.max_redirects == 10
    assert options.block_private_addresses is False


@pytest.mark.anyio
async def test_per_host_concurrency_async(site: Site) -> None:
    urls = [site.url(f"/slow?ms=50&n={n}") for n in range(12)]
    async with AsyncFetcher(fast_options(per_host_concurrency=2)) as fetcher:
        results = [r async for r in fetcher.fetch_many(urls)]
    assert len(results) == 12
    assert site.tracker.max_in_flight == 2


@pytest.mark.anyio
async def test_per_host_delay_async(site: Site) -> None:
    urls = [site.url(f"/page?n={n}") for n in range(5)]
    async with AsyncFetcher(fast_options(per_host_delay=0.15)) as fetcher:
        results = [r async for r in fetcher.fetch_many(urls)]
    assert len(results) == 5
    assert kept_apart(site.starts("/page"), 0.15)


@pytest.mark.anyio
async def test_global_concurrency_across_hosts(make_site: Callable[..., Site]) -> None:
    everywhere = Tracker()
    sites = [make_site(shared=everywhere) for _ in range(6)]
    urls = [s.url(f"/slow?ms=60&n={n}") for n in range(4) for s in sites]
    options = fast_options(global_concurrency=3, per_host_concurrency=2)
    async with AsyncFetcher(options) as fetcher:
        results = [r async for r in fetcher.fetch_many(urls)]
    assert len(results) == 24
    assert everywhere.max_in_flight == 3
    assert all(s.tracker.max_in_flight <= 2 for s in sites)


@pytest.mark.anyio
async def test_many_hosts_in_parallel(make_site: Callable[..., Site]) -> None:
    """One slow host does not hold the others up."""
    everywhere = Tracker()
    sites = [make_site(shared=everywhere) for _ in range(4)]
    urls = [s.url(f"/slow?ms=80&n={n}") for n in range(3) for s in sites]
    async with AsyncFetcher(fast_options(per_host_concurrency=1)) as fetcher:
        results = [r async for r in fetcher.fetch_many(urls)]
    assert len(results) == 12
    assert everywhere.max_in_flight == 4
    assert all(s.tracker.max_in_flight == 1 for s in sites)


def test_sync_politeness_holds_across_threads(site: Site) -> None:
    options = fast_options(per_host_concurrency=2, per_host_delay=0.05)
    with Fetcher(options) as fetcher:
        threads = [
            threading.Thread(target=fetcher.fetch, args=(site.url(f"/slow?ms=100&n={n}"),))
            for n in range(6)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert site.hits["/slow"] == 6
    assert site.tracker.max_in_flight == 2
    assert kept_apart(site.starts("/slow"), 0.05)


def test_sync_per_host_delay(site: Site) -> None:
    with Fetcher(fast_options(per_host_delay=0.15)) as fetcher:
        for n in range(3):
            fetcher.fetch(site.url(f"/page?n={n}"))
    assert kept_apart(site.starts("/page"), 0.15)
