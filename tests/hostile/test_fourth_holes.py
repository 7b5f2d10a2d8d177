"""Holes the fourth red team (wave 59) found around ``extract()``, each closed: files written
beside what the user named follow no link planted there (a rules folder is shared as a
repository, and git keeps symbolic links)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsextract
from newsextract.rules.scaffold import scaffold

from .test_blind_cli import clean, cli, story
from .test_blind_discovery import _xml
from .test_blind_fetch import RawServer, head, options, send

URL = "https://ex.org/news/harbour-plan"
PLANTED = ["site.toml", "cases/site_1.html", "cases/site_1.expected.json"]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    saved = tmp_path / "p.html"
    saved.write_text(story())
    return saved


@pytest.mark.parametrize("planted", PLANTED)
def test_rules_new_writes_nothing_through_a_dangling_link(
    planted: str, page: Path, tmp_path: Path
) -> None:
    # A link to a file not there yet: before, it was no file (Path.exists follows links),
    # and the write made the link's target, outside the folder, without --force.
    rules, outside = tmp_path / "rules", tmp_path / "outside.txt"
    (rules / "cases").mkdir(parents=True)
    (rules / planted).symlink_to(outside)
    argv = ("rules", "new", str(page), "--url", URL, "--name", "site", "-o", str(rules))
    status, _, err = cli(*argv)
    assert clean(status, err, (2,)), err[-1000:]
    assert "RuleExistsError" in err, err
    assert not outside.exists()


@pytest.mark.parametrize("planted", PLANTED)
def test_rules_new_force_replaces_a_link_not_what_it_names(
    planted: str, page: Path, tmp_path: Path
) -> None:
    rules, outside = tmp_path / "rules", tmp_path / "outside.txt"
    (rules / "cases").mkdir(parents=True)
    outside.write_text("kept")
    (rules / planted).symlink_to(outside)
    scaffold(page, URL, "site", rules, force=True)
    assert outside.read_text() == "kept"
    assert not (rules / planted).is_symlink() and (rules / planted).is_file()


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_rules_new_force_does_not_replace_a_fifo_or_a_folder(
    kind: str, page: Path, tmp_path: Path
) -> None:
    # A FIFO no program reads held the run for ever; a folder failed with an OSError.
    rules = tmp_path / "rules"
    (rules / "cases").mkdir(parents=True)
    target = rules / "cases" / "site_1.html"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    status, _, err = cli(
        "rules", "new", str(page), "--url", URL, "--name", "site", "-o", str(rules), "--force",
        seconds=30,
    )  # fmt: skip
    assert clean(status, err, (2,)), err[-1000:]
    assert "RuleExistsError" in err, err
    assert not (rules / "site.toml").exists()
    with pytest.raises(newsextract.RuleExistsError):
        scaffold(page, URL, "site", rules, force=True)


def test_a_parquet_output_is_not_written_through_a_link_at_its_staging_name(
    page: Path, tmp_path: Path
) -> None:
    # The rows are gathered in OUT.writing, then renamed to OUT: a link planted there sent
    # them to its target, outside the folder, and the output became a link to it.
    folder, outside = tmp_path / "out", tmp_path / "outside.bin"
    folder.mkdir()
    (folder / "o.parquet.writing").symlink_to(outside)
    output = folder / "o.parquet"
    status, _, err = cli("batch", str(page), "-o", str(output), "--no-progress", "-j", "1")
    assert clean(status, err, (0,)), err[-1000:]
    assert not outside.exists()
    assert output.is_file() and not output.is_symlink()


# A page's own addresses read as a browser reads them: a backslash before the query is a
# slash in an http(s) URL (the URL Standard). Before, urllib made "\\cdn.example\a.jpg" a
# path on the page's host, and "https://site\@other/" was on other for this package but on
# site for every browser.
PAGE_URL = "https://news.example.org/2024/05/harbour-plan"
IMAGES = {
    "\\\\cdn.example\\img\\a.jpg": "https://cdn.example/img/a.jpg",
    "/images\\photo.jpg": "https://news.example.org/images/photo.jpg",
    "images\\b.jpg": "https://news.example.org/2024/05/images/b.jpg",
    "https:\\\\cdn.example\\a.jpg": "https://cdn.example/a.jpg",
    "https://news.example.org\\@cdn.example/a.jpg": "https://news.example.org/@cdn.example/a.jpg",
    "https://cdn.example/a.jpg?x=\\y#\\z": "https://cdn.example/a.jpg?x=\\y#\\z",
}


@pytest.mark.parametrize(("given", "meant"), list(IMAGES.items()))
def test_an_image_address_with_backslashes_is_read_as_a_browser_reads_it(
    given: str, meant: str
) -> None:
    html = story().replace("<title>", f"<meta property='og:image' content='{given}'><title>")
    assert newsextract.extract(html, PAGE_URL).image == meant


CANONICALS = {
    ("link", "/news\\2024\\harbour-plan"): "https://news.example.org/news/2024/harbour-plan",
    ("link", "https:\\\\news.example.org\\news\\story"): "https://news.example.org/news/story",
    ("link", "/\\other.example/story"): "https://other.example/story",
    ("og", "https://news.example.org\\@other.example/story"): (
        "https://news.example.org/@other.example/story"
    ),
}


@pytest.mark.parametrize(("given", "meant"), list(CANONICALS.items()))
def test_a_canonical_address_with_backslashes_is_read_as_a_browser_reads_it(
    given: tuple[str, str], meant: str
) -> None:
    where, value = given
    tag = (
        f"<link rel='canonical' href='{value}'>"
        if where == "link"
        else f"<meta property='og:url' content='{value}'>"
    )
    html = story().replace("<title>", f"{tag}<title>")
    assert newsextract.extract(html, PAGE_URL).canonical_url == meant


def _error_names(kind: type[BaseException]) -> set[str]:
    names = {kind.__name__}
    for sub in kind.__subclasses__():
        names |= _error_names(sub)
    return names


def _index(children: list[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{url}</loc></sitemap>" for url in children)
    xmlns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    return f'<?xml version="1.0"?><sitemapindex {xmlns}>{entries}</sitemapindex>'.encode()


def _discover_failures(server: RawServer, path: str, **changes: object) -> list[str]:
    found = newsextract.discover(
        server.url(path), fetch_options=options(), articles_only=False, **changes
    )
    for _ in found:
        pass
    return [failure.error_type for failure in found.failures]


def test_sources_left_unread_are_typed_failures() -> None:
    # Past max_sources (robots.txt naming 1,000 sitemaps, an index of 1,000), below
    # max_depth, and an index repeating itself: each failure named RuntimeError or
    # RecursionError, the only discovery failures that named no NewsExtractError.
    server = RawServer()
    try:
        sitemaps = "".join(f"Sitemap: {server.url(f'/s{i}.xml')}\n" for i in range(1_000))
        robots = f"User-agent: *\nAllow: /\n{sitemaps}".encode()
        server.routes["/robots.txt"] = send(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n"
            % len(robots)
            + robots
        )
        server.routes["/"] = send(head(length=13) + b"<html></html>")
        for i in range(1_000):
            children = [server.url(f"/s{i}_{j}.xml") for j in range(3)]
            server.routes[f"/s{i}.xml"] = send(_xml(_index(children)))
        server.routes["/self.xml"] = send(
            _xml(_index([server.url(f"/self.xml?{i}") for i in range(50)]))
        )
        for path, changes in (("/", {}), ("/s0.xml", {"max_depth": 0}), ("/self.xml", {})):
            failures = _discover_failures(server, path, **changes)
            # after discovery: its own errors' module is loaded on first use
            typed_names = _error_names(newsextract.NewsExtractError)
            assert failures, path
            assert set(failures) <= typed_names, (path, failures)
    finally:
        server.close()
