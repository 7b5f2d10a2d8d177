"""One HTTP client per host for ``AsyncFetcher``: httpcore's pool is costly when shared.

httpcore's connection pool looks at every connection it holds on every request and every
release (it polls each idle one's socket, and counts the idle ones for each), so one pool
shared by 50 hosts spends more time there than on the requests: in a profile of a batch
over 50 loopback hosts, a quarter of the fetching thread's samples. Politeness already
keeps a host to ``per_host_concurrency`` requests at once, so a client per host holds a
few connections and its scans are short (bare httpx over the same hosts: 459 -> 738
requests/s). Each client is built as the fetcher's one client was
(``transport.build_async_client``: resolver, address checks, proxies). At most
``HOST_CLIENTS`` are open at once; the least recently used one with no request in flight is
closed to make room, so a crawl over thousands of hosts keeps its memory and sockets flat.

An injected client, or the client of an HTTP cache (its store is one SQLite file), serves
every host instead.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import httpx

HOST_CLIENTS = 64  # hosts whose connections stay open at once: twice the default global
# concurrency, so the hosts being fetched keep theirs; each client costs its TLS context
# (about 20 ms to build and 0.8 MB: 50 hosts took a batch from 172 to 211 MB)


class HostClients:
    """Hands out the client of a host (``make`` builds one), or ``shared`` for all hosts."""

    def __init__(
        self,
        make: Callable[[], httpx.AsyncClient],
        *,
        shared: httpx.AsyncClient | None = None,
        limit: int = HOST_CLIENTS,
    ) -> None:
        self._make = make
        self._shared = shared
        self._limit = limit
        self._clients: OrderedDict[str, httpx.AsyncClient] = OrderedDict()
        self._busy: Counter[str] = Counter()

    @asynccontextmanager
    async def use(self, host: str) -> AsyncIterator[httpx.AsyncClient]:
        """The client for ``host`` (a ``http.host_key``), kept open while in use."""
        if self._shared is not None:
            yield self._shared
            return
        client = self._clients.get(host)
        if client is None:
            client = self._clients[host] = self._make()
        self._clients.move_to_end(host)
        self._busy[host] += 1
        try:
            await self._make_room()
            yield client
        finally:
            self._busy[host] -= 1
            if not self._busy[host]:
                del self._busy[host]

    async def aclose(self) -> None:
        """Close every client built here (a shared one is its owner's to close)."""
        clients = list(self._clients.values())
        self._clients.clear()
        for client in clients:
            await client.aclose()

    def __len__(self) -> int:
        return len(self._clients)

    async def _make_room(self) -> None:
        while len(self._clients) > self._limit:
            idle = next((host for host in self._clients if not self._busy[host]), None)
            if idle is None:  # every host is being fetched: over the limit for a while
                return
            await self._clients.pop(idle).aclose()
