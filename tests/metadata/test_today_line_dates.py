"""A line opening with the page language's word for today ("Today: 4 December 2024", a top
bar's, outside the site's ``<header>``) gives the day of the visit: the page search passes
it over, in every language dateparser names the word in. Every site and text is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.metadata.title_pages import page, paragraphs

import newsextract

_TEXT = {
    "en": "Hand-picked leaves from the hills, dried in the sun and packed by the farm.",
    "ru": "Листья собраны вручную на склонах, высушены на солнце и упакованы на ферме.",
    "si": "කඳුකරයෙන් අතින් නෙළූ දළු, හිරු එළියේ වියළා ගොවිපළේදීම ඇසුරුම් කරන ලදී.",
}
_TODAY = {
    "en": "Today: 4 December 2024",
    "ru": "Сегодня: 4 декабря 2024",
    "si": "අද: 2024 දෙසැම්බර් 4",
}
_PUBLISHED = {
    "en": "Published 5 March 2024",
    "ru": "Опубликовано 5 марта 2024",
    "si": "ප්‍රකාශිතයි 2024 මාර්තු 5",
}


def _shop_page(lang: str, line: str = "") -> str:
    return page(
        lang,
        "Hill tea 200g | Village shop",
        '<meta property="og:type" content="product">',
        f'<div class="top-bar">{_TODAY[lang]}</div><header><a class="logo" href="/">Shop</a>'
        f'</header><main class="product"><h1>Hill tea 200g</h1><p class="info">{line}</p>'
        f'<div class="description">{paragraphs(_TEXT[lang])}</div></main>',
    )


@pytest.mark.parametrize("lang", sorted(_TEXT))
def test_a_today_line_gives_no_publication_date(lang: str) -> None:
    article = newsextract.extract(_shop_page(lang), url="https://shop.example.org/p/tea")
    assert article.published is None


@pytest.mark.parametrize("lang", sorted(_TEXT))
def test_the_pages_own_date_beside_a_today_line(lang: str) -> None:
    article = newsextract.extract(
        _shop_page(lang, _PUBLISHED[lang]), url="https://shop.example.org/p/tea"
    )
    assert article.published is not None and article.published.date() == date(2024, 3, 5)
