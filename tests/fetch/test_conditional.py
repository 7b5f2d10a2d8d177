"""Conditional fetches: a stored page's validators sent back, a 304 as an answer."""

from __future__ import annotations

import asyncio

import pytest
from tests.fetch.servers import LAST_MODIFIED, Site, fast_options

from newsextract import AsyncFetcher, Fetcher, HTTPStatusError, Page
from newsextract.fetching import Validators


def fetch(kind: str, url: str, validators: Validators | None = None) -> Page:
    if kind == "sync":
        with Fetcher(fast_options()) as fetcher:
            return fetcher.fetch(url, validators=validators)

    async def fetch_async() -> Page:
        async with AsyncFetcher(fast_options()) as fetcher:
            return await fetcher.fetch(url, validators=validators)

    return asyncio.run(fetch_async())


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


@KINDS
def test_an_unchanged_page_is_not_modified(site: Site, kind: str) -> None:
    first = fetch(kind, site.url("/etag"))
    assert not first.not_modified
    assert first.validators == Validators(etag='"v1"', last_modified=None)
    again = fetch(kind, site.url("/etag"), first.validators)
    assert again.not_modified
    assert (again.status, again.content, again.text) == (304, b"", "")
    [_, conditional] = [h for _, path, h in site.log if path == "/etag"]
    assert conditional["if-none-match"] == '"v1"'


@KINDS
def test_last_modified_is_sent_as_if_modified_since(site: Site, kind: str) -> None:
    first = fetch(kind, site.url("/last-modified"))
    assert first.validators.last_modified == LAST_MODIFIED
    assert fetch(kind, site.url("/last-modified"), first.validators).not_modified


@KINDS
def test_a_changed_page_comes_whole(site: Site, kind: str) -> None:
    page = fetch(kind, site.url("/etag"), Validators(etag='"v0"'))
    assert (page.status, page.not_modified) == (200, False)
    assert "Headline here" in page.text


def test_a_304_keeps_the_connection(site: Site) -> None:
    with Fetcher(fast_options(respect_robots=False)) as fetcher:
        first = fetcher.fetch(site.url("/etag"))
        for _ in range(4):
            assert fetcher.fetch(site.url("/etag"), validators=first.validators).not_modified
    assert len(site.client_ports) == 1  # the 304s were read to their end, not dropped


def test_a_304_without_validators_is_an_error(site: Site) -> None:
    with pytest.raises(HTTPStatusError, match="304"):
        fetch("sync", site.url("/status/304"))


def test_validators_go_on_after_a_redirect(site: Site) -> None:
    page = fetch("sync", site.url("/to?url=/etag"), Validators(etag='"v1"'))
    assert page.not_modified
    assert page.final_url == site.url("/etag")
