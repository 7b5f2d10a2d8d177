"""``Fetcher``: the same rules as ``AsyncFetcher`` for synchronous code, over ``httpx.Client``.

Several threads may share one ``Fetcher``: politeness and the robots.txt cache are shared.
The total timeout is a deadline that bounds every blocking step of the request (see
``transport``): a server that trickles its headers a byte at a time gets
``FetchTimeoutError`` on time, and its connection is closed, not left to hold a thread or a
place in the pool.
"""

from __future__ import annotations

import time
from types import TracebackType

import httpx

from newsextract.fetching import dns, http, plans, robots, transport
from newsextract.fetching.options import FetchOptions
from newsextract.fetching.page import Page, Validators
from newsextract.fetching.politeness import SyncHost, SyncPoliteness
from newsextract.fetching.retry import RetryBudget


class Fetcher:
    """Fetches pages one call at a time, politely: see ``FetchOptions`` for the rules.

    Use it as ``with Fetcher(options) as fetcher: page = fetcher.fetch(url)``; ``fetch``
    returns a ``Page`` or raises a ``FetchError``. Pass ``client`` to use your own
    ``httpx.Client`` (it is not closed here); redirects, timeouts and headers are still set
    per request. For many URLs at once, ``AsyncFetcher.fetch_many`` is much faster.

    ``resolver`` replaces ``socket.getaddrinfo`` for the fetcher's own connections (see
    ``dns.Resolver``): its answer is what ``block_private_addresses`` checks and what the
    connection goes to. An injected client resolves names itself, so it takes no resolver.
    """

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        client: httpx.Client | None = None,
        resolver: dns.Resolver | None = None,
    ):
        self.options = options or FetchOptions()
        http.check_injected(self.options, client, resolver)
        self._client = (
            client if client is not None else transport.build_client(self.options, resolver)
        )
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

    def fetch(self, url: str, *, validators: Validators | None = None) -> Page:
        """Fetch one page, following redirects; raises a ``FetchError`` subclass.

        With ``validators`` (a stored page's ``Page.validators``) the request is conditional:
        an unchanged page is a ``Page`` with ``not_modified`` and no body.
        """
        extra = validators.request_headers() if validators else {}
        budget = RetryBudget(self.options.max_retry_wait)
        plan = plans.page_plan(url, self.options, conditional=bool(extra))
        return plans.drive(plan, lambda hop: self._hop(hop, url=url, extra=extra, budget=budget))

    def _hop(
        self,
        hop: httpx.URL,
        *,
        url: str,
        extra: dict[str, str] | None = None,
        budget: RetryBudget,
    ) -> http.Received:
        if self.options.respect_robots:
            rules = self._robots.get(http.origin(hop), lambda: self._load_robots(hop, url, budget))
            plans.check_robots(rules, hop, self.options, url)
        host = self._politeness.host(http.host_key(hop))
        with host.slots:
            return self._with_retries(hop, host, url=url, extra=extra, budget=budget)

    def _load_robots(self, hop: httpx.URL, url: str, budget: RetryBudget) -> robots.RobotsRules:
        def step(target: httpx.URL) -> http.Received:
            host = self._politeness.host(http.host_key(target))
            return self._with_retries(target, host, url=url, for_robots=True, budget=budget)

        rules = plans.drive(plans.robots_plan(hop, self.options, url), step)
        delay = plans.crawl_delay(rules, self.options)
        if delay is not None:
            self._politeness.host(http.host_key(hop)).clock.slow_down(delay)
        return rules

    def _with_retries(
        self,
        hop: httpx.URL,
        host: SyncHost,
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
                    outcome = self._attempt(hop, host, url=url, for_robots=for_robots, extra=extra)
                except httpx.TransportError as exc:
                    outcome = exc
                time.sleep(plan.send(outcome))
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    def _attempt(
        self,
        hop: httpx.URL,
        host: SyncHost,
        *,
        url: str,
        for_robots: bool,
        extra: dict[str, str] | None = None,
    ) -> http.Received:
        with self._politeness.turn(host) as sent:
            wire, headers = http.on_the_wire(
                hop, {**self._headers, **extra} if extra else self._headers
            )
            request = self._client.build_request(
                "GET",
                wire,
                headers=headers,
                timeout=self._timeout,
                extensions={"trace": http.sync_trace(sent)},
            )
            with http.send_errors(hop, url=url), transport.deadline(self.options.total_timeout):
                try:
                    return self._send(request, hop, url=url, for_robots=for_robots)
                except httpx.TimeoutException as exc:
                    if transport.deadline_passed():
                        raise http.total_timeout_error(self.options, url=url, hop=hop) from exc
                    raise

    def _send(
        self, request: httpx.Request, hop: httpx.URL, *, url: str, for_robots: bool
    ) -> http.Received:
        started = time.monotonic()
        response = self._client.send(request, stream=True)
        try:
            reader = http.body_reader(response, self.options, url=url, for_robots=for_robots)
            if reader is None:
                if http.has_no_body(response):
                    response.read()  # nothing to read: the connection goes back to the pool
                return http.received(response, hop, b"", started)
            for chunk in response.iter_raw():
                if transport.deadline_passed():  # an injected client's reads are not bounded
                    raise http.total_timeout_error(self.options, url=url, hop=hop)
                if reader.feed(chunk):
                    break
            return http.received(response, hop, reader.finish(), started)
        finally:
            response.close()
