"""``crawl`` keeps articles only: a site's about page or section front, fetched from a loopback
site, is a skipped row with the reason, not an empty article; ``--resume`` counts it done."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

from tests.discovery.conftest import MakeSite, StaticSite
from tests.discovery.test_article_kind import ABOUT, ARTICLE, SECTION_FRONT, UNDECLARED_ARTICLE

from newsextract.batching.progress import Progress
from newsextract.batching.results import BatchItem, Skipped
from newsextract.batching.rows import columns
from newsextract.cli import main

HTML = "text/html; charset=utf-8"
PAGES = {
    "/2024/05/02/bridge-reopens": ARTICLE,
    "/2024/05/01/council-vote": UNDECLARED_ARTICLE,
    "/about": ABOUT,
    "/local": SECTION_FRONT,
}


def sitemap(base: str, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path in paths)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def gazette(make_site: MakeSite) -> StaticSite:
    site = make_site("127.0.0.44", {path: (200, HTML, body) for path, body in PAGES.items()})
    site.routes["/sitemap.xml"] = (200, "application/xml", sitemap(site.url, list(PAGES)))
    return site


def crawl(site: StaticSite, out: Path, *extra: str) -> tuple[int, str, list[dict[str, Any]]]:
    argv = ["crawl", site.url + "/sitemap.xml", "-o", str(out), "--delay", "0", "-j", "1"]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([*argv, "--no-progress", *extra])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return code, err.getvalue(), rows


def test_crawl_skips_pages_that_are_not_articles_and_says_why(
    make_site: MakeSite, tmp_path: Path
) -> None:
    site = gazette(make_site)
    code, err, rows = crawl(site, tmp_path / "news.jsonl")
    assert code == 0  # a skipped page is no failure
    status = {row["input"].removeprefix(site.url): row["status"] for row in rows}
    assert status == {
        "/2024/05/02/bridge-reopens": "ok",
        "/2024/05/01/council-vote": "ok",
        "/about": "skipped",
        "/local": "skipped",
    }
    about = next(row for row in rows if row["input"].endswith("/about"))
    assert list(about) == list(columns())
    assert about["url"] == site.url + "/about"
    assert about["message"].startswith("not an article: body of ")
    assert about["title"] is None and about["body"] is None  # not stored as an empty article
    local = next(row for row in rows if row["input"].endswith("/local"))
    assert local["message"] == "not an article: JSON-LD @type CollectionPage"
    assert "2 articles, 2 skipped (not articles), 0 failures" in err


def test_a_resumed_crawl_does_not_fetch_a_skipped_page_again(
    make_site: MakeSite, tmp_path: Path
) -> None:
    site = gazette(make_site)
    out = tmp_path / "news.jsonl"
    crawl(site, out)
    code, err, rows = crawl(site, out, "--resume")
    assert code == 0 and "resumed: 4 inputs were already done" in err
    assert len(rows) == 4
    assert site.hits["/about"] == 1 and site.hits["/local"] == 1


def test_crawl_can_keep_every_page(make_site: MakeSite, tmp_path: Path) -> None:
    site = gazette(make_site)
    code, _, rows = crawl(site, tmp_path / "all.jsonl", "--no-articles-only")
    assert code == 0 and {row["status"] for row in rows} == {"ok"}


def test_progress_counts_skipped_pages_apart_from_failures() -> None:
    bar = Progress(enabled=False, file=io.StringIO())
    bar.update(BatchItem(input="about", skipped=Skipped(reason="not an article")))
    assert (bar.done, bar.failed, bar.skipped) == (1, 0, 1)
