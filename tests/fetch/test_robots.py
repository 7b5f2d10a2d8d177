"""robots.txt: fetched once per host, honoured (Crawl-delay too), can be switched off."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import AsyncFetcher, Fetcher, RobotsDisallowedError

from .servers import Site, fast_options, kept_apart

DISALLOW_PRIVATE = "User-agent: *\nDisallow: /private\n"


def test_disallowed_url_is_not_fetched(site: Site) -> None:
    site.robots = "User-agent: *\nDisallow: /status/\n"
    with Fetcher(fast_options()) as fetcher:
        with pytest.raises(RobotsDisallowedError) as caught:
            fetcher.fetch(site.url("/status/200"))
        assert fetcher.fetch(site.url("/page")).status == 200
    assert caught.value.url == site.url("/status/200")
    assert site.hits["/status/200"] == 0


def test_rules_for_our_user_agent(site: Site) -> None:
    site.robots = "User-agent: newsextract\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    with Fetcher(fast_options()) as fetcher, pytest.raises(RobotsDisallowedError):
        fetcher.fetch(site.url("/page"))
    with Fetcher(fast_options(user_agent="otherbot/1.0")) as fetcher:
        assert fetcher.fetch(site.url("/page")).status == 200


def test_robots_is_fetched_once_per_host(site: Site) -> None:
    site.robots = DISALLOW_PRIVATE
    with Fetcher(fast_options()) as fetcher:
        for n in range(3):
            fetcher.fetch(site.url(f"/page?n={n}"))
    assert site.hits["/robots.txt"] == 1


@pytest.mark.anyio
async def test_robots_is_fetched_once_under_concurrency(site: Site) -> None:
    site.robots = DISALLOW_PRIVATE
    urls = [site.url(f"/page?n={n}") for n in range(10)]
    async with AsyncFetcher(fast_options(per_host_concurrency=4)) as fetcher:
        results = [r async for r in fetcher.fetch_many(urls)]
    assert len(results) == 10
    assert site.hits["/robots.txt"] == 1
    assert site.log[0][1] == "/robots.txt"  # before any page


def test_crawl_delay_is_honoured(site: Site) -> None:
    site.robots = "User-agent: *\nCrawl-delay: 0.2\n"
    with Fetcher(fast_options(per_host_delay=0.0)) as fetcher:
        for n in range(3):
            fetcher.fetch(site.url(f"/page?n={n}"))
    assert kept_apart(site.starts("/page"), 0.2)


def test_crawl_delay_is_capped(site: Site) -> None:
    site.robots = "User-agent: *\nCrawl-delay: 3600\n"
    with Fetcher(fast_options(max_crawl_delay=0.05)) as fetcher:
        for n in range(3):
            fetcher.fetch(site.url(f"/page?n={n}"))
    assert site.hits["/page"] == 3


def test_robots_can_be_switched_off(site: Site) -> None:
    site.robots = "User-agent: *\nDisallow: /\n"
    with Fetcher(fast_options(respect_robots=False)) as fetcher:
        assert fetcher.fetch(site.url("/page")).status == 200
    assert site.hits["/robots.txt"] == 0


def test_missing_robots_allows_everything(site: Site) -> None:
    with Fetcher(fast_options()) as fetcher:
        assert fetcher.fetch(site.url("/page")).status == 200
    assert site.hits["/robots.txt"] == 1


def test_unavailable_robots_disallows_everything(site: Site) -> None:
    """RFC 9309: a 5xx robots.txt (after retries) means the whole site is off limits."""
    site.robots, site.robots_status = "oops", 503
    with (
        Fetcher(fast_options(retries=1)) as fetcher,
        pytest.raises(RobotsDisallowedError, match="unavailable"),
    ):
        fetcher.fetch(site.url("/page"))
    assert site.hits["/robots.txt"] == 2
    assert site.hits["/page"] == 0


def test_robots_redirect_is_followed(make_site: Callable[..., Site]) -> None:
    first, second = make_site(), make_site()
    first.robots_redirect = second.url("/robots.txt")
    second.robots = "User-agent: *\nDisallow: /page\n"
    with Fetcher(fast_options()) as fetcher, pytest.raises(RobotsDisallowedError):
        fetcher.fetch(first.url("/page"))
    assert (first.hits["/robots.txt"], second.hits["/robots.txt"]) == (1, 1)
    assert first.hits["/page"] == 0


def test_robots_cut_short_disallows_everything(site: Site) -> None:
    """A 206 to a request that asked for no range is a part of the file: the Disallow lines
    of its missing end would go unseen, so the site counts as off limits, as when its
    robots.txt is unavailable."""
    site.robots, site.robots_status = "User-agent: *\nAllow: /page\n", 206
    with (
        Fetcher(fast_options()) as fetcher,
        pytest.raises(RobotsDisallowedError, match="cut short"),
    ):
        fetcher.fetch(site.url("/page"))
    assert site.hits["/page"] == 0
