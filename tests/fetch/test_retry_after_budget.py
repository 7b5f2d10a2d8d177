"""How long one fetch may wait to retry, and which ``Retry-After`` values are believed.

A server answering 503 with a ``Retry-After`` just under ``retry_after_cap`` held a URL for
``retries`` times that cap (six minutes by default) before the error: every wait of a fetch
now draws on one budget, ``max_retry_wait``. A ``Retry-After`` of non-ASCII digits ("²",
which httpx reads from the byte 0xB2) or of an HTTP date past the year a datetime holds made
the fetch raise a bare ``ValueError`` or ``OverflowError``.
"""

from __future__ import annotations

import time
from urllib.parse import quote

import pytest

from newsextract.errors import FetchConnectionError, HTTPStatusError
from newsextract.fetching.retry import retry_after

from .servers import Site, fast_options, fetch_once

KINDS = ["sync", "async"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_waits_of_one_fetch_stop_at_its_budget(site: Site, kind: str) -> None:
    options = fast_options(retries=3, retry_after_cap=5, max_retry_wait=1.5, respect_robots=False)
    started = time.monotonic()
    with pytest.raises(HTTPStatusError, match="Retry-After: 1"):
        fetch_once(kind, site.url("/flaky?fail=9&status=503&retry_after=1"), options)
    # One wait of a second fits the budget; the second would go past it.
    assert site.hits["/flaky"] == 2
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("kind", KINDS)
def test_the_budget_spans_the_redirects_of_a_fetch(site: Site, kind: str) -> None:
    options = fast_options(retries=3, retry_after_cap=5, max_retry_wait=1.5, respect_robots=False)
    flaky = quote("/flaky?fail=9&status=503&retry_after=1")
    with pytest.raises(HTTPStatusError):
        fetch_once(kind, site.url(f"/to?url={flaky}"), options)
    assert site.hits["/flaky"] == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_budget_of_nothing_retries_nothing(site: Site, kind: str) -> None:
    options = fast_options(retries=3, max_retry_wait=0, respect_robots=False)
    with pytest.raises(HTTPStatusError, match="503"):
        fetch_once(kind, site.url("/status/503"), options)
    assert site.hits["/status/503"] == 1
    with pytest.raises(FetchConnectionError):
        fetch_once(kind, site.url("/close-at-once"), options)
    assert site.hits["/close-at-once"] == 1


@pytest.mark.parametrize("kind", KINDS)
def test_retries_within_the_budget_still_succeed(site: Site, kind: str) -> None:
    options = fast_options(retries=3, max_retry_wait=2, respect_robots=False)
    page = fetch_once(kind, site.url("/flaky?fail=2&status=429&retry_after=0"), options)
    assert page.status == 200
    assert site.hits["/flaky"] == 3


ODD_VALUES = [
    "\u00b2",  # the byte 0xB2, which httpx reads as Latin-1
    "Tue, 01 Jan 99999999999 00:00:00 GMT",  # a year past what a datetime holds
    "-5",
    "1e3",
    "1.5",
    "0x10",
    "Sun, 06 Nov 1994 08:49:37 +9999",
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("value", ODD_VALUES)
def test_an_odd_retry_after_is_passed_over_for_the_backoff(
    site: Site, kind: str, value: str
) -> None:
    options = fast_options(retries=1, respect_robots=False)
    with pytest.raises(HTTPStatusError, match="HTTP 503"):
        fetch_once(kind, site.url(f"/status/503?retry_after={quote(value)}"), options)
    assert site.hits["/status/503"] == 2  # retried once, after the backoff


@pytest.mark.parametrize("value", [*ODD_VALUES, "\u0661\u0662", "  "])
def test_odd_retry_after_values_are_no_wait(value: str) -> None:
    assert retry_after(value) is None


def test_a_retry_after_of_digits_beyond_a_float_is_no_retry(site: Site) -> None:
    options = fast_options(retries=3, respect_robots=False)
    with pytest.raises(HTTPStatusError, match="Retry-After: 9999"):
        fetch_once("sync", site.url("/status/503?retry_after=" + "9" * 400), options)
    assert site.hits["/status/503"] == 1
