"""The seventh red team (wave 62): the cookies a hostile server sets. httpx keeps every
``Set-Cookie`` in the client's jar and sends it back: a fetcher's own client kept them all,
so a host setting a few cookies a page had each request of a batch carry all of them. The
jar is now bounded as a browser's (``fetching.cookies``); a cookie the next hop needs (a
consent redirect) still goes with it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from http.cookiejar import Cookie

import pytest
from tests.fetch.servers import fast_options

import newsextract
from newsextract.fetching.cookies import (
    COOKIE_BYTES,
    COOKIES_PER_DOMAIN,
    DOMAINS_KEPT,
    BoundedCookieJar,
)

from .test_blind_fetch import PAGE, RawServer, head, robotless_server
from .third import within_bounds

# Six cookies of a kilobyte set by each page.
COOKIES_A_PAGE = 6
PAGES = 40
# The server answers one request a connection: a reused one would be reset.
CLOSE = "Connection: close"


@pytest.fixture(scope="module")
def server() -> Iterator[RawServer]:
    yield from robotless_server()


def _setting_cookies(page: int, requests: list[bytes]) -> object:
    def route(conn: socket.socket, request: bytes) -> None:
        requests.append(request)
        cookies = [
            f"Set-Cookie: p{page}_{n}={'v' * 1000}; Path=/; Max-Age=9999"
            for n in range(COOKIES_A_PAGE)
        ]
        conn.sendall(head("200 OK", *cookies, CLOSE, length=len(PAGE)) + PAGE)

    return route


def test_a_host_setting_cookies_on_every_page_gets_a_bounded_cookie_header(
    server: RawServer,
) -> None:
    requests: list[bytes] = []
    for page in range(PAGES):
        server.routes[f"/c{page}"] = _setting_cookies(page, requests)  # type: ignore[assignment]
    with newsextract.Fetcher(options=fast_options()) as fetcher:
        for page in range(PAGES):
            fetcher.fetch(server.url(f"/c{page}"))
    assert len(requests) == PAGES
    # Without bounds: 39 pages' 234 cookies, 240 KB; now at most a domain's 50.
    assert len(requests[-1]) < COOKIES_PER_DOMAIN * 1100, len(requests[-1])
    assert b"Cookie: " in requests[-1]  # the jar still works


def test_a_cookie_over_the_size_bound_is_not_sent_back(server: RawServer) -> None:
    requests: list[bytes] = []

    def route(conn: socket.socket, request: bytes) -> None:
        requests.append(request)
        giant = "Set-Cookie: giant=" + "g" * (COOKIE_BYTES + 1)
        conn.sendall(head("200 OK", giant, "Set-Cookie: small=1", CLOSE, length=len(PAGE)) + PAGE)

    server.routes["/giant"] = route  # type: ignore[assignment]
    with newsextract.Fetcher(options=fast_options()) as fetcher:
        fetcher.fetch(server.url("/giant"))
        fetcher.fetch(server.url("/giant"))
    assert b"small=1" in requests[1] and b"giant=" not in requests[1], requests[1][:300]


def test_a_consent_redirect_that_sets_a_cookie_is_followed(server: RawServer) -> None:
    def gate(conn: socket.socket, _: bytes) -> None:
        conn.sendall(
            head(
                "302 Found", "Set-Cookie: consent=yes; Path=/", "Location: /inside", CLOSE, length=0
            )
        )

    def inside(conn: socket.socket, request: bytes) -> None:
        if b"consent=yes" in request:
            conn.sendall(head("200 OK", CLOSE, length=len(PAGE)) + PAGE)
        else:
            conn.sendall(head("403 Forbidden", CLOSE, length=0))

    server.routes["/gate"] = gate  # type: ignore[assignment]
    server.routes["/inside"] = inside  # type: ignore[assignment]
    with newsextract.Fetcher(options=fast_options()) as fetcher:
        page = fetcher.fetch(server.url("/gate"))
    assert page.status == 200


def _cookie(domain: str, name: str, value: str = "1") -> Cookie:
    return Cookie(
        0, name, value, None, False, domain, False, False, "/", True, False, None, False,
        None, None, {},
    )  # fmt: skip


def test_the_jar_keeps_the_latest_domains_and_a_domain_s_first_cookies() -> None:
    jar = BoundedCookieJar()
    for n in range(DOMAINS_KEPT + 5):
        jar.set_cookie(_cookie(f"host{n}.example", "a"))
    domains = {cookie.domain for cookie in jar}
    assert len(domains) == DOMAINS_KEPT and "host0.example" not in domains
    assert f"host{DOMAINS_KEPT + 4}.example" in domains
    for n in range(COOKIES_PER_DOMAIN + 10):
        jar.set_cookie(_cookie("busy.example", f"c{n}"))
    jar.set_cookie(_cookie("busy.example", "c0", "2"))  # a cookie held is still replaced
    busy = {cookie.name: cookie.value for cookie in jar if cookie.domain == "busy.example"}
    assert len(busy) == COOKIES_PER_DOMAIN and busy["c0"] == "2"


def _flood(jar: BoundedCookieJar) -> None:
    """100,000 cookies: over 5,000 domains, then names and paths of one domain."""
    for n in range(50_000):
        jar.set_cookie(_cookie(f"host{n % 5000}.example", f"n{n}", "v" * 100))
    for n in range(50_000):
        cookie = _cookie("one.example", f"n{n}", "v" * 100)
        cookie.path = f"/p{n % 10}"
        jar.set_cookie(cookie)


def test_a_flood_of_cookies_is_kept_within_the_bound() -> None:
    jar = BoundedCookieJar()
    assert within_bounds(lambda: _flood(jar)) == "ok"
    _flood(jar)
    assert len(jar) <= DOMAINS_KEPT * COOKIES_PER_DOMAIN
