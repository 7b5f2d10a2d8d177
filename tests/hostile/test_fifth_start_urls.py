"""The fifth red team (wave 60): a caller's own URL (``fetch``, ``extract URL``, a batch's
URL list, a crawl's start) is read as a browser reads it, as a redirect's ``Location`` and
a page's links already were. httpx read "http://site\\@other/x" as the user "site\\" on
other (the user sent there as a Basic ``Authorization`` header), kept backslashes in a path,
and refused a URL pasted with a tab or line break inside (a browser drops them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsextract

from .test_blind_discovery import _discover, _sitemap, _xml
from .test_blind_fetch import PAGE, RawServer, head, outcome, robotless_server, send


@pytest.fixture
def server() -> Iterator[RawServer]:
    yield from robotless_server()


def _serving(server: RawServer, path: str) -> None:
    server.routes[path] = send(head(length=len(PAGE)) + PAGE)


def test_a_backslash_after_the_host_ends_it(server: RawServer) -> None:
    # a browser opens 127.0.0.1 at "/@elsewhere.invalid/story"; httpx asked elsewhere.invalid
    _serving(server, "/@elsewhere.invalid/story")
    page = outcome(f"http://127.0.0.1:{server.port}\\@elsewhere.invalid/story", 10)
    assert isinstance(page, newsextract.Page), page
    assert page.final_url == server.url("/@elsewhere.invalid/story")


@pytest.mark.parametrize(
    "path",
    ["\\news\\2024\\plan", "/news/\t2024/plan", "/news/2024/\nplan", "/news\r\n/2024/plan"],
)
def test_backslashes_tabs_and_line_breaks_in_a_path(path: str, server: RawServer) -> None:
    _serving(server, "/news/2024/plan")
    page = outcome(f"http://127.0.0.1:{server.port}{path}", 10)
    assert isinstance(page, newsextract.Page), page
    assert page.final_url == server.url("/news/2024/plan")


def test_a_backslash_in_the_query_is_kept(server: RawServer) -> None:
    _serving(server, "/news")
    page = outcome(server.url("/news?q=a\\b"), 10)
    assert isinstance(page, newsextract.Page), page
    assert server.hits[-1].endswith("q=a%5Cb") or server.hits[-1].endswith("q=a\\b")


def test_discovery_from_a_backslashed_start_keeps_the_site_it_reads(server: RawServer) -> None:
    # The start's site was read by urllib (elsewhere.invalid) while the page came from
    # 127.0.0.1: every article of the site was dropped as another site's.
    listed = [server.url("/news/2024/05/harbour-plan.html")]
    server.routes["/sitemap.xml"] = send(_xml(_sitemap(listed)))
    home = b"<html><body><p>Harbour News</p></body></html>"
    server.routes["/@elsewhere.invalid/"] = send(head(length=len(home)) + home)
    found, _ = _discover(f"http://127.0.0.1:{server.port}\\@elsewhere.invalid/")
    urls = {item.url for item in found}
    assert server.url("/news/2024/05/harbour-plan.html") in urls
