"""Real HTTP servers on 127.0.0.x for the fetch tests, with routes the tests control.

Each ``Site`` is a ``ThreadingHTTPServer`` on its own loopback address (127.0.0.2,
127.0.0.3, ...: several hosts, as far as the fetcher can tell) and port 0. It counts the
requests per path, logs when each started and with which headers, and records the most
requests it ever served at once; a ``Tracker`` shared by several sites does the same
across all of them.
"""

from __future__ import annotations

import asyncio
import gzip
import itertools
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from newsextract import AsyncFetcher, Fetcher, FetchOptions, Page

FIXTURES = Path(__file__).parent.parent / "fixtures"
ARTICLE = (FIXTURES / "fr_wordpress_byline_par.html").read_bytes()

PAGE = (
    "<!DOCTYPE html><html><head><title>A page</title></head>"
    "<body><article><h1>Headline here</h1><p>Some text – “quoted” café.</p></article>"
    "</body></html>"
)
# Without any declaration, so the decoder has to find out.
CP1252_PAGE = (
    "<html><head><title>Café</title></head><body><p>Le café, “déjà” servi à l’heure – "
    "très élégant, très français, encore une fois à la même terrasse.</p></body></html>"
).encode("cp1252")


def fast_options(**changes: Any) -> FetchOptions:
    """Options for tests: no politeness delay, short timeouts, tiny backoff."""
    settings: dict[str, Any] = {
        "per_host_delay": 0.0,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
        "total_timeout": 5.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        "trust_env": False,
    }
    settings.update(changes)
    return FetchOptions(**settings)


def fetch_once(kind: str, url: str, options: FetchOptions, **fetcher: Any) -> Page:
    """``Fetcher(options, **fetcher).fetch(url)`` (``kind`` "sync"), or the same through
    ``AsyncFetcher`` ("async") in an event loop of its own."""
    if kind == "sync":
        with Fetcher(options, **fetcher) as sync_fetcher:
            return sync_fetcher.fetch(url)

    async def fetch_async() -> Page:
        async with AsyncFetcher(options, **fetcher) as async_fetcher:
            return await async_fetcher.fetch(url)

    return asyncio.run(fetch_async())


# The server notes a request when it arrives: one that waited on a busy CPU on its way
# arrives late, so the gap the server sees between two starts can fall short of the client's
# delay by that wait (0.135 s for a 0.15 s delay was seen under a load of 5 on 2 cores);
# without any delay the gaps are about a millisecond, so the delay less this still proves it.
ARRIVAL_JITTER = 0.03


def kept_apart(starts: list[float], delay: float) -> bool:
    """Whether the requests the server saw start were at least ``delay`` apart."""
    ordered = sorted(starts)
    return min(b - a for a, b in itertools.pairwise(ordered)) >= delay - ARRIVAL_JITTER


class Tracker:
    """Counts requests in flight, here and now and at most."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0

    def enter(self) -> None:
        with self.lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def leave(self) -> None:
        with self.lock:
            self.in_flight -= 1


class Site:
    """One test host. ``robots`` is served as /robots.txt (404 when None) unless
    ``robots_redirect`` sends it elsewhere."""

    def __init__(self, ip: str, shared: Tracker | None = None, *, port: int = 0) -> None:
        self.ip = ip
        self.robots: str | None = None
        self.robots_status = 200
        self.robots_redirect: str | None = None
        self.robots_headers: dict[str, str] = {}  # sent with robots.txt (or its redirect)
        self.moved_to = "/page"  # where /moved redirects
        self.hits: Counter[str] = Counter()
        self.log: list[tuple[float, str, dict[str, str]]] = []
        self.client_ports: set[int] = set()  # one per connection the clients opened
        self.tracker = Tracker()
        self.shared = shared
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer((ip, port), _Handler)
        self.server.site = self  # type: ignore[attr-defined]
        self.server.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def url(self, path: str = "/page") -> str:
        return f"http://{self.ip}:{self.port}{path}"

    def starts(self, path: str) -> list[float]:
        """When each request for ``path`` (query ignored) started, in order."""
        return [t for t, p, _ in self.log if urlsplit(p).path == path]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        site: Site = self.server.site
        trackers = [site.tracker] + ([site.shared] if site.shared else [])
        parts = urlsplit(self.path)
        with site.lock:
            site.hits[parts.path] += 1
            site.client_ports.add(self.client_address[1])
            site.log.append(
                (time.monotonic(), self.path, {k.lower(): v for k, v in self.headers.items()})
            )
        for tracker in trackers:
            tracker.enter()
        self._trackers = trackers
        try:
            route = ROUTES.get(parts.path) or _prefix_route(parts.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            route(self, site, query)
        finally:
            self._leave()

    def _leave(self) -> None:
        """A request is in flight until its response starts: once the client has the body it
        may start its next request while this handler is still returning, and counting it
        then would see one more request at once than the client ever made."""
        trackers, self._trackers = self._trackers, []
        for tracker in trackers:
            tracker.leave()

    def reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self._leave()
        self.send_response(status)
        all_headers = {"Content-Type": "text/html; charset=utf-8"}
        all_headers.update(headers or {})
        for name, value in all_headers.items():
            self.send_header(name, value)
        if "Content-Length" not in all_headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


Route = Callable[[_Handler, Site, dict[str, str]], None]


def _page(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(200, PAGE.encode())


def _article(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(200, ARTICLE)


# A story dated only by a relative stamp, as a local news theme prints it (invented).
RELATIVE_STAMPED = (
    '<html lang="en"><head><meta charset="utf-8"><title>Ferry returns to the harbour</title>'
    '</head><body><article><h1>Ferry returns to the harbour</h1><div class="post-meta">'
    '<span class="posted-on">3 hours ago</span></div><p>The old ferry came back to the '
    "harbour on Tuesday after a winter in the dry dock, repainted and with a new engine.</p>"
    "<p>Its first crossing of the season leaves at nine, the harbour master said.</p>"
    "</article></body></html>"
)


def _relative(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(200, RELATIVE_STAMPED.encode())


def _robots(h: _Handler, site: Site, q: dict[str, str]) -> None:
    extra = site.robots_headers
    if site.robots_redirect is not None:
        h.reply(301, b"", {"Location": site.robots_redirect, **extra})
    elif site.robots is None:
        h.reply(404, b"not found", {"Content-Type": "text/plain", **extra})
    else:
        h.reply(site.robots_status, site.robots.encode(), {"Content-Type": "text/plain", **extra})


def _slow(h: _Handler, site: Site, q: dict[str, str]) -> None:
    time.sleep(float(q.get("ms", "100")) / 1000)
    h.reply(200, PAGE.encode())


def _charset(h: _Handler, site: Site, q: dict[str, str]) -> None:
    text = "<html><head>{meta}<title>Café</title></head><body><p>Café “déjà” – à</p></body></html>"
    variant = h.path.rsplit("/", 1)[-1]
    if variant == "header":  # only the HTTP header says windows-1252
        body, ctype = text.format(meta="").encode("cp1252"), "text/html; charset=windows-1252"
    elif variant == "meta":  # only the <meta> prescan can tell
        meta = '<meta charset="windows-1252">'
        body, ctype = text.format(meta=meta).encode("cp1252"), "text/html"
    elif variant == "wrong":  # the header claims Latin-1, the bytes are UTF-8
        body, ctype = text.format(meta="").encode("utf-8"), "text/html; charset=iso-8859-1"
    elif variant == "bom":  # a UTF-8 BOM beats the header
        body = b"\xef\xbb\xbf" + text.format(meta="").encode("utf-8")
        ctype = "text/html; charset=iso-8859-1"
    else:  # "missing": no declaration anywhere, windows-1252 bytes
        body, ctype = CP1252_PAGE, "text/html"
    h.reply(200, body, {"Content-Type": ctype})


def _trickle(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """Headers at once, then a byte every ``every`` seconds: never a read timeout."""
    body = PAGE.encode()
    every = float(q.get("every", "0.1"))
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.flush()
    for i in range(len(body)):
        time.sleep(every)
        try:
            h.wfile.write(body[i : i + 1])
            h.wfile.flush()
        except OSError:
            return


def _trickle_headers(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """Even the status line and headers come a byte at a time."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 200 + b"\r\n"
    for i in range(len(head)):
        time.sleep(0.05)
        try:
            h.wfile.write(head[i : i + 1])
            h.wfile.flush()
        except OSError:
            return
    h.close_connection = True


def _stall(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """Headers, then silence for a second: a read timeout."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100")
    h.end_headers()
    h.wfile.flush()
    time.sleep(1.0)
    h.close_connection = True


@cache
def gzip_bomb() -> bytes:
    """50 MB of zeros, gzipped to about 50 KB."""
    return gzip.compress(bytes(50 * 1024 * 1024), compresslevel=9)


def _gzip_bomb(h: _Handler, site: Site, q: dict[str, str]) -> None:
    try:
        h.reply(200, gzip_bomb(), {"Content-Encoding": "gzip"})
    except OSError:
        h.close_connection = True


def _gzip_page(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(200, gzip.compress(PAGE.encode()), {"Content-Encoding": "gzip"})


def _deflate_page(h: _Handler, site: Site, q: dict[str, str]) -> None:
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)  # raw deflate, as some servers send it
    body = raw.compress(PAGE.encode()) + raw.flush()
    h.reply(200, body, {"Content-Encoding": "deflate"})


def _big_declared(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(50 * 1024 * 1024))
    h.end_headers()
    h.close_connection = True


def _big_chunked(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """No Content-Length: 5 MB in 64 KiB chunks, to be cut at the cap while streaming."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>"
    try:
        for _ in range(80):
            h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        h.wfile.write(b"0\r\n\r\n")
    except OSError:
        pass
    h.close_connection = True


def _bomb(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """A decompression bomb (see ``bombs``) sent with ``Content-Encoding: <coding>``."""
    from .bombs import BOMBS

    try:
        h.reply(200, BOMBS[q["coding"]](), {"Content-Encoding": q["coding"]})
    except OSError:
        h.close_connection = True


def _stack(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """The page (or, with ``bomb=1``, the gzip bomb) encoded with each of ``codings`` in turn
    (gzip, br, deflate), sent with ``Content-Encoding: <codings>``."""
    try:
        body = stacked_body(q["codings"], bomb=bool(q.get("bomb")))
        h.reply(200, body, {"Content-Encoding": q["codings"].replace(",", ", ")})
    except OSError:
        h.close_connection = True


@cache
def stacked_body(codings: str, *, bomb: bool) -> bytes:
    """``_stack``'s body, made once (a test makes it before fetching, outside the timeouts)."""
    import brotli

    from .bombs import gzip_bomb

    body, layers = PAGE.encode(), codings.split(",")
    if bomb:
        body, layers = gzip_bomb(), layers[1:]  # the bomb is the first gzip
    for coding in layers:
        if coding == "gzip":
            body = gzip.compress(body, compresslevel=1)
        elif coding == "deflate":
            body = zlib.compress(body, 1)
        else:
            body = bytes(brotli.compress(body, quality=1))
    return body


def _odd_coding(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """A plain page under a coding no one decodes, as misconfigured servers send."""
    h.reply(200, PAGE.encode(), {"Content-Encoding": q.get("coding", "utf-8")})


def _cut_body(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """Declares 1,000 bytes, sends 100, hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    h.wfile.write(PAGE.encode()[:100])
    h.close_connection = True


def _cut_gzip(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """A gzip body cut in half, with no length to tell: the end of the connection ends it."""
    body = gzip.compress(PAGE.encode() * 50)
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Encoding", "gzip")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(body[: len(body) // 2])
    h.close_connection = True


def _charset_label(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """A page whose header (or, with ``meta=1``, whose ``<meta>``) names charset ``label``."""
    label = q["label"]
    meta = f'<meta charset="{label}">' if q.get("meta") else ""
    body = b"" if q.get("empty") else f"<html><head>{meta}</head>{PAGE}".encode()
    ctype = "text/html" if q.get("meta") else f"text/html; charset={label}"
    h.reply(200, body, {"Content-Type": ctype})


def _redirect(h: _Handler, site: Site, q: dict[str, str]) -> None:
    left = int(h.path.rsplit("/", 1)[-1])
    target = "/page" if left == 0 else f"/redirect/{left - 1}"
    h.reply(302, b"", {"Location": target})


def _moved(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(302, b"", {"Location": site.moved_to})


def _loop(h: _Handler, site: Site, q: dict[str, str]) -> None:
    here = h.path.rsplit("/", 1)[-1]
    h.reply(301, b"", {"Location": "/loop/b" if here == "a" else "/loop/a"})


def _one_per_connection(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """A page, then the connection closed a moment later without a word (no ``Connection:
    close``): a request the client sent on it meanwhile is never answered, as happens when a
    server's keep-alive timeout ends just as the client reuses the connection."""
    h.reply(200, PAGE.encode())
    time.sleep(0.3)
    h.close_connection = True


def _close_at_once(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """The connection closed without a byte of answer."""
    h.close_connection = True


def _raw(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """``body`` (hex) served as it is, with the ``type`` given as its Content-Type."""
    h.reply(200, bytes.fromhex(q["body"]), {"Content-Type": q["type"]})


def _to(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(int(q.get("status", "302")), b"", {"Location": q["url"]})


def _status(h: _Handler, site: Site, q: dict[str, str]) -> None:
    code = int(h.path.rsplit("/", 1)[-1].split("?")[0])
    headers = {"Retry-After": q["retry_after"]} if "retry_after" in q else {}
    h.reply(code, f"status {code}".encode(), headers)


def _flaky(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """Fails ``fail`` times with ``status`` (and ``Retry-After`` if given), then succeeds."""
    with site.lock:
        seen = site.hits["/flaky"]
    if seen <= int(q.get("fail", "1")):
        headers = {"Retry-After": q["retry_after"]} if "retry_after" in q else {}
        h.reply(int(q.get("status", "503")), b"busy", headers)
    else:
        h.reply(200, PAGE.encode())


def _pdf(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(200, b"%PDF-1.4 not a page", {"Content-Type": "application/pdf"})


def _png_as_html(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(200, b"\x89PNG\r\n\x1a\n" + bytes(100), {"Content-Type": "text/html"})


def _no_type(h: _Handler, site: Site, q: dict[str, str]) -> None:
    body = PAGE.encode()
    h.send_response(200)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def _empty(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(200, b"")


def _etag(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """Must be revalidated every time; answers 304 when the ETag matches."""
    headers = {"ETag": '"v1"', "Cache-Control": "no-cache"}
    if h.headers.get("If-None-Match") == '"v1"':
        with site.lock:
            site.hits["304"] += 1
        h.reply(304, b"", headers)
    else:
        h.reply(200, PAGE.encode(), headers)


LAST_MODIFIED = "Sun, 29 Nov 2026 10:00:00 GMT"


def _last_modified(h: _Handler, site: Site, q: dict[str, str]) -> None:
    """Dated, without an ETag; answers 304 when If-Modified-Since is that date."""
    headers = {"Last-Modified": LAST_MODIFIED}
    if h.headers.get("If-Modified-Since") == LAST_MODIFIED:
        h.reply(304, b"", headers)
    else:
        h.reply(200, PAGE.encode(), headers)


def _fresh(h: _Handler, site: Site, q: dict[str, str]) -> None:
    h.reply(200, PAGE.encode(), {"Cache-Control": "max-age=3600"})


ROUTES: dict[str, Route] = {
    "/page": _page,
    "/article": _article,
    "/relative": _relative,
    "/robots.txt": _robots,
    "/slow": _slow,
    "/trickle": _trickle,
    "/trickle-headers": _trickle_headers,
    "/stall": _stall,
    "/gzip-bomb": _gzip_bomb,
    "/gzip-page": _gzip_page,
    "/deflate-page": _deflate_page,
    "/big-declared": _big_declared,
    "/big-chunked": _big_chunked,
    "/bomb": _bomb,
    "/odd-coding": _odd_coding,
    "/stack": _stack,
    "/cut-body": _cut_body,
    "/cut-gzip": _cut_gzip,
    "/charset-label": _charset_label,
    "/to": _to,
    "/moved": _moved,
    "/raw": _raw,
    "/one-per-connection": _one_per_connection,
    "/close-at-once": _close_at_once,
    "/flaky": _flaky,
    "/pdf": _pdf,
    "/png-as-html": _png_as_html,
    "/no-type": _no_type,
    "/empty": _empty,
    "/etag": _etag,
    "/last-modified": _last_modified,
    "/fresh": _fresh,
}
PREFIX_ROUTES: dict[str, Route] = {
    "/charset/": _charset,
    "/redirect/": _redirect,
    "/loop/": _loop,
    "/status/": _status,
}


def _prefix_route(path: str) -> Route:
    for prefix, route in PREFIX_ROUTES.items():
        if path.startswith(prefix):
            return route
    return lambda h, site, q: h.reply(404, b"no such route")
