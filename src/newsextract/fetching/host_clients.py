"""A client of its own for each busy host in ``AsyncFetcher``: httpcore's pool is costly
when shared.

httpcore's connection pool looks at every connection it holds on every request and every
release (it polls each idle one's socket, and counts the idle ones for each), so one pool
shared by 50 hosts spends more time there than on the requests: in a profile of a batch
over 50 loopback hosts, a quarter of the fetching thread's samples. Politeness already
keeps a host to ``per_host_concurrency`` requests at once, so a client per host holds a
few connections and its scans are short (bare httpx over the same hosts: 459 -> 738
requests/s). The clients of a fetcher share one TLS context (``transport.ssl_context``:
about 20 ms to build and 0.8 MB, once per fetcher, not once per host), so a client costs
about 0.25 ms and 3 KB; still, a list of URLs from thousands of sites, each asked once or
twice, keeps its pools and idle sockets few: a host gets its own client from its
``OWN_CLIENT_AFTER``-th request on, and until then goes through one client that all such
hosts share. Each client is built as the fetcher's one client was
(``transport.build_async_client``: resolver, address checks, proxies). At most
``HOST_CLIENTS`` hosts have their own at once; the least recently used one with no request
in flight is closed to make room, so a long crawl keeps its memory and sockets flat.

An injected client, or the client of an HTTP cache (its store is one SQLite file), serves
every host instead.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import httpx

HOST_CLIENTS = 64  # hosts with a client of their own at once: twice the default global
# concurrency, so the hosts being fetched keep theirs; each holds its pool and idle sockets
OWN_CLIENT_AFTER = 8  # requests to a host before it gets its own client: a host asked once
# or twice keeps no pool and idle socket of its own, one asked often gets short pool scans
HOSTS_COUNTED = 4096  # hosts whose requests are counted (the most recent): bounded memory
# for lists of millions of sites; a host that falls out starts counting again


class HostClients:
    """Hands out the client of a host (``make`` builds one), or ``shared`` for all hosts."""

    def __init__(
        self,
        make: Callable[[], httpx.AsyncClient],
        *,
        shared: httpx.AsyncClient | None = None,
        limit: int = HOST_CLIENTS,
        own_after: int = OWN_CLIENT_AFTER,
    ) -> None:
        self._make = make
        self._shared = shared
        self._common: httpx.AsyncClient | None = None  # for hosts without their own yet
        self._limit = limit
        self._own_after = own_after
        self._clients: OrderedDict[str, httpx.AsyncClient] = OrderedDict()
        self._requests: OrderedDict[str, int] = OrderedDict()  # of hosts without their own
        self._busy: Counter[str] = Counter()

    @asynccontextmanager
    async def use(self, host: str) -> AsyncIterator[httpx.AsyncClient]:
        """The client for ``host`` (a ``http.host_key``), kept open while in use."""
        if self._shared is not None:
            yield self._shared
            return
        client = self._clients.get(host)
        if client is None and not self._earned(host):
            if self._common is None:
                self._common = self._make()
            yield self._common
            return
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
        clients = [*self._clients.values(), *([self._common] if self._common else [])]
        self._clients.clear()
        self._common = None
        for client in clients:
            await client.aclose()

    def __len__(self) -> int:
        """Hosts with a client of their own."""
        return len(self._clients)

    def _earned(self, host: str) -> bool:
        """Count a request to ``host``; True once it has made ``own_after`` of them."""
        count = self._requests.pop(host, 0) + 1
        if count >= self._own_after:
            return True
        self._requests[host] = count
        if len(self._requests) > HOSTS_COUNTED:
            self._requests.popitem(last=False)
        return False

    async def _make_room(self) -> None:
        while len(self._clients) > self._limit:
            idle = next((host for host in self._clients if not self._busy[host]), None)
            if idle is None:  # every host is being fetched: over the limit for a while
                return
            await self._clients.pop(idle).aclose()
