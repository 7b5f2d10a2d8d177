"""Bodies under several ``Content-Encoding`` layers, mixed and stacked.

Mixed stacks (gzip of br of gzip) decode and a bomb under them stops at the cap. A header
naming thousands of codings (3,000 gzip layers are 94 KB on the wire) made a decoder and a
frame of the reading recursion for each: the fetch raised a bare ``RecursionError``. Over
``MAX_CODINGS`` layers are now a ``ContentDecodingError``.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsextract.errors import ContentDecodingError, ResponseTooLargeError
from newsextract.fetching.stream import MAX_CODINGS

from .servers import PAGE, Site, fast_options, fetch_once, stacked_body

KINDS = ["sync", "async"]
STACKS = ["gzip,br,gzip", "br,gzip", "deflate,gzip", "gzip,gzip,gzip,gzip"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("codings", STACKS)
def test_a_mixed_stack_of_codings_is_undone(site: Site, kind: str, codings: str) -> None:
    page = fetch_once(kind, site.url(f"/stack?codings={codings}"), fast_options())
    assert page.text == PAGE


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("codings", ["gzip,br,gzip", "gzip,deflate"])
def test_a_bomb_under_a_mixed_stack_stops_at_the_cap(site: Site, kind: str, codings: str) -> None:
    options = fast_options(max_bytes=1024 * 1024)
    stacked_body(codings, bomb=True)  # made now, not within the fetch's timeouts
    with pytest.raises(ResponseTooLargeError):
        fetch_once(kind, site.url(f"/stack?codings={codings}&bomb=1"), options)


@functools.cache
def _layered_page(layers: int) -> bytes:
    body = PAGE.encode()
    for _ in range(layers):
        body = gzip.compress(body, compresslevel=1)
    return body


class _LayeredHandler(BaseHTTPRequestHandler):
    """The page gzipped ``layers`` times, each layer named in ``Content-Encoding``."""

    protocol_version = "HTTP/1.1"
    layers = 3000

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = _layered_page(self.layers)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Encoding", ", ".join(["gzip"] * self.layers))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client hangs up on reading the header
            self.wfile.write(body)


@pytest.fixture
def layered() -> Iterator[str]:
    _layered_page(_LayeredHandler.layers)  # made before the fetch, not within its timeouts
    server = ThreadingHTTPServer(("127.0.0.7", 0), _LayeredHandler)
    server.handle_error = lambda request, address: None  # type: ignore[method-assign]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    yield f"http://127.0.0.7:{server.server_address[1]}/page"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize("kind", KINDS)
def test_thousands_of_stacked_codings_are_a_decoding_error(layered: str, kind: str) -> None:
    with pytest.raises(ContentDecodingError, match=f"3,000 content codings.*the {MAX_CODINGS}"):
        fetch_once(kind, layered, fast_options(respect_robots=False))
