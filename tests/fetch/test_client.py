"""An httpx client can be injected; the fetcher then leaves it open."""

from __future__ import annotations

import httpx
import pytest

from newsextract import AsyncFetcher, BlockedAddressError, Fetcher
from newsextract.fetching.dns import peer_trace_sync

from .servers import Site, fast_options


def test_injected_client(site: Site) -> None:
    with httpx.Client(headers={"X-Team": "newsroom"}) as client:
        with Fetcher(fast_options(), client=client) as fetcher:
            page = fetcher.fetch(site.url("/page"))
        assert page.status == 200
        assert client.get(site.url("/page")).status_code == 200  # still open
    [headers, _] = [h for _, path, h in site.log if path == "/page"]
    assert headers["x-team"] == "newsroom"
    assert headers["user-agent"].startswith("newsextract/")


@pytest.mark.anyio
async def test_injected_async_client(site: Site) -> None:
    async with httpx.AsyncClient(headers={"X-Team": "newsroom"}) as client:
        async with AsyncFetcher(fast_options(), client=client) as fetcher:
            page = await fetcher.fetch(site.url("/page"))
        assert page.status == 200
        assert (await client.get(site.url("/page"))).status_code == 200
    assert site.log[1][2]["x-team"] == "newsroom"


def test_proxy_needs_the_fetchers_own_client() -> None:
    with httpx.Client() as client, pytest.raises(ValueError, match="injected"):
        Fetcher(fast_options(proxy="http://127.0.0.9:3128"), client=client)


def test_proxy_option(site: Site) -> None:
    """Requests go to the proxy, in absolute form; the test site plays the proxy."""
    options = fast_options(proxy=site.url("/").rstrip("/"), respect_robots=False)
    with Fetcher(options) as fetcher:
        page = fetcher.fetch("http://news.invalid/page")
    assert page.final_url == "http://news.invalid/page"
    assert page.status == 200
    assert site.hits["/page"] == 1


def test_peer_address_is_checked_once_connected(site: Site) -> None:
    """The second guard of block_private_addresses, on a real connection: the address the
    socket reached is refused before any byte of the request is sent."""
    hop = httpx.URL(site.url("/page"))
    with httpx.Client() as client, pytest.raises(BlockedAddressError) as caught:
        client.get(hop, extensions={"trace": peer_trace_sync(hop, url=str(hop))})
    assert caught.value.address == site.ip
    assert site.hits == {}
