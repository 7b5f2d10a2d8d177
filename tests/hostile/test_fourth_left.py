"""Holes the fourth red team (wave 59) noticed and left, each closed: "same site" read across
a public suffix, tabs and line breaks inside a page's addresses, backslashes in addresses
from content read one way by the page and another by discovery and redirects, and ``rules
test`` following a case's golden-file path anywhere on disk."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import newsextract
from newsextract.discovery.links import article_links
from newsextract.discovery.urls import same_site as discovery_same_site
from newsextract.page import same_site as page_same_site
from newsextract.sites import registrable_domain

from .test_blind_cli import clean, cli, story
from .test_blind_discovery import _discover, _sitemap, _xml
from .test_blind_fetch import PAGE, RawServer, head, outcome, robotless_server, send

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")
convert = pytest.importorskip("newsextract.store.convert")

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[RawServer]:
    yield from robotless_server()


# -- 1. one site is one registrable domain: tenants of a platform under a public suffix
# (github.io, blogspot.com in the list's private section) are sites of their own.

TENANTS = [
    ("https://harbour.github.io/news/plan", "https://github.io/news/plan"),
    ("https://harbour.github.io/news/plan", "https://quay.github.io/news/plan"),
    ("https://harbour.blogspot.com/2024/05/plan.html", "https://blogspot.com/2024/05/plan"),
    ("https://news.co.uk/a/plan", "https://co.uk/a/plan"),
]


def _write(store: object, html: str, url: str) -> object:
    article = newsextract.extract(html, url=url)
    check = records.PageCheck(url=url, checked_at=NOW, outcome="article")
    return store.write_article(article, check)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("victim", "claimant"), TENANTS)
def test_a_tenant_cannot_take_the_platform_s_or_another_tenant_s_row(
    victim: str, claimant: str, tmp_path: Path
) -> None:
    # Before, hosts one under the other were one site: quay.github.io's page naming
    # harbour.github.io's article as its canonical (through github.io: each is under it)
    # replaced that article's headline and body.
    with store_api.Store(tmp_path / "store.sqlite") as store:
        _write(store, story("Harbour plan", "The council met."), victim)
        fake = story("Plan withdrawn", "Nothing of the kind.").replace(
            "<title>", f"<link rel='canonical' href='{victim}'><title>"
        )
        result = _write(store, fake, claimant)
        assert result.url == claimant  # type: ignore[attr-defined]
        stored = {item.url: item for item in store.stored_articles()}
    assert stored[victim].revisions == 1
    assert stored[victim].article.title == "Harbour plan"


@pytest.mark.parametrize(
    ("host", "other", "same"),
    [
        ("harbour.github.io", "github.io", False),
        ("harbour.github.io", "quay.github.io", False),
        ("harbour.blogspot.com", "blogspot.com", False),
        ("bbc.co.uk", "co.uk", False),
        ("blog.harbour.github.io", "harbour.github.io", True),
        ("www.harbour.github.io", "harbour.github.io", True),
        ("m.harbour.example.org", "harbour.example.org", True),
        ("news.bbc.co.uk", "bbc.co.uk", True),
        ("x.platform.example", "platform.example", True),  # no listed suffix: names alone
        ("127.0.0.1", "0.0.1", False),
    ],
)
def test_one_rule_decides_same_site_everywhere(host: str, other: str, same: bool) -> None:
    assert convert.same_site(f"https://{host}/a", f"https://{other}/b") is same
    assert page_same_site(host.removeprefix("www."), other) is same
    longer, shorter = sorted((host, other), key=len, reverse=True)
    assert discovery_same_site(f"https://{longer}/a", f"https://{shorter}/") is same


def test_a_public_suffix_has_no_registrable_domain() -> None:
    assert registrable_domain("github.io") is None
    assert registrable_domain("b.a.github.io") == "a.github.io"
    assert registrable_domain("localhost") is None


def test_discovery_from_a_platform_s_home_does_not_crawl_its_tenants() -> None:
    html = """<a href="https://harbour.github.io/2024/05/02/harbour-bridge-reopens">A</a>
    <a href="/2024/05/02/platform-news-of-the-day">B</a>"""
    links = article_links(html, "https://github.io/")
    assert [link.url for link in links] == ["https://github.io/2024/05/02/platform-news-of-the-day"]


# -- 2. tabs and line breaks inside a page's addresses: a browser drops them before reading
# the URL, so "jav<TAB>ascript:" is a javascript: URL. Before, the image came out as the path
# "jav%20ascript:alert(1)" on the page's host (the tab read as a space, then escaped).

PAGE_URL = "https://news.example.org/2024/05/harbour-plan"
TABBED = {
    "jav\tascript:alert(1)": None,
    "java\nscript:alert(1)": None,
    "\tjava\r\nscript:alert(1)": None,
    "ht\ttps://cdn.example/img/a.jpg": "https://cdn.example/img/a.jpg",
    "https://cdn.exa\nmple/img/a.jpg": "https://cdn.example/img/a.jpg",
    "/images/\tphoto.jpg": "https://news.example.org/images/photo.jpg",
    "https://cdn.example/img/a b.jpg": "https://cdn.example/img/a%20b.jpg",  # a space stays
}


def _with_head(tag: str) -> str:
    return story().replace("<title>", f"{tag}<title>")


@pytest.mark.parametrize(("given", "meant"), list(TABBED.items()))
@pytest.mark.parametrize("where", ["og:image", "figure", "jsonld"])
def test_an_image_address_loses_its_tabs_and_line_breaks(
    given: str, meant: str | None, where: str
) -> None:
    if where == "og:image":
        html = _with_head(f"<meta property='og:image' content='{given}'>")
    elif where == "figure":
        html = story().replace("<h1>", f"<figure><img src='{given}'></figure><h1>", 1)
    else:
        script = json.dumps({"@type": "NewsArticle", "headline": "Harbour plan", "image": given})
        html = _with_head(f"<script type='application/ld+json'>{script}</script>")
    assert newsextract.extract(html, PAGE_URL).image == meant


CANONICAL_TABBED = {
    ("link", "jav\tascript:alert(1)"): PAGE_URL,
    ("og", "jav\tascript:alert(1)"): PAGE_URL,
    ("link", "/news/\n2024/harbour-plan"): "https://news.example.org/news/2024/harbour-plan",
    ("link", "https://news.exa\tmple.org/news/plan"): "https://news.example.org/news/plan",
    ("og", "https://news.exa\tmple.org/news/plan"): "https://news.example.org/news/plan",
}


@pytest.mark.parametrize(("given", "meant"), list(CANONICAL_TABBED.items()))
def test_a_canonical_address_loses_its_tabs_and_line_breaks(
    given: tuple[str, str], meant: str
) -> None:
    where, value = given
    tag = (
        f"<link rel='canonical' href='{value}'>"
        if where == "link"
        else f"<meta property='og:url' content='{value}'>"
    )
    assert newsextract.extract(_with_head(tag), PAGE_URL).canonical_url == meant


def test_a_saved_page_s_own_address_loses_its_tabs() -> None:
    # no URL given: the page's site is read from its canonical link
    html = _with_head("<link rel='canonical' href='https://news.exa\tmple.org/news/plan'>")
    assert newsextract.extract(html).canonical_url == "https://news.example.org/news/plan"


# -- 3. backslashes in addresses from content (a sitemap's <loc>, a page's link, a redirect's
# Location) read as a browser reads them, as a page's own addresses already were: urllib and
# httpx kept "\news\story" as a path with backslashes, and read "http://site\@other/x" as
# on other.


def test_a_redirect_s_backslashed_location_is_read_as_a_browser_reads_it(
    server: RawServer,
) -> None:
    server.routes["/a"] = send(head("302 Found", "Location: \\news\\plan", length=0))
    server.routes["/news/plan"] = send(head(length=len(PAGE)) + PAGE)
    page = outcome(server.url("/a"), 10)
    assert isinstance(page, newsextract.Page), page
    assert page.final_url == server.url("/news/plan")


def test_a_redirect_to_a_backslashed_host_goes_where_a_browser_goes(server: RawServer) -> None:
    # "http://127.0.0.1:PORT\@elsewhere.invalid/x": a browser's host is 127.0.0.1 (the
    # backslash ends the host); httpx read the user "127.0.0.1:PORT\" at elsewhere.invalid.
    target = f"http://127.0.0.1:{server.port}\\@elsewhere.invalid/story"
    server.routes["/a"] = send(head("302 Found", f"Location: {target}", length=0))
    server.routes["/@elsewhere.invalid/story"] = send(head(length=len(PAGE)) + PAGE)
    page = outcome(server.url("/a"), 10)
    assert isinstance(page, newsextract.Page), page
    assert page.final_url == server.url("/@elsewhere.invalid/story")


def test_listed_and_linked_backslashed_addresses_are_read_as_a_browser_reads_them(
    server: RawServer,
) -> None:
    here = server.url("")
    listed = [
        f"{here}\\news\\2024\\05\\harbour-plan.html",
        f"http:\\\\127.0.0.1:{server.port}\\news\\2024\\05\\ferry-back.html",
        f"{here}\\@elsewhere.invalid/2024/05/quay-works.html",
    ]
    server.routes["/sitemap.xml"] = send(_xml(_sitemap(listed)))
    home = (
        b"<html><body><a href='\\news\\2024\\05\\bridge-opens.html'>Bridge</a>"
        b"<a href='/\\elsewhere.invalid/2024/05/other-story.html'>Other</a></body></html>"
    )
    server.routes["/"] = send(head(length=len(home)) + home)
    found, _ = _discover(server.url("/"))
    urls = {item.url for item in found}
    assert server.url("/news/2024/05/harbour-plan.html") in urls
    assert server.url("/news/2024/05/ferry-back.html") in urls
    assert server.url("/@elsewhere.invalid/2024/05/quay-works.html") in urls
    assert not any("\\" in url or "%5C" in url.upper() for url in urls), urls
    # "/\elsewhere.invalid/..." is "//elsewhere.invalid/...": another site, not followed
    assert not any("elsewhere.invalid/2024/05/other" in url for url in urls), urls


# -- 4. ``rules test`` reads a case's files in the rule file's folder only: a golden file
# that is a link (or sits in a linked folder) to any JSON file on disk had its values
# printed in the test's diff.

SECRET = "Sesame-7f3a9 open"
RULE = (
    '[rule]\nname = "site"\ndomains = ["example.org"]\n'
    '[[tests]]\nhtml = "{html}"\nexpected = "{expected}"\nurl = "https://example.org/a"\n'
)


def _rules_folder(tmp_path: Path) -> tuple[Path, Path]:
    rules, outside = tmp_path / "rules", tmp_path / "outside"
    (rules / "cases").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.json").write_text(json.dumps({"title": SECRET}))
    (outside / "page.html").write_text(story(title=SECRET))
    (rules / "cases" / "p.html").write_text(story())
    (rules / "cases" / "p.json").write_text(json.dumps({"title": "Harbour plan"}))
    return rules, outside


@pytest.mark.parametrize(
    ("html", "expected", "plant"),
    [
        ("cases/p.html", "cases/link.json", ("cases/link.json", "secret.json")),
        ("cases/link.html", "cases/p.json", ("cases/link.html", "page.html")),
        ("linked/p.html", "linked/secret.json", ("linked", ".")),
    ],
)
def test_rules_test_reads_no_golden_file_through_a_link_out_of_the_folder(
    html: str, expected: str, plant: tuple[str, str], tmp_path: Path
) -> None:
    rules, outside = _rules_folder(tmp_path)
    (outside / "p.html").write_text(story())
    link, target = plant
    (rules / link).symlink_to(outside / target)
    (rules / "site.toml").write_text(RULE.format(html=html, expected=expected))
    status, out, err = cli("rules", "test", "--rules-dir", str(rules), "site")
    assert clean(status, err, (1,)), err[-1000:]
    assert SECRET not in out + err
    assert "RuleError" in out and "leads out of the rule's folder" in out
    assert "0 passed, 1 failed" in out


@pytest.mark.parametrize("expected", ["/etc/hostname", "../outside/secret.json", "cases/../../x"])
def test_rules_test_refuses_absolute_and_parent_paths(expected: str, tmp_path: Path) -> None:
    rules, _ = _rules_folder(tmp_path)
    (rules / "site.toml").write_text(RULE.format(html="cases/p.html", expected=expected))
    status, out, err = cli("rules", "test", "--rules-dir", str(rules), "site")
    assert clean(status, err, (1, 2)), err[-1000:]
    assert SECRET not in out + err
    assert "must be a path inside the rule file's folder" in out + err


def test_rules_test_follows_a_link_that_stays_in_the_folder(tmp_path: Path) -> None:
    rules, _ = _rules_folder(tmp_path)
    (rules / "cases" / "same.json").symlink_to(rules / "cases" / "p.json")
    (rules / "site.toml").write_text(RULE.format(html="cases/p.html", expected="cases/same.json"))
    status, out, err = cli("rules", "test", "--rules-dir", str(rules), "site")
    assert clean(status, err, (0,)), out + err[-1000:]
    assert "1 passed, 0 failed" in out
