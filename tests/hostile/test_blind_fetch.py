"""Blind red team, wave 56: the fetcher against a hostile HTTP server on 127.0.0.1.

The server writes raw bytes, so it can lie as no HTTP library would: a Content-Length it does
not keep, an endless chunked body, a drip of a byte at a time, broken headers. Each attack
states its typed outcome (a ``FetchError``, or a ``Page``) and its time bound."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator

import pytest
from tests.fetch.servers import fast_options
from tests.hang_guard import finishes

import newsextract
from newsextract import FetchError, FetchOptions, NewsExtractError

PAGE = (
    b"<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    b"<p>The council met on Tuesday to debate the harbour plan and its costs.</p>"
    b"</article></body></html>"
)

Route = Callable[[socket.socket, bytes], None]


def head(status: str = "200 OK", *lines: str, length: int | None = None) -> bytes:
    fields = ["Content-Type: text/html; charset=utf-8", *lines]
    if length is not None:
        fields.append(f"Content-Length: {length}")
    return (f"HTTP/1.1 {status}\r\n" + "\r\n".join(fields) + "\r\n\r\n").encode()


class RawServer:
    """A TCP server on 127.0.0.1 whose routes write what they like to the socket."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.closed = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self.closed.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                piece = conn.recv(65536)
                if not piece:
                    return
                request += piece
            path = request.split(b" ", 2)[1].decode("latin-1")
            self.hits.append(path)
            route = self.routes.get(path) or self.routes.get(path.split("?")[0])
            try:
                if route is None:
                    conn.sendall(head("404 Not Found", length=0))
                else:
                    route(conn, request)
            except OSError:
                pass

    def close(self) -> None:
        self.closed.set()
        self.sock.close()


@pytest.fixture
def server() -> Iterator[RawServer]:
    raw = RawServer()
    raw.routes["/robots.txt"] = lambda c, r: c.sendall(head("404 Not Found", length=0))
    yield raw
    raw.close()


def options(**changes: object) -> FetchOptions:
    """The fetch tests' fast options (no politeness delay, short timeouts, tiny backoff;
    the default retries, so a retried attack is bounded too)."""
    return fast_options(**changes)


def outcome(url: str, bound: float, **changes: object) -> object:
    """The Page, or the exception ``fetch`` raised, within ``bound`` seconds of wall time."""

    def attempt() -> object:
        try:
            return newsextract.fetch(url, options=options(**changes))
        except Exception as exc:
            return exc

    started = time.monotonic()
    result = finishes(attempt)
    took = time.monotonic() - started
    assert took < bound, f"took {took:.1f} s: {result!r}"
    return result


def typed(result: object, kind: type[BaseException] = FetchError) -> bool:
    return isinstance(result, kind) and isinstance(result, NewsExtractError)


def send(data: bytes) -> Route:
    return lambda conn, _: conn.sendall(data)


def robotless_server() -> Iterator[RawServer]:
    """A server whose robots.txt is missing (a 404 allows every path): the body of the
    ``server`` fixture of the hostile files that fetch from it."""
    raw = RawServer()
    raw.routes["/robots.txt"] = send(head("404 Not Found", length=0))
    yield raw
    raw.close()


def test_lying_content_length_longer_than_the_body(server: RawServer) -> None:
    server.routes["/p"] = send(head(length=100_000) + PAGE)
    assert typed(outcome(server.url("/p"), 10)), "cut short of its Content-Length"


def test_lying_content_length_shorter_than_the_body(server: RawServer) -> None:
    server.routes["/p"] = send(head(length=20) + PAGE + b"<p>trailing garbage</p>" * 1000)
    result = outcome(server.url("/p"), 10)
    assert typed(result) or isinstance(result, newsextract.Page), result


def test_negative_and_double_content_length(server: RawServer) -> None:
    server.routes["/neg"] = send(head(length=-5) + PAGE)
    server.routes["/two"] = send(head("200 OK", "Content-Length: 5", length=len(PAGE)) + PAGE)
    for path in ("/neg", "/two"):
        result = outcome(server.url(path), 10)
        assert typed(result) or isinstance(result, newsextract.Page), (path, result)


def _endless_chunks(conn: socket.socket, _: bytes) -> None:
    conn.sendall(head("200 OK", "Transfer-Encoding: chunked"))
    chunk = b"%x\r\n%s\r\n" % (65536, b"<p>" + b"a" * 65529 + b"</p>")
    while True:
        conn.sendall(chunk)


def test_endless_chunked_body(server: RawServer) -> None:
    server.routes["/p"] = _endless_chunks
    result = outcome(server.url("/p"), 15, total_timeout=30.0)
    assert typed(result, newsextract.ResponseTooLargeError), result


def test_chunk_size_of_a_hundred_hex_digits(server: RawServer) -> None:
    server.routes["/p"] = send(
        head("200 OK", "Transfer-Encoding: chunked") + b"f" * 100 + b"\r\n" + PAGE
    )
    assert typed(outcome(server.url("/p"), 10)), "an impossible chunk size"


def _drip(prefix: bytes) -> Route:
    def route(conn: socket.socket, _: bytes) -> None:
        conn.sendall(prefix)
        while True:
            conn.sendall(b"a")
            time.sleep(0.2)

    return route


@pytest.mark.parametrize("where", ["body", "headers", "status"])
def test_slow_drip_server(where: str, server: RawServer) -> None:
    prefix = {
        "body": head("200 OK", "Transfer-Encoding: chunked") + b"100000\r\n",
        "headers": b"HTTP/1.1 200 OK\r\nX-Drip: ",
        "status": b"HTTP/1.1 2",
    }[where]
    server.routes["/p"] = _drip(prefix)
    result = outcome(server.url("/p"), 12, total_timeout=4.0)
    assert typed(result, newsextract.FetchTimeoutError), result


def test_endless_informational_responses(server: RawServer) -> None:
    def route(conn: socket.socket, _: bytes) -> None:
        while True:
            conn.sendall(b"HTTP/1.1 103 Early Hints\r\nLink: </x>; rel=preload\r\n\r\n")

    server.routes["/p"] = route
    result = outcome(server.url("/p"), 12, total_timeout=4.0)
    assert typed(result), result


def _bomb_layers(layers: int) -> bytes:
    data = PAGE + b" " * 10_000_000
    for _ in range(layers):
        data = gzip.compress(data, compresslevel=9)
    return data


@pytest.mark.parametrize("layers", [3, 40])
def test_nested_gzip_encodings(layers: int, server: RawServer) -> None:
    body = _bomb_layers(min(layers, 3)) if layers <= 3 else _bomb_layers(1)
    coding = ", ".join(["gzip"] * layers)
    server.routes["/p"] = send(
        head("200 OK", f"Content-Encoding: {coding}", length=len(body)) + body
    )
    result = outcome(server.url("/p"), 15)
    assert typed(result) or isinstance(result, newsextract.Page), result


def test_deflate_raw_and_zlib_mixed_with_unknown_coding(server: RawServer) -> None:
    body = zlib.compress(PAGE)
    server.routes["/a"] = send(
        head("200 OK", "Content-Encoding: deflate, x-made-up", length=len(body)) + body
    )
    server.routes["/b"] = send(
        head("200 OK", "Content-Encoding: identity, identity, " * 500, length=len(PAGE)) + PAGE
    )
    for path in ("/a", "/b"):
        result = outcome(server.url(path), 10)
        assert typed(result) or isinstance(result, newsextract.Page), (path, result)


def test_redirect_loop_and_long_chain(server: RawServer) -> None:
    server.routes["/a"] = send(head("302 Found", "Location: /b", length=0))
    server.routes["/b"] = send(head("301 Moved", "Location: /a", length=0))
    assert typed(outcome(server.url("/a"), 10), newsextract.TooManyRedirectsError)
    server.routes["/n"] = lambda c, r: c.sendall(
        head("302 Found", f"Location: /n?{len(server.hits)}", length=0)
    )
    assert typed(outcome(server.url("/n"), 10), newsextract.TooManyRedirectsError)


@pytest.mark.parametrize(
    "target",
    [
        "file:///etc/passwd",
        "ftp://127.0.0.1/x",
        "gopher://127.0.0.1:70/_x",
        "javascript:alert(1)",
        "data:text/html,<p>x</p>",
        "//[::1",
        "http://a b/",
        "http://" + "a" * 300 + ".example/",
        "/" + "a" * 1_000_000,
    ],
)
def test_redirect_to_other_schemes_and_malformed_targets(target: str, server: RawServer) -> None:
    server.routes["/p"] = send(head("302 Found", f"Location: {target}", length=0))
    assert typed(outcome(server.url("/p"), 10)), target


@pytest.mark.parametrize(
    "host",
    [
        "2130706433",
        "0x7f000001",
        "0177.0.0.1",
        "127.1",
        "0",
        "[::ffff:127.0.0.1]",
        "localhost.",
        "LOCALHOST",
    ],
)
def test_blocked_private_addresses_in_other_spellings(host: str, server: RawServer) -> None:
    server.routes["/p"] = send(head(length=len(PAGE)) + PAGE)
    result = outcome(f"http://{host}:{server.port}/p", 10, block_private_addresses=True)
    assert not isinstance(result, newsextract.Page), (host, "fetched a loopback page")
    assert typed(result), result
    assert "/p" not in server.hits


def test_redirect_to_a_private_address_and_other_port(server: RawServer) -> None:
    other = RawServer()
    try:
        other.routes["/secret"] = send(head(length=len(PAGE)) + PAGE)
        server.routes["/p"] = send(
            head("302 Found", f"Location: http://2130706433:{other.port}/secret", length=0)
        )

        def resolver(host: str, port: int) -> list[str]:
            return ["127.0.0.1"]  # every name, public.example's too, is loopback here

        def attempt() -> object:
            try:
                with newsextract.Fetcher(
                    options(block_private_addresses=True), resolver=resolver
                ) as f:
                    return f.fetch(f"http://public.example:{server.port}/p")
            except Exception as exc:
                return exc

        result = finishes(attempt)
        assert typed(result), result
        assert "/secret" not in other.hits
    finally:
        other.close()


@pytest.mark.parametrize(
    "kind", ["one-huge", "many", "no-colon", "nul", "obs-fold", "bad-status", "http09"]
)
def test_huge_or_malformed_headers(kind: str, server: RawServer) -> None:
    data = {
        "one-huge": head("200 OK", "X-Big: " + "a" * 300_000, length=len(PAGE)) + PAGE,
        "many": head("200 OK", *[f"X-{n}: v" for n in range(20_000)], length=len(PAGE)) + PAGE,
        "no-colon": head("200 OK", "this is no header", length=len(PAGE)) + PAGE,
        "nul": head("200 OK", "X-Nul: a\x00b", length=len(PAGE)) + PAGE,
        "obs-fold": head("200 OK", "X-Fold: a\r\n b", length=len(PAGE)) + PAGE,
        "bad-status": b"HTTP/1.1 2000000000000000000000 OK\r\nContent-Length: 0\r\n\r\n",
        "http09": PAGE,
    }[kind]
    server.routes["/p"] = send(data)
    result = outcome(server.url("/p"), 10)
    assert typed(result) or isinstance(result, newsextract.Page), (kind, result)


def test_charset_lie(server: RawServer) -> None:
    body = PAGE.replace(b"Tuesday", "café “déjà” très élégant".encode("cp1252"))
    server.routes["/p"] = send(head(length=len(body)) + body)
    result = outcome(server.url("/p"), 10)
    assert isinstance(result, newsextract.Page), result
    article = newsextract.extract(result.text)
    assert "caf" in (article.body or "")


@pytest.mark.parametrize(
    "body",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100,
        b"%PDF-1.7\n" + bytes(range(256)) * 100,
        b"\x00" * 50_000,
        b"PK\x03\x04" + bytes(range(256)) * 100,
        bytes(range(128, 256)) * 400,
    ],
)
def test_a_200_with_a_binary_body(body: bytes, server: RawServer) -> None:
    server.routes["/p"] = send(head(length=len(body)) + body)
    result = outcome(server.url("/p"), 10)
    if isinstance(result, newsextract.Page):  # text to a charset: then no markup
        with pytest.raises(newsextract.NotHTMLError):
            newsextract.extract(result.text)
    else:
        assert typed(result, newsextract.NotHTMLError), result


def test_content_type_of_many_parameters(server: RawServer) -> None:
    server.routes["/p"] = send(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html" + b"; a=b" * 10_000
        + b"; charset=" + b"x" * 10_000 + b"\r\nContent-Length: %d\r\n\r\n" % len(PAGE) + PAGE
    )  # fmt: skip
    result = outcome(server.url("/p"), 10)
    assert typed(result) or isinstance(result, newsextract.Page), result


def test_robots_txt_of_50_mb(server: RawServer) -> None:
    line = b"Disallow: /private/" + b"a" * 80 + b"\n"
    robots = b"User-agent: *\n" + line * (50_000_000 // len(line)) + b"Allow: /\n"

    def route(conn: socket.socket, _: bytes) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n"
            % len(robots)
        )
        conn.sendall(robots)

    server.routes["/robots.txt"] = route
    server.routes["/p"] = send(head(length=len(PAGE)) + PAGE)
    result = outcome(server.url("/p"), 20, total_timeout=15.0)
    assert typed(result) or isinstance(result, newsextract.Page), result


def test_robots_txt_drip_and_bomb(server: RawServer) -> None:
    server.routes["/robots.txt"] = _drip(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"100000\r\nUser-agent: *\n"
    )
    server.routes["/p"] = send(head(length=len(PAGE)) + PAGE)
    result = outcome(server.url("/p"), 12, total_timeout=4.0)
    assert typed(result) or isinstance(result, newsextract.Page), result


def test_location_header_with_crlf_escapes(server: RawServer) -> None:
    server.routes["/p"] = send(
        head("302 Found", "Location: /q%0d%0aX-Injected:%201\x1b]0;t\x07", length=0)
    )
    server.routes["/q\r\nX-Injected: 1"] = send(head(length=len(PAGE)) + PAGE)
    result = outcome(server.url("/p"), 10)
    if isinstance(result, Exception):
        assert typed(result), result
        assert "\x1b" not in str(result) and "\r" not in str(result), repr(str(result))
