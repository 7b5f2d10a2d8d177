"""``crawl``'s URLs come from the site: each is a page to fetch through the fetcher, whatever
its path. Before, a listed ``…/dump.warc.gz`` or ``…/dump.warc`` became a remote WARC
archive read through fsspec (past the fetcher's address guard, robots.txt and politeness;
without aiohttp an ImportError row) and a listed ``…/a*.warc`` a glob over the site."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
from pathlib import Path

from tests.discovery.conftest import MakeSite
from tests.discovery.test_article_kind import ARTICLE

from newsextract.batching import batch
from newsextract.cli import main

HTML = "text/html; charset=utf-8"


def _warc(target: str) -> bytes:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + ARTICLE
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {target}\r\nWARC-Record-ID: <urn:uuid:7>\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body + b"\r\n\r\n"


def test_a_listed_archive_is_fetched_as_a_page_not_read(
    make_site: MakeSite, tmp_path: Path
) -> None:
    listed = ["/2024/05/02/bridge-reopens", "/dump.warc.gz", "/dump.warc", "/a*.warc"]
    site = make_site("127.0.0.46", {})
    site.routes[listed[0]] = (200, HTML, ARTICLE)
    archive = _warc("http://intranet.example.org/secret")
    site.routes["/dump.warc.gz"] = (200, "application/octet-stream", gzip.compress(archive))
    site.routes["/dump.warc"] = (200, "application/octet-stream", archive)
    locs = "".join(f"<url><loc>{site.url}{path}</loc></url>" for path in listed)
    xml = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    site.routes["/sitemap.xml"] = (200, "application/xml", xml.encode())
    out = tmp_path / "crawl.jsonl"
    argv = ["crawl", site.url + "/sitemap.xml", "-o", str(out), "--delay", "0", "-j", "1"]
    with contextlib.redirect_stderr(io.StringIO()):
        code = main([*argv, "--no-progress", "--no-articles-only", "--ignore-robots"])
    rows = {row["input"]: row for row in map(json.loads, out.read_text().splitlines())}
    assert code == 1
    assert sorted(rows) == sorted(site.url + path for path in listed)
    assert rows[site.url + listed[0]]["status"] == "ok"
    for path in listed[1:]:
        row = rows[site.url + path]
        assert row["status"] == "error"
        assert row["stage"] == "fetch", row
        assert "intranet" not in json.dumps(row)
    assert site.hits["/dump.warc.gz"] == site.hits["/dump.warc"] == 1
    assert site.hits["/a*.warc"] == 1


def test_batch_urls_only_fetches_every_input() -> None:
    items = list(batch(["http://127.0.0.1:9/x.warc.gz", 5], workers=1, urls_only=True))
    failures = sorted((i.input, i.failure.stage) for i in items if i.failure is not None)
    assert failures == [("5", "read"), ("http://127.0.0.1:9/x.warc.gz", "fetch")]
