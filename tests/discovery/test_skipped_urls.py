"""``discover`` sets aside the listed URLs whose path says they are no article, with the
reason, instead of handing them on as articles (issue 13, item 5)."""

from __future__ import annotations

import json

import pytest
from tests.discovery.conftest import FAST, MakeSite, StaticSite

from newsextract import discover
from newsextract.discovery.links import non_article_reason

_LISTED = (
    "/2024/05/02/council-votes-on-harbour-budget",
    "/news/ferry-fares-rise-from-april",
    "/live/election-night",
    "/about",
    "/tag/elections",
    "/author/jane-doe",
    "/images/harbour.jpg",
    "/",
)


@pytest.fixture
def sitemap_site(make_site: MakeSite) -> StaticSite:
    site = make_site("127.0.0.46", {})
    entries = "".join(f"<url><loc>{site.url}{path}</loc></url>" for path in _LISTED)
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    site.routes["/sitemap.xml"] = (200, "application/xml", sitemap.encode())
    return site


def test_urls_that_are_no_article_are_skipped_with_the_reason(sitemap_site: StaticSite) -> None:
    run = discover(f"{sitemap_site.url}/sitemap.xml", fetch_options=FAST)
    paths = sorted(item.url.removeprefix(sitemap_site.url) for item in run)
    assert paths == sorted(_LISTED[:3])
    reasons = {item.url.removeprefix(sitemap_site.url): item.reason for item in run.skipped}
    assert set(reasons) == set(_LISTED[3:])
    assert reasons["/about"] == "an index or service page (/about)"
    assert reasons["/tag/elections"] == "a listing page (/tag/…)"
    assert reasons["/images/harbour.jpg"] == "a .jpg file, not a page"
    assert all(item.via == "sitemap" for item in run.skipped)


def test_articles_only_off_hands_on_every_url(sitemap_site: StaticSite) -> None:
    run = discover(f"{sitemap_site.url}/sitemap.xml", articles_only=False, fetch_options=FAST)
    assert len(list(run)) == len(_LISTED)
    assert run.skipped == ()


def test_the_cli_counts_them_and_writes_jsonl_rows_with_the_reason(
    sitemap_site: StaticSite, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsextract.cli import main

    args = ["discover", f"{sitemap_site.url}/sitemap.xml", "--delay", "0", "--timeout", "2"]
    assert main([*args, "-f", "jsonl"]) == 0
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert len(rows) == len(_LISTED)
    assert sum(row["skipped"] is None for row in rows) == 3
    about = next(row for row in rows if row["url"].endswith("/about"))
    assert about["skipped"] == "an index or service page (/about)"
    assert "3 URLs, 5 skipped (not articles), 0 sources failed" in captured.err

    assert main(args) == 0  # text: only the article URLs, for pipes
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert main([*args, "--no-articles-only"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(_LISTED)


@pytest.mark.parametrize(
    "path",
    [
        "/video/2024/05/02/harbour-tour",  # a content word with a dated path below it
        "/tag/2024/05/02/slug",  # deeper than a listing
        "/politics/council-votes-on-harbour-budget",
        "/a/12345678",
    ],
)
def test_paths_that_may_be_articles_are_not_skipped(path: str) -> None:
    assert non_article_reason(f"https://news.example{path}") is None
