"""fetch_many yields a Page or a FetchFailure for every URL, and never raises."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing

import anyio
import pytest

from newsextract import AsyncFetcher, FetchFailure, Page

from .servers import Site, fast_options


@pytest.mark.anyio
async def test_every_url_gets_a_result(site: Site) -> None:
    site.robots = "User-agent: *\nDisallow: /private\n"
    expected = {
        site.url("/page"): "Page",
        site.url("/status/404"): "HTTPStatusError",
        site.url("/private"): "RobotsDisallowedError",
        site.url("/pdf"): "NotHTMLResponseError",
        site.url("/loop/a"): "RedirectLoopError",
        "not a url": "InvalidURLError",
        "ftp://example.org/file": "InvalidURLError",
        site.url("/redirect/1"): "Page",
    }
    async with AsyncFetcher(fast_options()) as fetcher:
        results = [r async for r in fetcher.fetch_many(list(expected))]
    assert len(results) == len(expected)
    got = {r.url: "Page" if isinstance(r, Page) else r.reason for r in results}
    assert got == expected
    failure = next(r for r in results if isinstance(r, FetchFailure) and r.url == "not a url")
    assert "not an http(s) URL" in failure.message
    assert failure.error.url == "not a url"


@pytest.mark.anyio
async def test_async_iterable_and_a_small_window(site: Site) -> None:
    async def urls() -> AsyncIterator[str]:
        for n in range(10):
            yield site.url(f"/page?n={n}")

    async with AsyncFetcher(fast_options(max_pending=2)) as fetcher:
        results = [r async for r in fetcher.fetch_many(urls())]
    assert sorted(r.url for r in results) == sorted(site.url(f"/page?n={n}") for n in range(10))
    assert all(isinstance(r, Page) for r in results)


@pytest.mark.anyio
async def test_leaving_early_cancels_the_rest(site: Site) -> None:
    urls = [site.url(f"/slow?ms=200&n={n}") for n in range(6)]
    async with AsyncFetcher(fast_options(per_host_concurrency=1)) as fetcher:
        async with aclosing(fetcher.fetch_many(urls)) as results:
            async for _ in results:
                break
        ours = [t for t in asyncio.all_tasks() if "AsyncFetcher" in repr(t.get_coro())]
        assert ours == []
    assert site.hits["/slow"] <= 2


@pytest.mark.anyio
async def test_single_fetch_raises(site: Site) -> None:
    from newsextract import HTTPStatusError

    async with AsyncFetcher(fast_options()) as fetcher:
        page = await fetcher.fetch(site.url("/page"))
        assert page.status == 200
        with pytest.raises(HTTPStatusError):
            await fetcher.fetch(site.url("/status/404"))


@pytest.mark.anyio
async def test_input_fed_by_the_results_does_not_stall(site: Site) -> None:
    """A crawler's loop: the next URL is known only once a result came back."""
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    await queue.put(site.url("/page?n=0"))

    async def urls() -> AsyncIterator[str]:
        while (url := await queue.get()) is not None:
            yield url

    seen = []
    async with (
        AsyncFetcher(fast_options()) as fetcher,
        aclosing(fetcher.fetch_many(urls())) as results,
    ):
        with anyio.fail_after(10):  # the old loop waited for URL 2 before yielding result 1
            async for result in results:
                seen.append(result.url)
                await queue.put(site.url(f"/page?n={len(seen)}") if len(seen) < 4 else None)
    assert seen == [site.url(f"/page?n={n}") for n in range(4)]
