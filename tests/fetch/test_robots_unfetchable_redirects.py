"""A robots.txt that redirects to an address no fetch may follow (another scheme, no host,
a port out of range): RFC 9309 has a robots.txt that cannot be reached by its redirects
count as unavailable, which allows every page, as too many redirects already did. The
redirect's error ended the fetch of every page of the site, named after the robots.txt's
target (``not an http(s) URL: 'file:///etc/passwd'`` for an http page asked for), and the
robots.txt was fetched again for each page."""

from __future__ import annotations

import pytest

from newsextract import Fetcher

from .servers import Site, fast_options, fetch_once

_TARGETS = ["file:///etc/passwd", "gopher://127.0.0.1:70/", "http://", "http://127.0.0.1:99999/"]


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("target", _TARGETS)
def test_a_robots_redirect_no_fetch_may_follow_allows_the_page(
    site: Site, kind: str, target: str
) -> None:
    site.robots_redirect = target
    page = fetch_once(kind, site.url("/page"), fast_options())
    assert page.status == 200
    assert site.hits["/robots.txt"] == 1


def test_the_robots_txt_so_read_is_read_once_for_the_site(site: Site) -> None:
    site.robots_redirect = "file:///etc/passwd"
    with Fetcher(fast_options()) as fetcher:
        for _ in range(3):
            assert fetcher.fetch(site.url("/page")).status == 200
    assert site.hits["/robots.txt"] == 1
