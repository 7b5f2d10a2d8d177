"""``Fetcher``: the same rules as ``AsyncFetcher`` for synchronous code, over ``httpx.Client``.

Several threads may share one ``Fetcher``: politeness and the robots.txt cache are shared.
Each attempt runs in a short-lived helper thread so that the total timeout holds even
while a server trickles its headers a byte at a time (a blocking read cannot be
interrupted): the caller gets ``FetchTimeoutError`` on time, and the helper stops at its
next read.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from types import TracebackType

import httpx
from hishel import SqliteStorage
from hishel.httpx import CacheClient

from newsextract.errors import FetchError
from newsextract.fetching import dns, http, plans, robots
from newsextract.fetching.options import FetchOptions
from newsextract.fetching.page import Page
from newsextract.fetching.politeness import SyncHost, SyncPoliteness

logger = logging.getLogger(__name__)


def build_client(options: FetchOptions) -> httpx.Client:
    settings = http.client_settings(options)
    if options.cache_dir is None:
        return httpx.Client(**settings)  # type: ignore[arg-type]
    return CacheClient(**http.cache_settings(options, SqliteStorage), **settings)


class _Stopped(Exception):
    """The caller gave up on this attempt (total timeout)."""


class Fetcher:
    """Fetches pages one call at a time, politely: see ``FetchOptions`` for the rules.

    Use it as ``with Fetcher(options) as fetcher: page = fetcher.fetch(url)``; ``fetch``
    returns a ``Page`` or raises a ``FetchError``. Pass ``client`` to use your own
    ``httpx.Client`` (it is not closed here); redirects, timeouts and headers are still set
    per request. For many URLs at once, ``AsyncFetcher.fetch_many`` is much faster.
    """

    def __init__(self, options: FetchOptions | None = None, *, client: httpx.Client | None = None):
        self.options = options or FetchOptions()
        http.check_injected(self.options, client)
        self._client = client if client is not None else build_client(self.options)
        self._owns_client = client is None
        self._politeness = SyncPoliteness(self.options)
        self._robots = robots.SyncRobotsCache()
        self._headers = http.request_headers(self.options)
        self._timeout = http.timeout(self.options)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the client, unless it was injected."""
        if self._owns_client:
            self._client.close()

    def fetch(self, url: str) -> Page:
        """Fetch one page, following redirects; raises a ``FetchError`` subclass."""
        return plans.drive(plans.page_plan(url, self.options), lambda hop: self._hop(hop, url=url))

    def _hop(self, hop: httpx.URL, *, url: str) -> http.Received:
        if self.options.respect_robots:
            rules = self._robots.get(http.origin(hop), lambda: self._load_robots(hop, url))
            plans.check_robots(rules, hop, self.options, url)
        host = self._politeness.host(http.host_key(hop))
        with host.slots:
            return self._with_retries(hop, host, url=url)

    def _load_robots(self, hop: httpx.URL, url: str) -> robots.RobotsRules:
        def step(target: httpx.URL) -> http.Received:
            host = self._politeness.host(http.host_key(target))
            return self._with_retries(target, host, url=url, for_robots=True)

        rules = plans.drive(plans.robots_plan(hop, self.options, url), step)
        delay = plans.crawl_delay(rules, self.options)
        if delay is not None:
            self._politeness.host(http.host_key(hop)).clock.slow_down(delay)
        return rules

    def _with_retries(
        self, hop: httpx.URL, host: SyncHost, *, url: str, for_robots: bool = False
    ) -> http.Received:
        attempt = 0
        while True:
            received, error = None, None
            try:
                received = self._attempt(hop, host, url=url, for_robots=for_robots)
            except httpx.TransportError as exc:
                error = exc
            retry = plans.next_retry(
                self.options, attempt, hop=hop, url=url, received=received, error=error
            )
            if retry is None:
                assert received is not None
                return received
            if retry.pause_host:
                host.clock.defer(retry.seconds)
            logger.debug("retrying %s in %.2f s (attempt %d)", hop, retry.seconds, attempt + 1)
            time.sleep(retry.seconds)
            attempt += 1

    def _attempt(
        self, hop: httpx.URL, host: SyncHost, *, url: str, for_robots: bool
    ) -> http.Received:
        peer_check = None
        if self.options.block_private_addresses:
            dns.check_host_sync(hop, url=url)
            peer_check = dns.peer_trace_sync(hop, url=url)
        with self._politeness.turn(host) as sent:
            request = self._client.build_request(
                "GET",
                hop,
                headers=self._headers,
                timeout=self._timeout,
                extensions={"trace": http.sync_trace(sent, peer_check)},
            )
            stop = threading.Event()
            outcome = _in_thread(
                lambda: self._send(request, hop, stop, url=url, for_robots=for_robots)
            )
            try:
                return outcome.result(timeout=self.options.total_timeout)
            except FetchError:
                raise
            except FutureTimeout as exc:
                stop.set()
                raise http.total_timeout_error(self.options, url=url, hop=hop) from exc

    def _send(
        self,
        request: httpx.Request,
        hop: httpx.URL,
        stop: threading.Event,
        *,
        url: str,
        for_robots: bool,
    ) -> http.Received:
        started = time.monotonic()
        response = self._client.send(request, stream=True)
        try:
            reader = http.body_reader(response, self.options, url=url, for_robots=for_robots)
            if reader is None:
                return http.received(response, hop, b"", started)
            chunks = response.iter_raw() if reader.wants_raw else response.iter_bytes()
            for chunk in chunks:
                if stop.is_set():
                    raise _Stopped
                if reader.feed(chunk):
                    break
            return http.received(response, hop, reader.finish(), started)
        finally:
            response.close()


def _in_thread(work: Callable[[], http.Received]) -> Future[http.Received]:
    outcome: Future[http.Received] = Future()

    def run() -> None:
        try:
            outcome.set_result(work())
        except BaseException as exc:  # handed to the caller, who re-raises it
            outcome.set_exception(exc)

    threading.Thread(target=run, name="newsextract-fetch", daemon=True).start()
    return outcome
