"""Fixtures of the batch tests: generated pages, and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from .warcs import article_html


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of 12 small article pages (``.html`` and ``.html.gz``) and a non-page."""
    import gzip

    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    for i in range(10):
        (folder / f"p{i:02d}.html").write_text(article_html(f"Story number {i}"))
    (folder / "sub" / "g.html.gz").write_bytes(gzip.compress(article_html("Zipped").encode()))
    (folder / "sub" / "h.htm").write_text(article_html("Old suffix"))
    (folder / "notes.txt").write_text("not an input")
    (folder / "rows.jsonl").write_text('{"html": "<p>only when named</p>"}\n')
    return folder


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}

    def do_GET(self) -> None:
        status, content_type, body = self.routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class Server:
    """A threaded HTTP server on 127.0.0.1 serving ``routes``: path -> (status, type, body)."""

    def __init__(self) -> None:
        handler = type("Handler", (_Handler,), {"routes": {}})
        self.routes: dict[str, tuple[int, str, bytes]] = handler.routes
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.stop()
