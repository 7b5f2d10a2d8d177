"""The fifth red team (wave 60): a site rule, and a kicker's "same site", go by the host a
browser opens. Read by ``urlsplit``, "https://evil.example\\.news.example/" was on a host
under news.example and took its rule (a browser opens evil.example: the backslash ends the
host), and an internationalised host spelt another way ("BÜCHER.example" against
"xn--bcher-kva.example", full-width letters) missed its own rule."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.browser_urls import browser_host
from newsextract.metadata.kicker import kicker_candidate
from newsextract.page import ParsedPage
from newsextract.rules.model import FieldRule, SiteRule

RULE_TITLE = "Taken by the site rule"
RULES = [
    SiteRule(
        name=name,
        domains=(domain,),
        fields={"title": FieldRule(selectors=("#rule-title",))},
    )
    for name, domain in (
        ("harbour", "harbour-news.example"),
        ("books", "bücher.example"),
        ("fass", "fass.example"),
    )
]
HTML = (
    "<html><head><title>Generic title</title></head><body><article><h1>Generic title</h1>"
    f"<p id=rule-title>{RULE_TITLE}</p><p>The harbour board met on Monday to settle the"
    " plan for the new quay, which opens next spring after two years of work.</p>"
    "</article></body></html>"
)


def _rule_of(url: str) -> str | None:
    return newsextract.extract(HTML, url=url, rules=RULES).rule


@pytest.mark.parametrize(
    "host",
    [
        "evil.example\\.harbour-news.example",  # a browser opens evil.example
        "evil.example\\\\.harbour-news.example",
        "evil.example\\@www.harbour-news.example",
        "evil.example%5C.harbour-news.example",  # a backslash, escaped: no host at all
        "evil.example%2F.harbour-news.example",
        "evil.example .harbour-news.example",
        "harbour-news.example.evil.example",
        "evilharbour-news.example",
        "harbour-news.example@evil.example",
        "faß.example",  # a name of its own to a browser (UTS 46, non-transitional)
    ],
)
def test_a_look_alike_host_takes_no_site_rule(host: str) -> None:
    assert _rule_of(f"https://{host}/2024/05/quay-plan") is None


@pytest.mark.parametrize(
    ("host", "rule"),
    [
        ("HARBOUR-NEWS.EXAMPLE", "harbour"),
        ("harbour-news.example.", "harbour"),
        ("harbour-news.example:8443", "harbour"),
        ("city.harbour-news.example", "harbour"),
        ("ｈａｒｂｏｕｒ-news.example", "harbour"),  # full-width letters
        ("harbour-news。example", "harbour"),  # an ideographic full stop
        ("evil.example%2Eharbour-news.example", "harbour"),  # evil.example.harbour-news...
        ("xn--bcher-kva.example", "books"),
        ("BÜCHER.example", "books"),
        ("news.bücher.example", "books"),
        ("fass.example", "fass"),
    ],
)
def test_a_host_a_browser_reads_as_the_site_s_takes_its_rule(host: str, rule: str) -> None:
    assert _rule_of(f"https://{host}/2024/05/quay-plan") == rule


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://a.example\\.b.example/x", "a.example"),
        ("https://u:p@A.Example.:8080/", "a.example"),
        ("//cdn.example/a.jpg", "cdn.example"),
        ("https://[::1]:8080/", "::1"),
        ("https://[::1/", ""),
        ("https://a b.example/", ""),
        ("https://a_b.example/", "a_b.example"),
        ("https://a_ü.example/", "a_ü.example"),  # no IDN: kept as it is, in lower case
    ],
)
def test_browser_host(url: str, host: str) -> None:
    assert browser_host(url) == host


PAGE_URL = "https://harbour-news.example/2024/05/quay-plan"


def _kicker(href: str) -> tuple[str, ...] | None:
    html = (
        f"<html><body><article><header><a href='{href}'>Harbour</a><h1>Quay plan</h1>"
        "</header><p>The board met.</p></article></body></html>"
    )
    page = ParsedPage(html, PAGE_URL)
    h1 = page.tree.css_first("h1")
    assert h1 is not None
    found = kicker_candidate(h1, PAGE_URL)
    return None if found is None else found.value  # type: ignore[return-value]


@pytest.mark.parametrize(
    "href",
    [
        "/\\evil.example/harbour/",  # "//evil.example/harbour/" to a browser
        "\\\\evil.example/harbour/",
        "https://evil.example\\@harbour-news.example/harbour/",
        "https://harbour-news.example.evil.example/harbour/",
    ],
)
def test_a_kicker_link_to_another_site_is_no_section(href: str) -> None:
    assert _kicker(href) is None


@pytest.mark.parametrize(
    "href",
    [
        "/harbour/",
        "https://HARBOUR-NEWS.example.:443/harbour/",
        "https://www.harbour-news.example/harbour/",
        "//harbour-news.example/harbour/",
    ],
)
def test_a_kicker_link_to_the_site_s_section_is_read(href: str) -> None:
    assert _kicker(href) == ("Harbour",)
