"""A loopback news site whose articles change between crawls: real HTTP on 127.0.0.x.

It serves ``/robots.txt`` (naming the sitemap), ``/sitemap.xml`` (every article with its
``lastmod``) and ``/news/<slug>`` pages that declare a ``NewsArticle`` and carry an ``ETag``
and ``Last-Modified``, answering 304 to a conditional request for an unchanged page. Tests
change ``stories`` between crawls and read ``hits`` (requests per kind).
"""

from __future__ import annotations

import hashlib
import html
import json
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import attrs

from newsextract import FetchOptions

#: Fetch options for loopback sites: no politeness delay, no retries, short timeouts.
FAST = FetchOptions(
    per_host_delay=0.0,
    per_host_concurrency=8,
    connect_timeout=5,
    read_timeout=5,
    total_timeout=10,
    retries=0,
    trust_env=False,
)
FIRST_DAY = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@attrs.define
class Story:
    """One article of the site; change ``title``/``body`` and ``modified`` to revise it."""

    title: str
    body: str
    modified: datetime = FIRST_DAY
    lastmod_in_sitemap: bool = True

    def page(self, url: str) -> bytes:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "datePublished": FIRST_DAY.isoformat(),
            "dateModified": self.modified.isoformat(),
            "author": {"@type": "Person", "name": "Ann Lee"},
            "mainEntityOfPage": url,
        }
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in self.body.split("\n\n"))
        return (
            "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{html.escape(self.title)}</title>"
            f"<link rel='canonical' href='{url}'>"
            f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body>"
            f"<header><a href='/'>The Loopback Times</a></header><article>"
            f"<h1>{html.escape(self.title)}</h1><p class='byline'>By Ann Lee</p>"
            f"<time datetime='{FIRST_DAY.isoformat()}'>20 November 2026</time>"
            f"{paragraphs}</article><footer>© The Loopback Times</footer></body></html>"
        ).encode()


def story_text(n: int, topic: str = "harbour") -> str:
    """A body of four paragraphs, its words told apart by ``n`` and ``topic``."""
    return "\n\n".join(
        f"Report {n} on the {topic}: paragraph {p} says the {topic} committee met on day "
        f"{n + p} and agreed on plan {n * 7 + p}, after long talks with residents who had "
        f"asked for changes to the {topic} works since spring of year {2000 + n % 20}."
        for p in range(4)
    )


class NewsSite:
    """The site: ``stories`` by slug, ``hits`` per kind of request, ``delay`` per article."""

    def __init__(self, ip: str, stories: dict[str, Story] | None = None) -> None:
        self.stories: dict[str, Story] = stories or {}
        self.hits: Counter[str] = Counter()
        self.delay = 0.0
        self.broken: set[str] = set()  # slugs that answer 500
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: without this, Nagle's algorithm holds
            # the second until the client's delayed ACK, 40 ms a response on loopback.
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                site.serve(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((ip, 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://{ip}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def article_url(self, slug: str) -> str:
        return f"{self.url}/news/{slug}"

    def count(self, kind: str) -> None:
        with self.lock:
            self.hits[kind] += 1

    def serve(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?", 1)[0]
        if path == "/robots.txt":
            self.count("robots")
            self.reply(request, 200, f"Sitemap: {self.url}/sitemap.xml\n".encode(), "text/plain")
        elif path == "/sitemap.xml":
            self.count("sitemap")
            self.reply(request, 200, self.sitemap(), "application/xml")
        elif path.startswith("/news/") and path[6:] in self.stories:
            self.article(request, path[6:])
        else:
            self.count("other")
            self.reply(request, 404, b"not found", "text/plain")

    def sitemap(self) -> bytes:
        entries = []
        for slug, story in list(self.stories.items()):
            lastmod = (
                f"<lastmod>{story.modified.isoformat()}</lastmod>"
                if story.lastmod_in_sitemap
                else ""
            )
            entries.append(f"<url><loc>{self.article_url(slug)}</loc>{lastmod}</url>")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(entries)
            + "</urlset>"
        ).encode()

    def article(self, request: BaseHTTPRequestHandler, slug: str) -> None:
        if self.delay:
            time.sleep(self.delay)
        if slug in self.broken:
            self.count("error")
            self.reply(request, 500, b"server error", "text/plain")
            return
        story = self.stories[slug]
        body = story.page(self.article_url(slug))
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {"ETag": etag, "Last-Modified": format_datetime(story.modified, usegmt=True)}
        if request.headers.get("If-None-Match") == etag:
            self.count("article-304")
            self.reply(request, 304, b"", "text/html; charset=utf-8", headers)
            return
        self.count("conditional-200" if request.headers.get("If-None-Match") else "article")
        self.reply(request, 200, body, "text/html; charset=utf-8", headers)

    @staticmethod
    def reply(
        request: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        kind: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        request.send_response(status)
        request.send_header("Content-Type", kind)
        request.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.end_headers()
        request.wfile.write(body)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def stories(count: int, topic: str = "harbour") -> dict[str, Story]:
    return {
        f"{topic}-report-number-{n}": Story(
            title=f"The {topic} report number {n}", body=story_text(n, topic)
        )
        for n in range(count)
    }
