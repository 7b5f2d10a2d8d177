"""Redirects: followed up to the limit, loops detected, the final URL kept."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

import pytest

from newsextract import Fetcher, RedirectLoopError, TooManyRedirectsError

from .servers import Site, fast_options


def test_redirects_are_followed_and_the_final_url_kept(site: Site) -> None:
    with Fetcher(fast_options()) as fetcher:
        page = fetcher.fetch(site.url("/redirect/3"))
    assert page.url == site.url("/redirect/3")
    assert page.final_url == site.url("/page")
    assert page.redirects == tuple(site.url(f"/redirect/{n}") for n in (3, 2, 1, 0))


def test_too_many_redirects(site: Site) -> None:
    with Fetcher(fast_options(max_redirects=2)) as fetcher:
        assert fetcher.fetch(site.url("/redirect/1")).final_url == site.url("/page")
        with pytest.raises(TooManyRedirectsError) as caught:
            fetcher.fetch(site.url("/redirect/2"))
    assert not isinstance(caught.value, RedirectLoopError)
    assert caught.value.url == site.url("/redirect/2")


def test_redirect_loop_is_detected(site: Site) -> None:
    with Fetcher(fast_options()) as fetcher, pytest.raises(RedirectLoopError, match="loop"):
        fetcher.fetch(site.url("/loop/a"))
    assert site.hits["/loop/a"] == 1
    assert site.hits["/loop/b"] == 1


def test_redirect_to_another_host(make_site: Callable[..., Site]) -> None:
    first, second = make_site(), make_site()
    second.robots = "User-agent: *\nDisallow:\n"
    start = first.url(f"/to?status=301&url={quote(second.url('/page'))}")
    with Fetcher(fast_options()) as fetcher:
        page = fetcher.fetch(start)
    assert page.final_url == second.url("/page")
    assert second.hits["/robots.txt"] == 1  # each hop's host is asked


def test_redirect_to_another_scheme_is_an_error(site: Site) -> None:
    from newsextract import FetchError

    with Fetcher(fast_options()) as fetcher, pytest.raises(FetchError, match="not an http"):
        fetcher.fetch(site.url("/to?url=ftp://example.org/file"))
