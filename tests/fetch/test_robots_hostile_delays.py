"""robots.txt values no crawler expects: a ``Request-rate`` over a period of 400 digits made
``seconds / requests`` overflow a float, and the ``OverflowError`` left ``fetch()`` untyped.
A delay that is no finite, non-negative number of seconds is no delay asked for; a huge one
is capped at ``max_crawl_delay`` as any other."""

from __future__ import annotations

import pytest

from newsextract.fetching.robots import rules_for_status

from .servers import Site, fast_options, fetch_once

HUGE = "9" * 400


@pytest.mark.parametrize(
    ("line", "delay"),
    [
        (f"Request-rate: 1/{HUGE}", float("inf")),
        (f"Request-rate: 1/{HUGE}m", float("inf")),
        (f"Request-rate: {HUGE}/1s", 0.0),
        ("Request-rate: 1/5s", 5.0),
        ("Crawl-delay: 1e309", None),
        ("Crawl-delay: nan", None),
        ("Crawl-delay: -5", None),
        (f"Crawl-delay: {HUGE}", None),
        ("Crawl-delay: 2.5", 2.5),
    ],
)
def test_a_delay_is_a_number_of_seconds_or_none(line: str, delay: float | None) -> None:
    rules = rules_for_status(200, f"User-agent: *\n{line}\n")
    assert rules.delay("newsextract") == (delay if delay is None else pytest.approx(delay))


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_fetch_under_a_request_rate_of_a_huge_period_is_capped(site: Site, kind: str) -> None:
    site.robots = f"User-agent: *\nRequest-rate: 1/{HUGE}\nAllow: /\n"
    # The page is fetched (robots.txt first); the delay asked for is capped for the next one.
    page = fetch_once(kind, site.url("/page"), fast_options(respect_robots=True))
    assert page.status == 200
