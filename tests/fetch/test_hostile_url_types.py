"""A URL that is no string (a ``None``, number or list from a caller's data) is an
``InvalidURLError``, sync and async, and the fetcher goes on with the next URL. Before, a
number or a list raised AttributeError or TypeError (masking a password in the error's
message split the URL with urllib), and ``discover`` did the same."""

from __future__ import annotations

import asyncio

import pytest

from newsextract import InvalidURLError, discover
from newsextract.fetching import AsyncFetcher, Fetcher
from newsextract.fetching.page import Page

from .servers import Site, fast_options

BAD = [5, 1.5, ["http://127.0.0.1:9/"], None, b"http://127.0.0.1:9/"]


def _fetch_all(kind: str, urls: list[object]) -> list[Page | Exception]:
    results: list[Page | Exception] = []
    if kind == "sync":
        with Fetcher(fast_options()) as fetcher:
            for url in urls:
                try:
                    results.append(fetcher.fetch(url))  # type: ignore[arg-type]
                except Exception as exc:
                    results.append(exc)
        return results

    async def run() -> None:
        async with AsyncFetcher(fast_options()) as fetcher:
            for url in urls:
                try:
                    results.append(await fetcher.fetch(url))  # type: ignore[arg-type]
                except Exception as exc:
                    results.append(exc)

    asyncio.run(run())
    return results


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_url_that_is_no_string_is_an_invalid_url_and_the_next_is_fetched(
    kind: str, site: Site
) -> None:
    *refused, page = _fetch_all(kind, [*BAD, site.url("/page")])
    for url, error in zip(BAD, refused, strict=True):
        assert isinstance(error, InvalidURLError), (url, error)
    assert isinstance(page, Page)
    assert page.status == 200


@pytest.mark.parametrize("url", BAD)
def test_discover_of_a_url_that_is_no_string_is_an_invalid_url(url: object) -> None:
    found = discover(url, fetch_options=fast_options())  # type: ignore[arg-type]
    assert list(found) == []
    assert [f.error_type for f in found.failures] == ["InvalidURLError"]
