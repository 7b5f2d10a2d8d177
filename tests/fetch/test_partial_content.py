"""A 206 Partial Content to a request that asked for no range is a part of the page: taking
it for the whole page would extract an article cut short, so it is a fetch failure."""

from __future__ import annotations

import asyncio

import pytest

from newsextract import AsyncFetcher, FetchFailure
from newsextract.errors import FetchError, HTTPStatusError, NewsExtractError

from .servers import Site, fast_options, fetch_once

KINDS = ["sync", "async"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_206_without_a_range_asked_for_is_an_http_status_error(site: Site, kind: str) -> None:
    url = site.url("/status/206")
    with pytest.raises(HTTPStatusError, match=r"206 Partial Content.*without a Range") as caught:
        fetch_once(kind, url, fast_options())
    assert isinstance(caught.value, FetchError)
    assert isinstance(caught.value, NewsExtractError)
    assert (caught.value.status, caught.value.url) == (206, url)
    assert site.hits["/status/206"] == 1  # not retried: the server would answer the same


@pytest.mark.parametrize("kind", KINDS)
def test_a_206_is_the_answer_when_the_caller_asked_for_a_range(site: Site, kind: str) -> None:
    options = fast_options(headers={"Range": "bytes=0-99"})
    page = fetch_once(kind, site.url("/status/206"), options)
    assert page.status == 206
    assert page.content == b"status 206"
    assert site.log[-1][2]["range"] == "bytes=0-99"


def test_fetch_many_turns_an_unasked_206_into_a_failure(site: Site) -> None:
    async def run() -> list[object]:
        async with AsyncFetcher(fast_options()) as fetcher:
            return [r async for r in fetcher.fetch_many([site.url("/status/206")])]

    [result] = asyncio.run(run())
    assert isinstance(result, FetchFailure)
    assert result.reason == "HTTPStatusError"
    assert "Partial Content" in result.message
