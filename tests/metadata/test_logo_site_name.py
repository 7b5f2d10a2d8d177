"""A <title>-only page names its site in the logo's link: that text, or the logo image's alt
text, is cut from either end of the title where no <meta> names the site (the host's label,
"example", does not spell it). A logo text the title only holds inside a part cuts nothing."""

from __future__ import annotations

import pytest
from tests.metadata.pages import filler

import newsextract

_URL = "https://news.example.se/inrikes/story-7"


def _page(title: str, header: str) -> str:
    return (
        f'<html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<header>{header}<nav><a href='/inrikes'>Inrikes</a></nav></header>"
        f"<div id='main'>{filler('kommunen')}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "header"),
    [
        ("Dalbladet | Torkan tvingar bönder att minska bevattningen", "<a href='/'>Dalbladet</a>"),
        (
            "Torkan tvingar bönder att minska bevattningen – Dalbladet",
            "<div class='logo'><a href='https://news.example.se/'>"
            "<img src='/logo.png' alt='Dalbladet'></a></div>",
        ),
        (
            "Dalbladet: Torkan tvingar bönder att minska bevattningen",
            "<a class='brand' href='/'><img src='/l.svg' alt='Dalbladet'></a>",
        ),
        (
            "Dalbladet｜Torkan tvingar bönder att minska bevattningen",
            "<span class='site-name'><a href='/index.html'>Dalbladet</a></span>",
        ),
    ],
)
def test_the_logo_text_is_cut_from_the_title(title: str, header: str) -> None:
    article = newsextract.extract(_page(title, header), url=_URL)
    assert article.title == "Torkan tvingar bönder att minska bevattningen"


def test_a_home_link_inside_a_title_part_cuts_nothing() -> None:
    title = "Hem och trädgård: priserna stiger | Marknad"
    article = newsextract.extract(_page(title, "<a href='/'>Hem</a>"), url=_URL)
    assert article.title == title


def test_an_address_that_does_not_parse_is_passed_over() -> None:
    header = "<a href='https://[ccpa-preferences]/'>x</a><a href='/'>Dalbladet</a>"
    title = "Dalbladet | Torkan tvingar bönder att minska bevattningen"
    article = newsextract.extract(_page(title, header), url=_URL)
    assert article.title == "Torkan tvingar bönder att minska bevattningen"
