"""The on-disk HTTP cache: fresh pages are not fetched again, stale ones are revalidated."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from newsextract import AsyncFetcher, Fetcher

from .servers import PAGE, Site, fast_options


def test_fresh_page_comes_from_the_cache_on_a_rerun(site: Site, tmp_path: Path) -> None:
    options = fast_options(cache_dir=tmp_path / "cache")
    with Fetcher(options) as fetcher:
        first = fetcher.fetch(site.url("/fresh"))
    with Fetcher(options) as fetcher:  # a re-run: a new fetcher on the same cache
        second = fetcher.fetch(site.url("/fresh"))
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.text == first.text == PAGE
    assert site.hits["/fresh"] == 1


def test_etag_is_revalidated(site: Site, tmp_path: Path) -> None:
    options = fast_options(cache_dir=tmp_path)
    with Fetcher(options) as fetcher:
        first = fetcher.fetch(site.url("/etag"))
        second = fetcher.fetch(site.url("/etag"))
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.text == PAGE
    assert site.hits["/etag"] == 2  # the second request was conditional ...
    assert site.hits["304"] == 1  # ... and answered 304 Not Modified
    [_, conditional] = [h for _, path, h in site.log if path == "/etag"]
    assert conditional["if-none-match"] == '"v1"'


@pytest.mark.anyio
async def test_async_cache(site: Site, tmp_path: Path) -> None:
    options = fast_options(cache_dir=tmp_path)
    async with AsyncFetcher(options) as fetcher:
        first = await fetcher.fetch(site.url("/fresh"))
    async with AsyncFetcher(options) as fetcher:
        second = await fetcher.fetch(site.url("/fresh"))
    assert (first.from_cache, second.from_cache) == (False, True)
    assert site.hits["/fresh"] == 1


def test_no_cache_by_default(site: Site) -> None:
    with Fetcher(fast_options()) as fetcher:
        fetcher.fetch(site.url("/fresh"))
        assert fetcher.fetch(site.url("/fresh")).from_cache is False
    assert site.hits["/fresh"] == 2


def test_cache_needs_the_fetchers_own_client(tmp_path: Path) -> None:
    with httpx.Client() as client, pytest.raises(ValueError, match="injected"):
        Fetcher(fast_options(cache_dir=tmp_path), client=client)
