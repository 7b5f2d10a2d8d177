"""``AsyncFetcher``: many pages at once, politely, over one ``httpx.AsyncClient``."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from types import TracebackType
from typing import Any

import httpx

from newsextract.credentials import mask_passwords
from newsextract.errors import FetchError
from newsextract.fetching import dns, http, plans, robots, transport
from newsextract.fetching.host_clients import HostClients
from newsextract.fetching.options import FetchOptions
from newsextract.fetching.page import FetchFailure, Page, Validators
from newsextract.fetching.politeness import AsyncHost, AsyncPoliteness
from newsextract.fetching.retry import RetryBudget

logger = logging.getLogger(__name__)


class AsyncFetcher:
    """Fetches pages concurrently, politely: see ``FetchOptions`` for the rules.

    Use it as ``async with AsyncFetcher(options) as fetcher:``. ``await fetcher.fetch(url)``
    returns a ``Page`` or raises a ``FetchError``; ``async for result in
    fetcher.fetch_many(urls)`` yields a ``Page`` or a ``FetchFailure`` for every URL, in the
    order they finish. Pass ``client`` to use your own ``httpx.AsyncClient`` (it is not
    closed here); redirects, timeouts and headers are still set per request. ``resolver``
    is as for ``Fetcher`` (it is called in a worker thread). Without ``client`` and without
    a cache, each host gets a client of its own (``host_clients``: a pool shared by many
    hosts is slow).
    """

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        client: httpx.AsyncClient | None = None,
        resolver: dns.Resolver | None = None,
    ) -> None:
        self.options = options or FetchOptions()
        http.check_injected(self.options, client, resolver)
        options = self.options
        shared = client
        if shared is None and options.cache_dir is not None:  # one cache file, one client
            shared = transport.build_async_client(options, resolver)
        self._owns_client = client is None
        context = None if shared is not None else transport.ssl_context(options)
        self._clients = HostClients(  # one TLS context for all (``transport.ssl_context``)
            lambda: transport.build_async_client(options, resolver, context=context),
            shared=shared,
        )
        self._shared = shared
        self._politeness = AsyncPoliteness(self.options)
        self._robots = robots.AsyncRobotsCache()
        self._headers = http.request_headers(self.options)
        self._timeout = http.timeout(self.options)

    async def __aenter__(self) -> AsyncFetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the clients, but not an injected one."""
        await self._clients.aclose()
        if self._owns_client and self._shared is not None:
            await self._shared.aclose()

    async def fetch(self, url: str, *, validators: Validators | None = None) -> Page:
        """Fetch one page, following redirects; raises a ``FetchError`` subclass.

        With ``validators`` (a stored page's ``Page.validators``) the request is conditional:
        an unchanged page is a ``Page`` with ``not_modified`` and no body.
        """
        extra = validators.request_headers() if validators else {}
        budget = RetryBudget(self.options.max_retry_wait)
        plan = plans.page_plan(url, self.options, conditional=bool(extra))
        return await plans.adrive(
            plan, lambda hop: self._hop(hop, url=url, extra=extra, budget=budget)
        )

    async def fetch_many(
        self, urls: Iterable[str] | AsyncIterable[str]
    ) -> AsyncIterator[Page | FetchFailure]:
        """Fetch every URL, yielding a ``Page`` or a ``FetchFailure`` for each as it finishes.

        At most ``max_pending`` URLs are taken from ``urls`` at a time, so a long (or endless)
        iterable is fine; URLs of one host wait for that host's turn while others go on.
        Waiting for the next URL never holds back a finished result, so an async input fed
        from this loop's own results works. Leaving the loop early cancels what still runs.
        """
        source = _aiter(urls)
        pending: set[asyncio.Future[Any]] = set()
        next_url: asyncio.Future[Any] | None = None
        exhausted = False
        try:
            while True:
                if next_url is None and not exhausted and len(pending) < self.options.max_pending:
                    next_url = asyncio.ensure_future(source.__anext__())
                waiting = pending | ({next_url} if next_url is not None else set())
                if not waiting:
                    return
                done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                if next_url is not None and next_url in done:
                    done.discard(next_url)
                    try:
                        pending.add(asyncio.ensure_future(self._result(next_url.result())))
                    except StopAsyncIteration:
                        exhausted = True
                    next_url = None
                pending -= done
                for task in done:
                    yield task.result()
        finally:
            leftovers = [*pending, *([next_url] if next_url is not None else [])]
            for task in leftovers:
                task.cancel()
            await asyncio.gather(*leftovers, return_exceptions=True)

    async def _result(self, url: str) -> Page | FetchFailure:
        try:
            return await self.fetch(url)
        except FetchError as exc:
            return FetchFailure(url=str(url), error=exc)
        except Exception as exc:  # a bug must not lose the URL or stop the others
            logger.exception("unexpected error fetching %s", mask_passwords(str(url)))
            error = FetchError(f"unexpected {type(exc).__name__} for {url}: {exc}", url=str(url))
            error.__cause__ = exc
            return FetchFailure(url=str(url), error=error)

    async def _hop(
        self,
        hop: httpx.URL,
        *,
        url: str,
        extra: dict[str, str] | None = None,
        budget: RetryBudget,
    ) -> http.Received:
        if self.options.respect_robots:
            rules = await self._robots.get(
                http.origin(hop), lambda: self._load_robots(hop, url, budget)
            )
            plans.check_robots(rules, hop, self.options, url)
        host = self._politeness.host(http.host_key(hop))
        async with host.slots:
            return await self._with_retries(hop, host, url=url, extra=extra, budget=budget)

    async def _load_robots(
        self, hop: httpx.URL, url: str, budget: RetryBudget
    ) -> robots.RobotsRules:
        async def step(target: httpx.URL) -> http.Received:
            host = self._politeness.host(http.host_key(target))
            return await self._with_retries(target, host, url=url, for_robots=True, budget=budget)

        rules = await plans.adrive(plans.robots_plan(hop, self.options, url), step)
        delay = plans.crawl_delay(rules, self.options)
        if delay is not None:
            self._politeness.host(http.host_key(hop)).clock.slow_down(delay)
        return rules

    async def _with_retries(
        self,
        hop: httpx.URL,
        host: AsyncHost,
        *,
        url: str,
        for_robots: bool = False,
        extra: dict[str, str] | None = None,
        budget: RetryBudget,
    ) -> http.Received:
        plan = plans.attempts(self.options, hop, url=url, budget=budget, defer=host.clock.defer)
        outcome: http.Received | httpx.TransportError
        try:
            next(plan)
            while True:
                try:
                    outcome = await self._attempt(
                        hop, host, url=url, for_robots=for_robots, extra=extra
                    )
                except httpx.TransportError as exc:
                    outcome = exc
                await asyncio.sleep(plan.send(outcome))
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    async def _attempt(
        self,
        hop: httpx.URL,
        host: AsyncHost,
        *,
        url: str,
        for_robots: bool,
        extra: dict[str, str] | None = None,
    ) -> http.Received:
        turn, connections = self._politeness.turn(host), self._clients.use(http.host_key(hop))
        async with turn as sent, connections as client:
            wire, headers = http.on_the_wire(
                hop, {**self._headers, **extra} if extra else self._headers
            )
            request = client.build_request(
                "GET",
                wire,
                headers=headers,
                timeout=self._timeout,
                extensions={"trace": http.async_trace(sent)},
            )
            with http.send_errors(hop, url=url):
                try:  # a timeout scope, not ``wait_for``: no task of its own per request
                    async with asyncio.timeout(self.options.total_timeout):
                        return await self._send(
                            client, request, hop, url=url, for_robots=for_robots
                        )
                except TimeoutError as exc:
                    raise http.total_timeout_error(self.options, url=url, hop=hop) from exc

    async def _send(
        self,
        client: httpx.AsyncClient,
        request: httpx.Request,
        hop: httpx.URL,
        *,
        url: str,
        for_robots: bool,
    ) -> http.Received:
        started = time.monotonic()
        response = await client.send(request, stream=True)
        try:
            reader = http.body_reader(response, self.options, url=url, for_robots=for_robots)
            if reader is None:
                if http.has_no_body(response):
                    await response.aread()  # nothing to read: the connection is reused
                return http.received(response, hop, b"", started)
            async for chunk in response.aiter_raw():
                if reader.feed(chunk):
                    break
            return http.received(response, hop, reader.finish(), started)
        finally:
            await response.aclose()


async def _aiter(urls: Iterable[str] | AsyncIterable[str]) -> AsyncIterator[str]:
    if isinstance(urls, AsyncIterable):
        async for url in urls:
            yield url
    else:
        for url in urls:
            yield url
