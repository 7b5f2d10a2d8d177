"""A platform's post names its writer as a profile link beside a follow button, with no
byline class, label or author address: that link's name is the author, the last source but a
sidebar's. A section's or a topic's follow button, a button in a sidebar and a marked
byline are not read so."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://posts.example.org/p/harbour-market"


def _header(link: str, button: str) -> str:
    return (
        f'<div class="x1"><span class="x2">{link}</span><button class="x3">{button}</button></div>'
    )


@pytest.mark.parametrize(
    ("lang", "link", "button", "authors"),
    [
        ("zh", '<a href="/u/a1b2c3">周晓雨</a>', "关注", ("周晓雨",)),
        ("ru", '<a href="/sokolova_anna">Анна Соколова</a>', "Подписаться", ("Анна Соколова",)),
        ("ko", '<a href="/@skykim">김하늘</a>', "구독", ("김하늘",)),
        ("en", '<a href="/@jdoe">Jane Doe</a>', "+ Follow", ("Jane Doe",)),
    ],
)
def test_the_link_before_a_follow_button_names_the_writer(
    lang: str, link: str, button: str, authors: tuple[str, ...]
) -> None:
    html = article_page(lang, "Harbour market", _header(link, button) + filler("market"))
    article = newsextract.extract(html, URL)
    assert article.authors == authors
    assert article.provenance["authors"] == "html:follow-button"


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/topic/markets">Harbour Markets</a>',  # a topic's follow button
        '<a href="/politics/">Politics</a>',  # one word of a spaced script: a section's name
    ],
)
def test_a_topics_or_a_sections_follow_button_names_no_one(link: str) -> None:
    html = article_page("en", "Harbour market", _header(link, "Follow") + filler("market"))
    assert newsextract.extract(html, URL).authors == ()


def test_a_follow_button_in_a_sidebar_names_no_one() -> None:
    aside = f"<aside>{_header('<a href=/@jdoe>Jane Doe</a>', 'Follow')}</aside>"
    html = article_page("en", "Harbour market", filler("market") + aside)
    assert newsextract.extract(html, URL).authors == ()


def test_a_marked_byline_comes_first() -> None:
    byline = '<p class="byline">By Mary Stone</p>'
    header = _header('<a href="/@jdoe">Jane Doe</a>', "Follow")
    html = article_page("en", "Harbour market", byline + header + filler("market"))
    assert newsextract.extract(html, URL).authors == ("Mary Stone",)
