"""Answers no HTTP library writes, sent byte for byte by a server on 127.0.0.1: a status line
that is none, a Content-Length that is negative, text, huge or given twice, a chunk size past
64 bits, a NUL in a header. Each is a ``FetchError`` of the page (with or without the HTTP
cache, sync or async), never an h11 or httpx exception; headers that are odd but readable
(Latin-1 bytes, thousands of ``identity`` codings, cache headers of absurd ages and dates,
``Vary: *``) still give the page. A header block over the fetcher's caps (1,000 fields,
64 KiB: 20,000 headers, one of 200 KB) is a ``FetchError`` whether it arrives in one read or
in pieces; one just under both is read either way."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsextract import FetchError, FetchOptions
from newsextract.fetching.http import MAX_HEADER_COUNT

from .servers import fast_options, fetch_once

_OK = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
_BODY = b"Content-Length: 5\r\n\r\nhello"

BROKEN = {
    "negative length": _OK + b"Content-Length: -5\r\n\r\nhello",
    "length that is text": _OK + b"Content-Length: abc\r\n\r\nhello",
    "two lengths": _OK + b"Content-Length: 5\r\nContent-Length: 7\r\n\r\nhello",
    "length past 64 bits": _OK + b"Content-Length: 99999999999999999999999999\r\n\r\nhello",
    "chunk past 64 bits": _OK + b"Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\nhello",
    "chunk size that is text": _OK + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
    "NUL in a header": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\x00\r\n" + _BODY,
    "status that is text": b"HTTP/1.1 abc Weird\r\n" + _BODY,
    "no status line": b"hello world, no status line\r\n\r\n",
}

READABLE = {
    "Latin-1 header bytes": b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\xff\xfe\r\n"
    + b"X-N: \xe9\xe8\r\n"
    + _BODY,
    "thousands of codings": _OK
    + b"Content-Encoding: "
    + b"identity," * 5_000
    + b"identity\r\n"
    # the last coding named closes the list
    + _BODY,
    "absurd cache headers": _OK
    + b"Cache-Control: max-age=99999999999999999999999, s-maxage=1e999\r\n"
    + b"Age: 99999999999999999999999\r\nDate: Mon, 01 Jan 0001 00:00:00 GMT\r\n"
    + b"Last-Modified: Mon, 01 Jan 99999 00:00:00 GMT\r\nExpires: 0\r\n"
    + _BODY,
    "Vary star": _OK + b"Vary: *\r\nCache-Control: max-age=100\r\n" + _BODY,
}

# Over the fetcher's header caps (``MAX_HEADER_COUNT``, ``MAX_HEADER_BYTES``): refused however
# the bytes arrive (httpcore itself refuses a block over 100 KiB only when it comes in pieces)
OVERSIZED = {
    "many headers": _OK + b"X-A: b\r\n" * 20_000 + _BODY,
    "a header of 200 KB": _OK + b"X-A: " + b"b" * 200_000 + b"\r\n" + _BODY,
    "1,001 short headers": _OK + b"X-A: b\r\n" * (MAX_HEADER_COUNT - 1) + _BODY,
    "70 KB in ten headers": _OK + (b"X-A: " + b"b" * 7_000 + b"\r\n") * 10 + _BODY,
}
# Just under both caps: read however the bytes arrive
UNDER_CAPS = {
    "1,000 short headers": _OK + b"X-A: b\r\n" * (MAX_HEADER_COUNT - 2) + _BODY,
    "60 KB in ten headers": _OK + (b"X-A: " + b"b" * 6_000 + b"\r\n") * 10 + _BODY,
}


class RawServer:
    """Answers every connection with the same bytes, whatever was asked: in one write, or
    in pieces of ``piece`` bytes a moment apart (each its own read at the client)."""

    def __init__(self, answer: bytes, piece: int = 0) -> None:
        self.answer = answer
        self.piece = piece
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def url(self, path: str = "/page") -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}{path}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed by stop()
                return
            with conn:
                try:
                    conn.settimeout(2)
                    conn.recv(65_536)
                    self._send(conn)
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _send(self, conn: socket.socket) -> None:
        if not self.piece:
            conn.sendall(self.answer)
            return
        for start in range(0, len(self.answer), self.piece):
            conn.sendall(self.answer[start : start + self.piece])
            time.sleep(0.001)

    def stop(self) -> None:
        # close() alone does not wake a thread blocked in accept() on Linux; shutdown() does
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join(timeout=5)


@pytest.fixture
def raw_server(request: pytest.FixtureRequest) -> Iterator[RawServer]:
    """A server of the answer given (or of the answer and the size of its pieces)."""
    given = request.param
    server = RawServer(*given) if isinstance(given, tuple) else RawServer(given)
    yield server
    server.stop()


# Every case both ways, and with and without the HTTP cache.
pytestmark = [
    pytest.mark.parametrize("cached", [False, True], ids=["plain", "cached"]),
    pytest.mark.parametrize("kind", ["sync", "async"]),
]


def _options(tmp_path: Path, cached: bool) -> FetchOptions:
    # robots.txt off: the server answers it with the same bytes, and the page is the point
    return fast_options(respect_robots=False, retries=0, cache_dir=tmp_path if cached else None)


@pytest.mark.parametrize("raw_server", list(BROKEN.values()), ids=list(BROKEN), indirect=True)
def test_a_broken_answer_is_a_fetch_error(
    raw_server: RawServer, kind: str, cached: bool, tmp_path: Path
) -> None:
    options = _options(tmp_path, cached)
    with pytest.raises(FetchError) as raised:
        fetch_once(kind, raw_server.url(), options)
    assert raised.value.url == raw_server.url()


@pytest.mark.parametrize("raw_server", list(READABLE.values()), ids=list(READABLE), indirect=True)
def test_odd_but_readable_headers_still_give_the_page(
    raw_server: RawServer, kind: str, cached: bool, tmp_path: Path
) -> None:
    options = _options(tmp_path, cached)
    for _ in range(2 if cached else 1):  # the second read through the cache, if any
        page = fetch_once(kind, raw_server.url(), options)
        assert (page.status, page.text) == (200, "hello")


def _arrivals(answers: dict[str, bytes]) -> pytest.MarkDecorator:
    """Each answer in one write, and in pieces of 4 KiB: h11 sees the block whole or growing."""
    cases = [(answer, piece) for answer in answers.values() for piece in (0, 4_096)]
    ids = [f"{name}-{how}" for name in answers for how in ("one write", "in pieces")]
    return pytest.mark.parametrize("raw_server", cases, ids=ids, indirect=True)


@_arrivals(OVERSIZED)
def test_an_oversized_header_block_is_a_fetch_error_however_it_arrives(
    raw_server: RawServer, kind: str, cached: bool, tmp_path: Path
) -> None:
    with pytest.raises(FetchError) as raised:
        fetch_once(kind, raw_server.url(), _options(tmp_path, cached))
    assert raised.value.url == raw_server.url()


@_arrivals(UNDER_CAPS)
def test_a_header_block_under_the_caps_gives_the_page_however_it_arrives(
    raw_server: RawServer, kind: str, cached: bool, tmp_path: Path
) -> None:
    page = fetch_once(kind, raw_server.url(), _options(tmp_path, cached))
    assert (page.status, page.text) == (200, "hello")
