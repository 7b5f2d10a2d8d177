"""Per-host politeness: how many requests at once to one host, and how far apart they start.

Each host has a slot semaphore (``per_host_concurrency``) and a start lock: a request takes
the lock, waits until the host's next start time and takes a global slot
(``global_concurrency``). It lets go of the lock once its headers are on the wire (the
fetcher calls ``sent`` from httpx's trace hook, or when the response is back, whichever
comes first), and the host's next start time is set ``delay`` seconds after that moment.
So requests to one host are sent at least ``delay`` apart, however many tasks or threads
wait for it and however late a busy event loop gets round to sending, and waiting for a
slow host never holds a global slot.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager

import attrs

from newsextract.fetching.options import FetchOptions


@attrs.define
class HostClock:
    """When the next request to one host may start."""

    delay: float
    next_start: float = 0.0

    def wait_time(self) -> float:
        return max(0.0, self.next_start - time.monotonic())

    def started(self) -> None:
        self.next_start = max(self.next_start, time.monotonic() + self.delay)

    def defer(self, seconds: float) -> None:
        """The host asked for a pause (``Retry-After``): no request starts before it ends."""
        self.next_start = max(self.next_start, time.monotonic() + seconds)

    def slow_down(self, delay: float) -> None:
        """robots.txt asked for a longer ``Crawl-delay``."""
        self.delay = max(self.delay, delay)


@attrs.define
class AsyncHost:
    clock: HostClock
    slots: asyncio.Semaphore
    start_lock: asyncio.Lock = attrs.field(factory=asyncio.Lock)


class AsyncPoliteness:
    def __init__(self, options: FetchOptions) -> None:
        self._options = options
        self._global = asyncio.Semaphore(options.global_concurrency)
        self._hosts: dict[str, AsyncHost] = {}

    def host(self, key: str) -> AsyncHost:
        host = self._hosts.get(key)
        if host is None:
            host = AsyncHost(
                clock=HostClock(self._options.per_host_delay),
                slots=asyncio.Semaphore(self._options.per_host_concurrency),
            )
            self._hosts[key] = host
        return host

    @asynccontextmanager
    async def turn(self, host: AsyncHost) -> AsyncIterator[Callable[[], None]]:
        """Wait for the host's next start time and a global slot; hold the slot inside.

        Gives ``sent``, to be called once the request is on the wire.
        """
        await host.start_lock.acquire()
        try:
            while (wait := host.clock.wait_time()) > 0:
                await asyncio.sleep(wait)
            await self._global.acquire()
        except BaseException:
            host.start_lock.release()
            raise
        sent = _once(host.clock, host.start_lock.release)
        try:
            yield sent
        finally:
            sent()
            self._global.release()


@attrs.define
class SyncHost:
    clock: HostClock
    slots: threading.BoundedSemaphore
    start_lock: threading.Lock = attrs.field(factory=threading.Lock)


class SyncPoliteness:
    """The same rules for threads sharing one ``Fetcher``."""

    def __init__(self, options: FetchOptions) -> None:
        self._options = options
        self._global = threading.BoundedSemaphore(options.global_concurrency)
        self._hosts: dict[str, SyncHost] = {}
        self._lock = threading.Lock()

    def host(self, key: str) -> SyncHost:
        with self._lock:
            host = self._hosts.get(key)
            if host is None:
                host = SyncHost(
                    clock=HostClock(self._options.per_host_delay),
                    slots=threading.BoundedSemaphore(self._options.per_host_concurrency),
                )
                self._hosts[key] = host
            return host

    @contextmanager
    def turn(self, host: SyncHost) -> Iterator[Callable[[], None]]:
        host.start_lock.acquire()
        try:
            while (wait := host.clock.wait_time()) > 0:
                time.sleep(wait)
            self._global.acquire()
        except BaseException:
            host.start_lock.release()
            raise
        sent = _once(host.clock, host.start_lock.release)  # may be called from another thread
        try:
            yield sent
        finally:
            sent()
            self._global.release()


def _once(clock: HostClock, release: Callable[[], None]) -> Callable[[], None]:
    """``sent``: start the host's delay now and let the next request take its turn; once."""
    lock = threading.Lock()
    done = False

    def sent() -> None:
        nonlocal done
        with lock:
            if done:
                return
            done = True
        clock.started()
        release()

    return sent
