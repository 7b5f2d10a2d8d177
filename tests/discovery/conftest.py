"""Loopback sites for discovery: each a real HTTP server on its own 127.0.0.x address."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsextract import FetchOptions

Body = bytes | Callable[[], Iterable[bytes]]
Route = tuple[int, str, Body]


class StaticSite:
    """Serves fixed routes; a callable body is streamed in chunks without a length."""

    def __init__(self, ip: str, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.hits: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                site.hits[path] = site.hits.get(path, 0) + 1
                status, kind, body = site.routes.get(path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", kind)
                if callable(body):
                    self.send_header("Connection", "close")
                    self.end_headers()
                    try:
                        for chunk in body():
                            self.wfile.write(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((ip, 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://{ip}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def make_site() -> Iterator[Callable[[str, dict[str, Route]], StaticSite]]:
    sites: list[StaticSite] = []

    def make(ip: str, routes: dict[str, Route]) -> StaticSite:
        site = StaticSite(ip, routes)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.close()


#: A factory of loopback sites (the ``make_site`` fixture): a host name and its routes.
MakeSite = Callable[[str, dict[str, Route]], StaticSite]

#: Fetch options for loopback sites: no politeness delay, no retries, short timeouts.
FAST = FetchOptions(
    per_host_delay=0.0,
    connect_timeout=2,
    read_timeout=2,
    total_timeout=5,
    retries=0,
    trust_env=False,
)
