"""What a fetch does, written once for both fetchers: plans that say which URL to request
next and decisions on what to do with each answer, with no I/O of their own.

A plan is a generator: it yields the URL of the next hop, is sent back what that hop
received (or thrown the ``FetchError`` it raised), and returns its result. ``drive`` runs a
plan with a blocking step and ``adrive`` with an awaitable one, so ``Fetcher`` and
``AsyncFetcher`` differ only in how they wait.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Generator
from typing import TypeVar

import attrs
import httpx

from newsextract.browser_urls import browser_address
from newsextract.credentials import mask_passwords
from newsextract.errors import (
    BlockedAddressError,
    FetchError,
    InvalidURLError,
    RobotsDisallowedError,
    TooManyRedirectsError,
)
from newsextract.fetching import http, robots
from newsextract.fetching.options import FetchOptions
from newsextract.fetching.page import NOT_MODIFIED, Page
from newsextract.fetching.retry import RetryBudget, backoff, is_retryable_error, status_wait

logger = logging.getLogger(__name__)

T = TypeVar("T")
Plan = Generator[httpx.URL, http.Received, T]


def page_plan(url: str, options: FetchOptions, *, conditional: bool = False) -> Plan[Page]:
    """One page: follow redirects (each hop its own request), then a ``Page`` or an error.

    ``conditional``: the requests carried validators, so a 304 is an answer (a ``Page``
    with ``not_modified``), not an error."""
    # the caller's URL read as a browser reads it, as a redirect's Location is: httpx read
    # "http://site\\@other/x" as the user "site\\" on other, and refused a pasted tab
    hop = http.parse_url(browser_address(url) if isinstance(url, str) else url, asked=url)
    chain = [hop]
    received = yield hop
    while http.is_redirect(received):
        hop = http.next_hop(received, chain, options, url=url)
        chain.append(hop)
        received = yield hop
    if conditional and received.status == NOT_MODIFIED:
        return http.make_page(received, chain, url=url, lenient=True)
    if not 200 <= received.status < 300:
        raise http.status_error(received, url=url)
    if http.is_unasked_part(received.status, options):
        raise http.partial_error(received, url=url)
    return http.make_page(received, chain, url=url, lenient=options.media_types is not None)


def robots_plan(hop: httpx.URL, options: FetchOptions, url: str) -> Plan[robots.RobotsRules]:
    """The robots.txt of ``hop``'s origin, redirects followed as RFC 9309 says."""
    target = hop.copy_with(path="/robots.txt", query=None)
    chain = [target]
    for _ in range(robots.MAX_ROBOTS_REDIRECTS + 1):
        try:
            received = yield target
        except BlockedAddressError as exc:
            if len(chain) == 1:  # the site's own host: its pages are refused as well
                raise
            # A redirect to an address the fetch may not reach was not followed (nothing
            # was sent there): RFC 9309 2.3.1.4, a robots.txt unreachable, disallows all.
            return robots.refused_redirect(exc.address)
        if not http.is_redirect(received):
            text = robots.decode_robots(received.content)
            return robots.rules_for_status(received.status, text)
        try:
            target = http.next_hop(received, chain, options, url=url)
        except (TooManyRedirectsError, InvalidURLError):
            # a redirect to what no fetch may follow (file://, a port out of range) reaches
            # no robots.txt either: its error ended every page's fetch, named after it
            break
        chain.append(target)
    # RFC 9309: a robots.txt its redirects do not reach is unavailable, as no robots.txt is
    return robots.ALLOW_ALL


def drive(plan: Plan[T], step: Callable[[httpx.URL], http.Received]) -> T:
    """Run ``plan`` with a blocking ``step``; a step's ``FetchError`` goes to the plan."""
    try:
        target = next(plan)
        while True:
            try:
                received = step(target)
            except FetchError as exc:
                target = plan.throw(exc)
            else:
                target = plan.send(received)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def adrive(plan: Plan[T], step: Callable[[httpx.URL], Awaitable[http.Received]]) -> T:
    """Run ``plan`` with an awaitable ``step``; a step's ``FetchError`` goes to the plan."""
    try:
        target = next(plan)
        while True:
            try:
                received = await step(target)
            except FetchError as exc:
                target = plan.throw(exc)
            else:
                target = plan.send(received)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def check_robots(
    rules: robots.RobotsRules, hop: httpx.URL, options: FetchOptions, url: str
) -> None:
    if not rules.allows(str(hop), options.robots_token):
        raise RobotsDisallowedError(f"{rules.why} of {hop.host} disallows {hop}", url=url)


def crawl_delay(rules: robots.RobotsRules, options: FetchOptions) -> float | None:
    """The Crawl-delay robots.txt asks of us, capped; None when it asks none."""
    delay = rules.delay(options.robots_token)
    return None if delay is None else min(delay, options.max_crawl_delay)


@attrs.frozen
class Retry:
    """Wait ``seconds`` and try again; ``pause_host`` when the server asked (Retry-After)."""

    seconds: float
    pause_host: bool


def next_retry(
    options: FetchOptions,
    attempt: int,
    *,
    hop: httpx.URL,
    url: str,
    budget: RetryBudget,
    received: http.Received | None = None,
    error: httpx.TransportError | None = None,
) -> Retry | None:
    """After attempt number ``attempt`` (0-based): None when ``received`` is the answer, a
    ``Retry`` to try again, or the ``FetchError`` for a transport error not worth retrying.
    A wait over what is left of the fetch's ``budget`` is no retry: the answer (or error)
    at hand is the fetch's."""
    if error is not None:
        pause = backoff(attempt, options)
        if attempt >= options.retries or not is_retryable_error(error) or not budget.take(pause):
            raise http.transport_error(error, url=url, hop=hop) from error
        return Retry(pause, pause_host=False)
    assert received is not None
    header = received.headers.get("retry-after")
    wait = status_wait(received.status, header, attempt, options)
    if wait is None or not budget.take(wait):
        return None
    return Retry(wait, pause_host=header is not None)


Attempts = Generator[float, "http.Received | httpx.TransportError", "http.Received"]
"""The attempts of one request: sent what each gave, it yields the seconds to wait before
the next and returns the answer."""


def attempts(
    options: FetchOptions,
    hop: httpx.URL,
    *,
    url: str,
    budget: RetryBudget,
    defer: Callable[[float], None],
) -> Attempts:
    """One request's attempts, as ``next_retry`` decides them: first yields 0 (try at once),
    then is sent each attempt's answer or transport error and yields the wait before the
    next, calling ``defer`` (the host's clock) first when the server asked for the pause.
    Returns the answer; raises the ``FetchError`` of an error not worth retrying."""
    attempt = 0
    outcome = yield 0.0
    while True:
        received: http.Received | None = None
        error: httpx.TransportError | None = None
        if isinstance(outcome, httpx.TransportError):
            error = outcome
        else:
            received = outcome
        retry = next_retry(
            options, attempt, hop=hop, url=url, budget=budget, received=received, error=error
        )
        if retry is None:
            assert received is not None
            return received
        if retry.pause_host:
            defer(retry.seconds)
        shown = mask_passwords(str(hop))
        logger.debug("retrying %s in %.2f s (attempt %d)", shown, retry.seconds, attempt + 1)
        attempt += 1
        outcome = yield retry.seconds
