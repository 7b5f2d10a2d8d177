"""Titles the 75th wave's blind probe found missing: a page whose ``<title>`` is only the
site's name and whose post sits in its one ``<main>`` without an ``<article>`` (the first
heading there, opening the box and linking nowhere), a job posting's JSON-LD ``title``, and
a ``<title>`` that opens with a file's path followed by words ("docs/migration.md at main
· acme/ledger"), which names the page by its address. The guards: a teaser's linked heading,
a heading after the text, several main boxes, several postings, a capitalised
"TV/Radio.de" headline."""

from __future__ import annotations

import json
import time

import pytest

import newsextract
from newsextract.metadata.title import opens_with_page_path

_TEXT = "<p>" + "The council met on Tuesday evening and agreed the plan after a long debate. " * 3
_SITE = '<meta property="og:site_name" content="Valley Courier">'
_URL = "https://valleycourier.example.com/news/item-2024"


def _page(title: str, main: str, head: str = _SITE, *, tag: str = "main") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><header><a href='/'>Valley "
        f"Courier</a></header><{tag}>{main}</{tag}><footer>© Valley Courier</footer>"
        "</body></html>"
    )


def _title(html: str) -> str | None:
    return newsextract.extract(html, url=_URL).title


def test_main_box_heading_under_a_site_only_title() -> None:
    heading = '<h2 class="news-title">Bridge reopens after repairs</h2>'
    main = f'<div class="news-item">{heading}{_TEXT}</p></div>'
    assert _title(_page("Valley Courier", main)) == "Bridge reopens after repairs"


def test_role_main_box_heading_under_a_site_only_title() -> None:
    main = f"<h3>Bridge reopens after repairs</h3>{_TEXT}</p>"
    html = _page("Valley Courier", main, tag='div role="main"')
    assert _title(html) == "Bridge reopens after repairs"


@pytest.mark.parametrize(
    "main",
    [
        # a teaser's heading links to its story: a list, which the site's name titles
        f'<h2><a href="/news/a">Bridge reopens after repairs</a></h2>{_TEXT}</p>'
        f'<h2><a href="/news/b">School gets a new roof</a></h2>{_TEXT}</p>',
        # a heading after the text is a subheading
        f"{_TEXT}</p><h2>Bridge reopens after repairs</h2>{_TEXT}</p>",
    ],
)
def test_main_box_guards(main: str) -> None:
    assert _title(_page("Valley Courier", main)) != "Bridge reopens after repairs"


def test_two_main_boxes_give_no_heading() -> None:
    main = f"<h2>Bridge reopens after repairs</h2>{_TEXT}</p>"
    html = _page("Valley Courier", main).replace("<footer>", f"<main>{main}</main><footer>")
    assert _title(html) != "Bridge reopens after repairs"


def _job(*titles: str) -> str:
    nodes = [{"@context": "https://schema.org", "@type": "JobPosting", "title": t} for t in titles]
    return "".join(
        f'<script type="application/ld+json">{json.dumps(node)}</script>' for node in nodes
    )


def test_job_posting_title_is_the_page_title() -> None:
    html = _page("Jobs | Valley Courier", f"<div>{_TEXT}</p></div>", _SITE + _job("Night editor"))
    assert _title(html) == "Night editor"


def test_several_job_postings_name_no_title() -> None:
    head = _SITE + _job("Night editor", "Photographer")
    html = _page("Jobs | Valley Courier", f"<div>{_TEXT}</p></div>", head)
    assert _title(html) not in {"Night editor", "Photographer"}


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("docs/migration.md at main · acme/ledger", True),
        ("ledger/docs/README.md at main · acme/ledger", True),
        ("notes/2026.md", True),
        # headlines with a slash: no file's path
        ("TV/Radio.de startet neues Programm", False),
        ("Node.js/Deno: a comparison", False),
        ("AC/DC live in Berlin", False),
    ],
)
def test_file_path_titles(title: str, want: bool) -> None:
    assert opens_with_page_path(title) is want


def test_file_path_title_gives_way_to_the_heading() -> None:
    heading = "<h1>Migrating from version 2 to version 3</h1>"
    main = f'<article class="markdown-body">{heading}{_TEXT}</p></article>'
    html = _page("docs/migration.md at main · acme/ledger", main)
    assert _title(html) == "Migrating from version 2 to version 3"


@pytest.mark.parametrize(
    "text",
    [" " * 100_000, "a" * 100_000, "a/" * 50_000, "a/b" + ".b" * 50_000, "a/" + "b." * 50_000],
)
def test_file_path_pattern_stays_linear(text: str) -> None:
    start = time.perf_counter()
    opens_with_page_path(text)
    assert time.perf_counter() - start < 1.0


_LOGO = "<header><h1 class='logo'><a href='/'>Valley Courier</a></h1></header>"


def _logo_page(title: str, main: str) -> str:
    return (
        f"<html><head><title>{title}</title>{_SITE}</head><body>{_LOGO}<main>{main}</main>"
        "</body></html>"
    )


def test_logo_h1_and_section_title_give_the_main_heading() -> None:
    main = f'<div class="news"><h2 class="news-title">Bridge reopens after repairs</h2>{_TEXT}</p>'
    assert _title(_logo_page("News | Valley Courier", main)) == "Bridge reopens after repairs"


def test_logo_h1_and_a_long_title_part_keep_the_title() -> None:
    # a part longer than a section's name is the page's own headline
    main = f"<div><h2>Bridge reopens after repairs</h2>{_TEXT}</p></div>"
    html = _logo_page("Council agrees the new budget plan | Valley Courier", main)
    assert _title(html) == "Council agrees the new budget plan"
