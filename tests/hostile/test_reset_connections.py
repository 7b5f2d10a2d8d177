"""A GET whose connection is reset before any answer is sent again, as one the server closed
unanswered is: a server that closes a connection just after its answer resets the request a
client wrote on it meanwhile, and a discovery read lost its sitemap to that race."""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterator

import pytest

import newsextract
from newsextract.errors import FetchError

from .test_blind_fetch import PAGE, RawServer, head, options, robotless_server


@pytest.fixture
def server() -> Iterator[RawServer]:
    yield from robotless_server()


def _reset(conn: socket.socket) -> None:
    """Close with a reset (SO_LINGER 0), not a FIN: no byte of answer."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def test_a_request_reset_before_its_answer_is_sent_again(server: RawServer) -> None:
    answered: list[int] = []

    def route(conn: socket.socket, _: bytes) -> None:
        if not answered:
            answered.append(0)
            _reset(conn)  # the first request: reset, unanswered
            return
        conn.sendall(head("200 OK", length=len(PAGE)) + PAGE)

    server.routes["/story"] = route
    page = newsextract.fetch(server.url("/story"), options=options())
    assert page.status == 200
    assert server.hits.count("/story") == 2


def test_a_server_that_always_resets_is_a_fetch_error_after_its_retries(
    server: RawServer,
) -> None:
    server.routes["/story"] = lambda conn, _: _reset(conn)
    with pytest.raises(FetchError):
        newsextract.fetch(server.url("/story"), options=options(retries=2))
    assert server.hits.count("/story") == 3
