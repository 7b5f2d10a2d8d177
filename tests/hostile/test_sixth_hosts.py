"""The sixth red team (wave 61): the host reads the fifth left on ``urlsplit``. A browser
opens ``evil.example`` for "https://evil.example\\@harbour-news.example/" (a backslash ends
the host) and one host for ``BÜCHER.example`` and ``xn--bcher-kva.example``; read by
``urlsplit`` the first was on harbour-news.example (the page's own links counted as
another site's, the store filed the row under the other site) and the second two hosts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import newsextract
from newsextract.body.linked_lists import _other_site
from newsextract.body.neighbour_entries import _section
from newsextract.metadata.site_names import site_names_from_url, subdomain_names
from newsextract.page import host_of

LOOK_ALIKE = "https://evil.example\\@harbour-news.example/2024/05/quay-plan"


@pytest.mark.parametrize(
    ("url", "host"),
    [
        (LOOK_ALIKE, "evil.example"),
        ("https://www.evil.example\\.harbour-news.example/a", "evil.example"),
        ("https://BÜCHER.example/a", "xn--bcher-kva.example"),
        ("https://xn--bcher-kva.example/a", "xn--bcher-kva.example"),
        ("  https://harbour-news.example./a", "harbour-news.example"),
        ("https://harbour-news.example%2eevil.example/a", "harbour-news.example.evil.example"),
        ("ht\ttps://harbour-news.example/a", "harbour-news.example"),
        ("javascript://harbour-news.example/%0aalert(1)", ""),
        ("file://harbour-news.example/etc/passwd", ""),
        ("http://[::1/a", ""),
    ],
)
def test_a_page_s_host_is_the_one_a_browser_opens(url: str, host: str) -> None:
    assert host_of(url) == host


def test_a_link_to_the_page_s_own_idn_host_is_no_other_site() -> None:
    site = host_of("https://BÜCHER.example/2024/05/buch")
    assert not _other_site("https://xn--bcher-kva.example/2024/06/other", site)
    assert _other_site(LOOK_ALIKE, "harbour-news.example")


def test_a_page_s_section_is_on_the_host_a_browser_opens() -> None:
    assert _section("https://evil.example\\@harbour-news.example/word/garden") == (
        "evil.example",
        "/@harbour-news.example/word",
    )


def test_site_names_of_a_look_alike_are_the_opened_host_s() -> None:
    assert site_names_from_url("https://riverside.co.uk\\@harbour-news.co.uk/a/b") == [
        "riverside",
        "riverside.co.uk",
    ]
    assert subdomain_names("https://greencorner.bloggarden.net\\@other.example/a") == (
        subdomain_names("https://greencorner.bloggarden.net/a")
    )


store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")


def _story(title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>The harbour board met on Monday to settle the plan for the new quay.</p>"
        "</article></body></html>"
    )


def test_the_store_files_a_row_under_the_host_a_browser_opens(tmp_path: Path) -> None:
    now = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    urls = {
        "https://harbour-news.example/2024/05/quay-plan": "Quay plan",
        LOOK_ALIKE: "Plan withdrawn",
        "https://BÜCHER.example/2024/05/buch": "Ein Buch",
        "https://xn--bcher-kva.example/2024/06/heft": "Ein Heft",
    }
    with store_api.Store(tmp_path / "store.sqlite") as store:
        for url, title in urls.items():
            check = records.PageCheck(url=url, checked_at=now, outcome="article")
            store.write_article(newsextract.extract(_story(title), url=url), check)
        harbour = {a.title for a in store.articles(site="harbour-news.example")}
        books = {a.title for a in store.articles(site="bücher.example")}
        books_ascii = {a.title for a in store.articles(site="xn--bcher-kva.example")}
        evil = {a.title for a in store.articles(site="evil.example")}
    assert harbour == {"Quay plan"}
    assert evil == {"Plan withdrawn"}
    assert books == books_ascii == {"Ein Buch", "Ein Heft"}


convert = pytest.importorskip("newsextract.store.convert")


@pytest.mark.parametrize(
    ("url", "page_url", "same"),
    [
        # ศึกษา.ไทย is a public suffix: its tenants are sites of their own
        ("https://xn--12c1fe0br.xn--o3cw4h/a", "https://school.xn--12c1fe0br.xn--o3cw4h/b", False),
        ("https://xn--12c1fe0br.xn--o3cw4h/a", "https://school.ศึกษา.ไทย/b", False),
        ("https://news.school.xn--12c1fe0br.xn--o3cw4h/a", "https://school.ศึกษา.ไทย/b", True),
        ("https://xn--bcher-kva.de/a", "https://shop.BÜCHER.de/b", True),
    ],
)
def test_a_public_suffix_spelt_in_ascii_is_still_one(url: str, page_url: str, same: bool) -> None:
    assert convert.same_site(url, page_url) is same


@pytest.mark.parametrize("url", [LOOK_ALIKE, "https://www.BÜCHER.example/2024/05/buch"])
def test_a_scaffolded_rule_matches_its_own_page(url: str) -> None:
    from newsextract.rules.model import FieldRule, SiteRule
    from newsextract.rules.scaffold import rule_domain

    rule = SiteRule(
        name="scaffolded",
        domains=(rule_domain(url),),
        fields={"title": FieldRule(selectors=("h1",))},
    )
    assert newsextract.extract(_story("Quay plan"), url=url, rules=[rule]).rule == "scaffolded"
