"""Retries with backoff on connection failures and 429/5xx, honouring Retry-After."""

from __future__ import annotations

import socket
import threading
import time
from email.utils import formatdate

import pytest

from newsextract import FetchConnectionError, Fetcher, HTTPStatusError
from newsextract.fetching.retry import retry_after

from .servers import Site, fast_options


def test_429_with_retry_after_seconds_is_waited_for(site: Site) -> None:
    with Fetcher(fast_options()) as fetcher:
        page = fetcher.fetch(site.url("/flaky?fail=1&status=429&retry_after=1"))
    assert page.status == 200
    first, second = site.starts("/flaky")
    assert second - first >= 0.95


def test_503_with_retry_after_http_date(site: Site) -> None:
    when = formatdate(time.time() + 2, usegmt=True)  # whole seconds: 1 to 2 s from now
    with Fetcher(fast_options()) as fetcher:
        page = fetcher.fetch(site.url(f"/flaky?fail=1&status=503&retry_after={when}"))
    assert page.status == 200
    first, second = site.starts("/flaky")
    assert second - first >= 0.9


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_retried_with_backoff(site: Site, status: int) -> None:
    with Fetcher(fast_options(retries=3)) as fetcher:
        page = fetcher.fetch(site.url(f"/flaky?fail=2&status={status}"))
    assert page.status == 200
    assert site.hits["/flaky"] == 3


def test_retries_run_out(site: Site) -> None:
    with Fetcher(fast_options(retries=2)) as fetcher, pytest.raises(HTTPStatusError) as caught:
        fetcher.fetch(site.url("/status/503"))
    assert caught.value.status == 503
    assert site.hits["/status/503"] == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410])
def test_other_4xx_are_not_retried(site: Site, status: int) -> None:
    with Fetcher(fast_options()) as fetcher, pytest.raises(HTTPStatusError) as caught:
        fetcher.fetch(site.url(f"/status/{status}"))
    assert caught.value.status == status
    assert f"HTTP {status}" in str(caught.value)
    assert site.hits[f"/status/{status}"] == 1


def test_retry_after_over_the_cap_is_not_waited_for(site: Site) -> None:
    started = time.monotonic()
    with (
        Fetcher(fast_options(retry_after_cap=5)) as fetcher,
        pytest.raises(HTTPStatusError, match="Retry-After: 3600"),
    ):
        fetcher.fetch(site.url("/status/429?retry_after=3600"))
    assert time.monotonic() - started < 1
    assert site.hits["/status/429"] == 1


def test_retry_after_pauses_the_whole_host(site: Site) -> None:
    """While one request waits out a Retry-After, no other request goes to that host."""
    with Fetcher(fast_options(per_host_concurrency=2)) as fetcher:
        worker = threading.Thread(
            target=fetcher.fetch, args=(site.url("/flaky?fail=1&status=429&retry_after=1"),)
        )
        worker.start()
        time.sleep(0.3)
        fetcher.fetch(site.url("/page"))
        worker.join()
    [first_flaky, _] = site.starts("/flaky")
    [page] = site.starts("/page")
    assert page - first_flaky >= 0.95


def test_connection_refused_is_retried_until_the_server_is_up() -> None:
    from .servers import Site as SiteClass

    with socket.socket() as probe:  # a free port, nobody listening yet
        probe.bind(("127.0.0.5", 0))
        port = probe.getsockname()[1]
    started: list[SiteClass] = []

    def start_later() -> None:
        started.append(SiteClass("127.0.0.5", port=port))

    timer = threading.Timer(0.3, start_later)
    timer.start()
    try:
        options = fast_options(retries=6, backoff_base=0.1, backoff_cap=0.4)
        with Fetcher(options) as fetcher:
            page = fetcher.fetch(f"http://127.0.0.5:{port}/page")
        assert page.status == 200
    finally:
        timer.join()
        for site in started:
            site.stop()


def test_connection_refused_after_retries(site: Site) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.6", 0))
        port = probe.getsockname()[1]
    with Fetcher(fast_options(retries=1)) as fetcher, pytest.raises(FetchConnectionError):
        fetcher.fetch(f"http://127.0.0.6:{port}/page")


def test_retry_after_parsing() -> None:
    assert retry_after("120") == 120.0
    assert retry_after(formatdate(1_000_030, usegmt=True), now=1_000_000) == pytest.approx(30)
    assert retry_after(formatdate(999_000, usegmt=True), now=1_000_000) == 0.0
    assert retry_after("soon") is None
    assert retry_after(None) is None
