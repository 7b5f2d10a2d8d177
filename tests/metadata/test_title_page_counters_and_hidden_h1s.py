"""Edges of the second round's title rules: a page's number written inside its words, an
``<h1>`` in a box the page hides, a JSON-LD item at another address, a section's name of one
word before the site's name. Pages and names are made up."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.metadata.item_address import names_another_page
from newsextract.metadata.markup_headlines import in_hidden_or_modal_box
from newsextract.metadata.site_names import split_site_name
from newsextract.metadata.title_cleanup import without_page_number
from newsextract.page import ParsedPage


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("公园开放 第2页 - 江城新闻网", "公园开放 - 江城新闻网"),
        ("公园开放(第2页)_江城新闻网", "公园开放_江城新闻网"),
        ("図書館が開館（2ページ目） | みなと新報", "図書館が開館 | みなと新報"),
        ("분수 설치 (2페이지) - 강변일보", "분수 설치 - 강변일보"),
        # a counter inside the headline's words, or the whole title, stays
        ("第2页讲话引发热议", "第2页讲话引发热议"),
        ("第2页", "第2页"),
    ],
)
def test_page_counter_cut(title: str, want: str) -> None:
    assert without_page_number(title) == want


def _first(html: str, selector: str = "h1") -> bool:
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None
    return in_hidden_or_modal_box(node)


def test_hidden_boxes() -> None:
    assert _first("<dialog><div><h1>Sign up</h1></div></dialog>")
    assert not _first("<dialog open><h1>Sign up</h1></dialog>")
    assert _first('<div style="display : none"><h1>Sign up</h1></div>')
    assert _first('<div aria-hidden="true"><h1>Menu</h1></div>')
    assert _first("<amp-sidebar><h1>Menu</h1></amp-sidebar>")
    assert _first('<div role="dialog"><h1>We use cookies</h1></div>')
    # a headline set for screen readers only is the page's own: classes are not read
    assert not _first('<h1 class="sr-only">Mayor opens the bridge</h1>')


def test_hidden_h1_alone_is_still_the_headline() -> None:
    html = (
        "<html><head><title>Valley Post</title></head><body><div hidden><h1>Mayor opens the"
        " new bridge</h1></div><p>The bridge opened on Tuesday morning.</p></body></html>"
    )
    assert newsextract.extract(html, url="https://valleypost.com/a/1").title == (
        "Mayor opens the new bridge"
    )


def _page(url: str, item_url: str, head: str = "") -> tuple[dict[str, str], ParsedPage]:
    html = f"<html><head>{head}</head><body><p>x</p></body></html>"
    return {"url": item_url}, ParsedPage(html, url)


@pytest.mark.parametrize(
    ("url", "item_url", "head", "other"),
    [
        (
            "https://valleypost.example/news/bridge",
            "https://valleypost.example/news/ferry",
            "",
            True,
        ),
        # the same page: a trailing slash, a query, an AMP copy, another host
        (
            "https://valleypost.example/news/bridge",
            "https://valleypost.example/news/bridge/",
            "",
            False,
        ),
        (
            "https://valleypost.example/news/bridge?utm=1",
            "http://www.valleypost.example/news/bridge",
            "",
            False,
        ),
        (
            "https://valleypost.example/news/bridge/amp/",
            "https://valleypost.example/news/bridge",
            "",
            False,
        ),
        (
            "https://valleypost.example/新闻/大桥",
            "https://valleypost.example/%E6%96%B0%E9%97%BB/%E5%A4%A7%E6%A1%A5",
            "",
            False,
        ),
        (
            "https://valleypost.example/news/bridge",
            "https://valleypost.example/news/bridge.html",
            "",
            False,
        ),
        # the site's root tells nothing; the canonical link may name the item's address
        ("https://valleypost.example/news/bridge", "https://valleypost.example/", "", False),
        (
            "https://valleypost.example/?p=12",
            "https://valleypost.example/news/bridge",
            '<link rel="canonical" href="https://valleypost.example/news/bridge">',
            False,
        ),
    ],
)
def test_item_at_another_address(url: str, item_url: str, head: str, other: bool) -> None:
    item, page = _page(url, item_url, head)
    assert names_another_page(item, page) is other


def test_item_without_address_is_the_page() -> None:
    _, page = _page("https://valleypost.example/news/bridge", "")
    assert not names_another_page({"headline": "x"}, page)


def test_own_item_beside_a_related_one_keeps_its_headline() -> None:
    items = [
        {
            "@type": "NewsArticle",
            "headline": "Ferry timetable changes",
            "url": "https://valleypost.example/f",
        },
        {
            "@type": "NewsArticle",
            "headline": "Mayor opens bridge",
            "url": "https://valleypost.example/b",
        },
    ]
    ld = f'<script type="application/ld+json">{json.dumps(items)}</script>'
    html = (
        f"<html><head><title>Bridge | Valley Post</title>{ld}</head><body><p>The bridge opened"
        " on Tuesday.</p></body></html>"
    )
    assert (
        newsextract.extract(html, url="https://valleypost.example/b").title == "Mayor opens bridge"
    )


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Aktuelles | Talbote | Neue Radwege für die Altstadt", "Neue Radwege für die Altstadt"),
        # a headline of two words or more before the name: the part after it is the motto
        ("Neue Radwege | Talbote | Nachrichten aus dem Tal", "Neue Radwege"),
        # one word after the name too: no headline there
        ("Aktuelles | Talbote | Startseite", "Aktuelles"),
    ],
)
def test_section_of_one_word_before_the_name(title: str, want: str) -> None:
    assert split_site_name(title, ["Talbote"])[0] == want
