"""A loopback server that records every request, and the hostile page aimed at it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import attrs
import pytest

PAGES = Path(__file__).parent / "pages"


@attrs.define
class Recorder:
    """Where the hostile page points every URL, and the paths requested there."""

    origin: str
    hits: list[str] = attrs.field(factory=list)

    def hostile_page(self) -> str:
        return (PAGES / "hostile.html").read_text(encoding="utf-8").replace("{ORIGIN}", self.origin)


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_GET

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Recorder(f"http://127.0.0.1:{server.server_port}", hits)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
