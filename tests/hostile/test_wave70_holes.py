"""Hostile input, wave 70: what the wave-69 round left, through the public entry points (a
real 127.0.0.1 server, names mapped to it by a resolver).

Expected outcome: a redirect's ``Location`` is read from its bytes, each byte over 0x7F
percent-escaped as it is, as browsers send it, through the HTTP cache too (a Latin-1
``/caf\\xe9`` went out as UTF-8's ``/caf%C3%A9``, and a UTF-8 ``é`` beside another field's
stray byte as ``/caf%C3%83%C2%A9``); a host written with escapes is read unescaped, and one
whose escapes are no UTF-8 or name no host is an ``InvalidURLError``; a robots.txt opening
with a byte order mark is obeyed (its first line was read as "\\ufeffUser-agent: *" and the
file disallowed nothing); a cookie whose ``Domain`` is a public suffix or part of an IP
address is not kept (one jar serves every site of a batch, and news.co.uk's
``Domain=co.uk`` cookie was sent to every other .co.uk site), nor one no request can carry
(``a=café`` made every later request to its host raise ``UnicodeEncodeError``); a
``WARC-Target-URI`` with spaces in its path keeps the page's address, escaped (it was
dropped); a crawl of a site holding these gives a row each."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.batching.warcs import Record, article_html, http_response, write_warc
from tests.fetch.servers import fetch_once
from tests.hang_guard import finishes

import newsextract
from newsextract import InvalidURLError, RobotsDisallowedError

from .second import batch_of_urls, clean, cli
from .test_blind_fetch import PAGE, RawServer, head, options, robotless_server, send

CLOSE = "Connection: close"


@pytest.fixture
def server() -> Iterator[RawServer]:
    yield from robotless_server()


def _redirect(location: bytes, *extra: bytes) -> bytes:
    fields = b"".join(field + b"\r\n" for field in extra)
    return (
        b"HTTP/1.1 302 Found\r\nLocation: "
        + location
        + b"\r\n"
        + fields
        + b"Content-Length: 0\r\n\r\n"
    )


def _fetch(url: str, **changes: object) -> object:
    def attempt() -> object:
        try:
            return newsextract.fetch(url, options=options(**changes))
        except Exception as exc:
            return exc

    return finishes(attempt)


@pytest.mark.parametrize(
    ("location", "extra", "path"),
    [
        (b"/caf\xe9", b"", "/caf%E9"),  # Latin-1: the byte, escaped as it is
        ("/café".encode(), b"", "/caf%C3%A9"),
        ("/café".encode(), b"X-Other: \xff", "/caf%C3%A9"),  # was /caf%C3%83%C2%A9
        (b"/\xe9t\xe9?q=\xe9", b"", "/%E9t%E9?q=%E9"),
    ],
)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_redirect_s_location_is_read_from_its_bytes(
    location: bytes, extra: bytes, path: str, kind: str, server: RawServer
) -> None:
    server.routes["/r"] = send(_redirect(location, *([extra] if extra else [])))
    server.routes[path] = send(head(length=len(PAGE)) + PAGE)
    page = finishes(lambda: fetch_once(kind, server.url("/r"), options()))
    assert isinstance(page, newsextract.Page), page
    assert page.final_url == server.url(path)
    assert server.hits[-1] == path


def test_a_location_read_through_the_http_cache_keeps_its_bytes(
    server: RawServer, tmp_path: Path
) -> None:
    # hishel writes each header back as UTF-8 from the text httpx decoded: /caf%C3%A9
    cache = "Cache-Control: max-age=3600"
    server.routes["/r"] = send(_redirect(b"/caf\xe9", b"X-Other: \xff", cache.encode()))
    server.routes["/caf%E9"] = send(head("200 OK", cache, length=len(PAGE)) + PAGE)
    for _ in range(2):  # from the network, then from the cache
        page = finishes(lambda: fetch_once("sync", server.url("/r"), options(cache_dir=tmp_path)))
        assert page.final_url == server.url("/caf%E9")
    assert server.hits.count("/caf%E9") == 1


@pytest.mark.parametrize(
    "host", [b"caf\xe9.example", b"a%2Fb.example", b"a%00b.example", "☃.example".encode()]
)
def test_a_location_whose_host_is_no_host_is_an_invalid_url_error(
    host: bytes, server: RawServer
) -> None:
    server.routes["/r"] = send(_redirect(b"http://" + host + b"/p"))
    result = _fetch(server.url("/r"))
    assert isinstance(result, InvalidURLError), result
    assert "/p" not in server.hits


def _resolved_names(server: RawServer, url: str) -> tuple[object, list[str]]:
    """What fetching ``url`` gives with every name resolved to ``server``, and the names
    the fetcher looked up."""
    names: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        names.append(host)
        return ["127.0.0.1"]

    def attempt() -> object:
        try:
            with newsextract.Fetcher(options(), resolver=resolver) as fetcher:
                return fetcher.fetch(url)
        except Exception as exc:
            return exc

    return finishes(attempt), names


def test_a_host_written_with_escapes_is_looked_up_unescaped(server: RawServer) -> None:
    server.routes["/p"] = send(head(length=len(PAGE)) + PAGE)
    page, names = _resolved_names(server, f"http://caf%C3%A9.example:{server.port}/p")
    assert isinstance(page, newsextract.Page), page
    assert names and set(names) == {"xn--caf-dma.example"}, names


ROBOTS = "User-agent: *\nDisallow: /secret\n"


@pytest.mark.parametrize(
    "body",
    [
        b"\xef\xbb\xbf" + ROBOTS.encode(),
        b"\xef\xbb\xbf" + ROBOTS.replace("\n", "\r\n").encode(),
        ("\ufeff" + ROBOTS).encode("utf-16-le"),
        ("\ufeff" + ROBOTS).encode("utf-16-be"),
    ],
    ids=["utf8-bom", "utf8-bom-crlf", "utf16le-bom", "utf16be-bom"],
)
def test_a_robots_txt_opening_with_a_byte_order_mark_is_obeyed(body: bytes) -> None:
    raw = RawServer()
    try:
        robots = head("200 OK", length=len(body)).replace(b"text/html", b"text/plain") + body
        raw.routes["/robots.txt"] = send(robots)
        raw.routes["/secret"] = send(head(length=len(PAGE)) + PAGE)
        raw.routes["/open"] = send(head(length=len(PAGE)) + PAGE)
        assert isinstance(_fetch(raw.url("/secret")), RobotsDisallowedError)
        assert isinstance(_fetch(raw.url("/open")), newsextract.Page)
        assert "/secret" not in raw.hits
    finally:
        raw.close()


def _cookie_route(*cookies: str) -> object:
    fields = [f"Set-Cookie: {cookie}" for cookie in cookies]
    return send(head("200 OK", *fields, CLOSE, length=len(PAGE)) + PAGE)


@pytest.mark.parametrize(
    ("setter", "domain", "other", "sent"),
    [
        ("news.co.uk", "co.uk", "other.co.uk", False),  # a public suffix (ICANN's)
        ("a.github.io", "github.io", "b.github.io", False),  # a public suffix (private)
        ("127.0.0.1", "0.0.1", "x.0.0.1", False),  # part of an IP address
        ("www.news.co.uk", "news.co.uk", "sport.news.co.uk", True),  # the host's own site
        ("consent.news.example", "news.example", "www.news.example", True),
    ],
)
def test_a_cookie_for_another_site_is_not_kept(
    setter: str, domain: str, other: str, sent: bool, server: RawServer
) -> None:
    requests: list[bytes] = []

    def look(conn: socket.socket, request: bytes) -> None:
        requests.append(request)
        conn.sendall(head("200 OK", CLOSE, length=len(PAGE)) + PAGE)

    server.routes["/set"] = _cookie_route(f"planted=1; Domain={domain}; Path=/")  # type: ignore[assignment]
    server.routes["/look"] = look

    def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    def attempt() -> None:
        with newsextract.Fetcher(options(), resolver=resolver) as fetcher:
            fetcher.fetch(f"http://{setter}:{server.port}/set")
            fetcher.fetch(f"http://{other}:{server.port}/look")

    finishes(attempt)
    assert len(requests) == 1
    assert (b"planted=1" in requests[0]) is sent, requests[0]


@pytest.mark.parametrize(
    ("target", "url"),
    [
        ("https://news.example/a b c", "https://news.example/a%20b%20c"),
        ("<https://news.example/a b?q=x y>", "https://news.example/a%20b?q=x%20y"),
        ("https://news .example/a", None),  # a space in the host: no address
        ("javascript:a b", None),
    ],
)
def test_a_warc_target_uri_with_spaces_keeps_the_page_s_address(
    target: str, url: str | None, tmp_path: Path
) -> None:
    html = article_html("Quay").encode()
    revisit = Record(url="https://news.example/seen", type="revisit", block=http_response(html))
    archive = tmp_path / "a.warc"
    write_warc(archive, [Record(url=target, block=http_response(html)), revisit], gzipped=False)
    items = list(newsextract.batch([str(archive)], workers=1))
    assert len(items) == 1 and items[0].article is not None  # a revisit is no page
    assert items[0].article.url == url


def test_a_batch_of_this_wave_s_hostile_answers_gives_one_row_each(
    server: RawServer, tmp_path: Path
) -> None:
    page = head(length=len(PAGE)) + PAGE
    chunked = b"%x\r\n" % len(PAGE) + PAGE + b"\r\n0\r\n\r\n"
    routes = {
        "/w-latin1": send(_redirect(b"/caf\xe9")),
        "/caf%E9": send(page),
        "/w-bad-host": send(_redirect(b"http://caf\xe9.example/p")),
        "/w-length-and-chunked": send(
            head("200 OK", "Content-Length: 10", "Transfer-Encoding: chunked") + chunked
        ),
        "/w-gzip-chunked": send(head("200 OK", "Transfer-Encoding: gzip, chunked") + chunked),
        "/w-1mb-header": send(head("200 OK", "X-Big: " + "a" * 1_000_000, length=len(PAGE)) + PAGE),
        "/w-early-hints": send(
            b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n" * 20_000 + page
        ),
    }
    server.routes.update(routes)
    urls = [server.url(path) for path in routes if path.startswith("/w-")]
    rows = {row["input"]: row for row in map(json.loads, batch_of_urls(urls, tmp_path))}
    assert set(rows) == set(urls)
    # chunked framing wins over a Content-Length sent beside it (RFC 9112, 6.3)
    assert rows[server.url("/w-length-and-chunked")]["title"] == "Harbour plan"
    assert rows[server.url("/w-latin1")]["url"] == server.url("/caf%E9")
    assert rows[server.url("/w-bad-host")]["error"] == "InvalidURLError"


@pytest.mark.parametrize("mark", [b"", b"\xef\xbb\xbf"], ids=["plain", "utf8-bom"])
def test_discovery_reads_the_sitemap_line_behind_a_byte_order_mark(mark: bytes) -> None:
    raw = RawServer()
    try:
        robots = mark + b"Sitemap: /news-map.xml\nUser-agent: *\nDisallow: /private\n"
        raw.routes["/robots.txt"] = send(
            head("200 OK", length=len(robots)).replace(b"text/html", b"text/plain") + robots
        )
        story = f"http://127.0.0.1:{raw.port}/2024/05/02/quay-plan"
        listing = (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{story}</loc></url></urlset>"
        ).encode()
        xml = b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
        raw.routes["/news-map.xml"] = send(
            xml + b"Content-Length: %d\r\n\r\n" % len(listing) + listing
        )
        raw.routes["/"] = send(head(length=len(PAGE)) + PAGE)

        def run() -> list[str]:
            found = newsextract.discover(raw.url("/"), fetch_options=options(), articles_only=False)
            return [item.url for item in found]

        assert finishes(run) == [story]
    finally:
        raw.close()


@pytest.mark.parametrize(
    ("listing", "rows"),
    [
        ("\ufeffa.html\r\nb.html\r\n".encode("utf-16-le"), {"a.html": "ok", "b.html": "ok"}),
        ("\ufeffa.html\nb.html".encode("utf-16-be"), {"a.html": "ok", "b.html": "ok"}),
        # an odd last byte is a row of its own, as any name no file has
        ("\ufeffa.html\n".encode("utf-16-le") + b"\n", {"a.html": "ok", "\ufffd": "error"}),
    ],
    ids=["utf16le", "utf16be", "odd-byte"],
)
def test_an_inputs_list_in_utf16_names_its_pages(
    listing: bytes, rows: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "a.html").write_text(article_html("Quay"))
    (tmp_path / "b.html").write_text(article_html("Pier"))
    (tmp_path / "list.txt").write_bytes(listing)
    status, _, err = cli(
        "batch", "-i", "list.txt", "-o", "o.jsonl", "--no-progress", "-j", "1", cwd=tmp_path
    )  # fmt: skip
    assert clean(status, err), err[-1500:]
    found = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert {row["input"]: row["status"] for row in found} == rows


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_cookie_no_request_can_carry_is_not_kept(kind: str, server: RawServer) -> None:
    requests: list[bytes] = []
    cookies = [
        b"a=caf\xc3\xa9; Path=/",  # UTF-8
        b"b=\xe9t\xe9; Path=/",  # Latin-1
        b"\xff=1",
        b"ctl=a\x01b; Path=/",
        b"v1=x; Version=1; Path=/\xc3\xa9",  # a version-1 cookie sends its path
        b"ok=1; Path=/",
    ]

    def route(conn: socket.socket, request: bytes) -> None:
        requests.append(request)
        fields = b"".join(b"Set-Cookie: " + cookie + b"\r\n" for cookie in cookies)
        conn.sendall(head(length=len(PAGE)).replace(b"\r\n\r\n", b"\r\n" + fields + b"\r\n") + PAGE)

    server.routes["/p"] = route

    def twice() -> list[newsextract.Page]:
        url = server.url("/p")
        if kind == "sync":
            with newsextract.Fetcher(options()) as fetcher:
                return [fetcher.fetch(url), fetcher.fetch(url)]

        async def fetch_async() -> list[newsextract.Page]:
            async with newsextract.AsyncFetcher(options()) as fetcher:
                return [await fetcher.fetch(url), await fetcher.fetch(url)]

        return asyncio.run(fetch_async())

    pages = finishes(twice)  # the second raised UnicodeEncodeError, as every later request did
    assert [page.status for page in pages] == [200, 200]
    sent = [line for line in requests[1].split(b"\r\n") if line.startswith(b"Cookie:")]
    assert sent == [b"Cookie: ok=1"]


def test_a_crawl_of_a_site_holding_this_wave_s_holes_gives_a_row_each(tmp_path: Path) -> None:
    raw = RawServer()
    try:
        base = f"http://127.0.0.1:{raw.port}"
        robots = b"\xef\xbb\xbfSitemap: /map.xml\nUser-agent: *\nDisallow: /private/\n"
        raw.routes["/robots.txt"] = send(
            head("200 OK", length=len(robots)).replace(b"text/html", b"text/plain") + robots
        )
        paths = [
            "/2024/05/02/quay",
            "/2024/05/03/caf\u00e9",
            "/private/2024/05/04/x",
            "/2024/05/05/m",
        ]
        entries = "".join(f"<url><loc>{base}{path}</loc></url>" for path in paths)
        xml = (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</urlset>"
        ).encode()
        raw.routes["/map.xml"] = send(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
            + b"Content-Length: %d\r\n\r\n" % len(xml)
            + xml
        )
        story = article_html("Quay story").encode()
        answer = head(length=len(story)).replace(
            b"\r\n\r\n", b"\r\nSet-Cookie: x=caf\xc3\xa9\r\n\r\n"
        )
        for path in ["/2024/05/02/quay", "/2024/05/03/caf%C3%A9", "/private/2024/05/04/x"]:
            raw.routes[path] = send(answer + story)
        raw.routes["/2024/05/05/m"] = send(_redirect(b"/2024/05/05/d\xe9plac\xe9"))
        raw.routes["/2024/05/05/d%E9plac%E9"] = send(answer + story)
        raw.routes["/"] = send(head(length=len(PAGE)) + PAGE)
        out = tmp_path / "o.jsonl"
        status, _, err = cli(
            "crawl", base + "/", "-o", str(out), "--no-progress", "--delay", "0", seconds=120
        )
        assert clean(status, err), err[-1500:]
        rows = {row["input"]: row for row in map(json.loads, out.read_text().splitlines())}
        assert {key.removeprefix(base) for key in rows} == set(paths)
        assert rows[base + "/private/2024/05/04/x"]["error"] == "RobotsDisallowedError"
        assert rows[base + "/2024/05/05/m"]["url"] == base + "/2024/05/05/d%E9plac%E9"
        assert sum(row["status"] == "ok" for row in rows.values()) == 3
        assert "/private/2024/05/04/x" not in raw.hits
    finally:
        raw.close()


@pytest.mark.parametrize("host", ["%31%32%37.0.0.1", "%6c%6f%63%61%6c%68%6f%73%74", "127.0.0.%31"])
def test_a_host_unescaped_is_checked_as_any_address(host: str, server: RawServer) -> None:
    server.routes["/p"] = send(head(length=len(PAGE)) + PAGE)
    url = f"http://{host}:{server.port}/p"
    assert isinstance(_fetch(url, block_private_addresses=True), newsextract.BlockedAddressError)
    assert "/p" not in server.hits
    assert isinstance(_fetch(url), newsextract.Page)  # read as 127.0.0.1, where it was no host


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_redirect_naming_two_addresses_is_refused(kind: str, server: RawServer) -> None:
    # Browsers refuse two Location fields that differ; httpx joined them into one address.
    server.routes["/r"] = send(_redirect(b"/a", b"Location: /b"))
    server.routes["/a"] = server.routes["/b"] = send(head(length=len(PAGE)) + PAGE)
    failed = finishes(lambda: _fetch_or_error(kind, server.url("/r")))
    assert isinstance(failed, InvalidURLError), failed
    assert "2 different addresses" in str(failed)
    assert "/a" not in server.hits and "/b" not in server.hits


@pytest.mark.parametrize("location", [b"/a", b"/caf\xe9"])
def test_a_location_field_sent_twice_is_one(location: bytes, server: RawServer) -> None:
    server.routes["/r"] = send(_redirect(location, b"Location: " + location))
    path = "/a" if location == b"/a" else "/caf%E9"
    server.routes[path] = send(head(length=len(PAGE)) + PAGE)
    page = finishes(lambda: fetch_once("sync", server.url("/r"), options()))
    assert isinstance(page, newsextract.Page), page
    assert page.final_url == server.url(path)


def _fetch_or_error(kind: str, url: str) -> object:
    try:
        return fetch_once(kind, url, options())
    except newsextract.NewsExtractError as exc:
        return exc
