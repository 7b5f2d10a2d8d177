"""robots.txt redirected to an address ``block_private_addresses`` refuses: the redirect is
checked as every connection is (nothing is sent there), and the robots.txt counts as
unreachable, which RFC 9309 (2.3.1.4) has disallow the whole site. Before, each page of the
site failed with the robots.txt target's ``BlockedAddressError`` (naming another host than
the page's), and the site's robots.txt was asked for again before each page.

The site's own host must be reachable while the redirect's target is refused, and every
test server is on a loopback address: the site's robots.txt answer comes from the HTTP cache
(a fresh entry turned into a redirect, as a cache file may hold), the one way to read a
site's robots.txt without connecting to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import msgpack
import pytest

from newsextract import BlockedAddressError, RobotsDisallowedError
from newsextract.fetching.transport import CACHE_FILE

from .servers import Site, fast_options, fetch_once

ALLOW = "User-agent: *\nDisallow:\n"


def _redirect_cached_robots(cache: Path, target: str) -> None:
    with sqlite3.connect(cache / CACHE_FILE) as db:
        for id_, data in db.execute("SELECT id, data FROM entries").fetchall():
            entry = msgpack.unpackb(data)
            if str(entry["request"]["url"]).endswith("/robots.txt"):
                entry["response"]["status_code"] = 301
                entry["response"]["headers"]["location"] = [target]
                db.execute("UPDATE entries SET data = ? WHERE id = ?", (msgpack.packb(entry), id_))
    db.close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_robots_redirect_to_a_refused_address_disallows_the_site(
    make_site: type[Site], tmp_path: Path, kind: str
) -> None:
    site, inner = make_site(), make_site()
    site.robots = inner.robots = ALLOW
    site.robots_headers = {"Cache-Control": "max-age=3600"}
    names = {"news.example": [site.ip]}

    def resolver(host: str, port: int) -> list[str]:
        return names.get(host, [host])

    url = f"http://news.example:{site.port}/page"
    fetch_once("sync", url, fast_options(cache_dir=tmp_path), resolver=resolver)
    _redirect_cached_robots(tmp_path, inner.url("/robots.txt"))
    site.hits.clear()
    options = fast_options(cache_dir=tmp_path, block_private_addresses=True)
    with pytest.raises(RobotsDisallowedError) as caught:
        fetch_once(kind, url, options, resolver=resolver)
    assert f"redirected to refused {inner.ip}" in str(caught.value)
    assert inner.hits == {} and site.hits == {}


def test_the_site_s_own_host_refused_is_still_a_blocked_address(site: Site) -> None:
    site.robots = ALLOW
    with pytest.raises(BlockedAddressError):
        fetch_once("sync", site.url("/page"), fast_options(block_private_addresses=True))
    assert site.hits == {}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_without_the_policy_the_redirect_is_followed(make_site: type[Site], kind: str) -> None:
    site, inner = make_site(), make_site()
    site.robots_redirect = inner.url("/robots.txt")
    inner.robots = "User-agent: *\nDisallow: /page\n"
    with pytest.raises(RobotsDisallowedError):
        fetch_once(kind, site.url("/page"), fast_options())
    assert inner.hits["/robots.txt"] == 1
