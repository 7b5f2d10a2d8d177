"""A client per busy host in ``AsyncFetcher``: earned, reused, bounded; shared otherwise."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from newsextract import AsyncFetcher, Page
from newsextract.fetching.host_clients import OWN_CLIENT_AFTER, HostClients

from .servers import Site, fast_options


@pytest.mark.anyio
async def test_each_host_keeps_its_own_client() -> None:
    clients = HostClients(httpx.AsyncClient, own_after=1)
    async with clients.use("a:80") as first, clients.use("b:80") as other:
        assert first is not other
    async with clients.use("a:80") as again:
        assert again is first
    await clients.aclose()
    assert first.is_closed and other.is_closed


@pytest.mark.anyio
async def test_the_least_recently_used_idle_client_makes_room() -> None:
    clients = HostClients(httpx.AsyncClient, limit=2, own_after=1)
    async with clients.use("a:80") as a, clients.use("b:80") as b, clients.use("c:80") as c:
        assert len(clients) == 3  # a and b are busy: over the limit for a while
    async with clients.use("b:80"):
        pass
    async with clients.use("d:80"):
        assert len(clients) == 2
    assert a.is_closed and c.is_closed and not b.is_closed
    await clients.aclose()


@pytest.mark.anyio
async def test_a_host_asked_a_few_times_shares_one_client_with_the_others() -> None:
    clients = HostClients(httpx.AsyncClient, own_after=3)
    seen = []
    for host in ("a:80", "b:80", "a:80", "b:80", "c:80"):
        async with clients.use(host) as client:
            seen.append(client)
    assert len(set(map(id, seen))) == 1 and len(clients) == 0  # no TLS context per site
    async with clients.use("a:80") as own, clients.use("a:80") as again:
        assert own is not seen[0] and again is own and len(clients) == 1
    await clients.aclose()
    assert own.is_closed and seen[0].is_closed


@pytest.mark.anyio
async def test_a_shared_client_serves_every_host_and_stays_open() -> None:
    async with httpx.AsyncClient() as shared:
        clients = HostClients(httpx.AsyncClient, shared=shared)
        async with clients.use("a:80") as a, clients.use("b:80") as b:
            assert a is shared and b is shared
        await clients.aclose()
        assert not shared.is_closed and len(clients) == 0


@pytest.mark.anyio
async def test_pages_of_several_hosts_over_their_own_connections(
    make_site: Callable[..., Site],
) -> None:
    sites = [make_site() for _ in range(3)]
    urls = [site.url(f"/page?n={n}") for n in range(4) for site in sites]
    async with AsyncFetcher(fast_options()) as fetcher:
        results = [result async for result in fetcher.fetch_many(urls)]
    assert sorted(r.url for r in results if isinstance(r, Page)) == sorted(urls)


def _tls_context(client: httpx.AsyncClient) -> object:
    """The TLS settings a client's direct connections use (httpx has no public accessor)."""
    return client._transport._pool._ssl_context  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_every_client_of_a_fetcher_shares_one_tls_context(
    make_site: Callable[..., Site],
) -> None:
    sites = [make_site() for _ in range(3)]
    urls = [site.url(f"/page?n={n}") for n in range(OWN_CLIENT_AFTER) for site in sites]
    async with AsyncFetcher(fast_options()) as fetcher:
        assert all([isinstance(r, Page) async for r in fetcher.fetch_many(urls)])
        clients = [*fetcher._clients._clients.values(), fetcher._clients._common]
        assert len(clients) == 4  # 3 hosts that earned their own, and the common one
        assert len({id(_tls_context(c)) for c in clients if c is not None}) == 1
