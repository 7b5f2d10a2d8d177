"""Asturian, Upper Sorbian and Romansh pages: their language files' publication, update and
tag labels (pages written for these tests, modelled on small regional news sites)."""

from __future__ import annotations

from datetime import datetime

from tests.metadata.pages import article_page

import newsextract

TEXT = (
    "<p>The text of the story runs here in two paragraphs of ordinary length, long enough "
    "for the body extractor to take it as the article and not as a teaser.</p>"
    "<p>A second paragraph follows with more of the story, quotes and the closing lines of "
    "the report from the town council's meeting.</p>"
)


def page(lang: str, title: str, meta_line: str, after: str = "") -> str:
    return article_page(lang, title, f"<div class='meta'>{meta_line}</div>{TEXT}{after}")


def test_romansh_update_label_fills_modified() -> None:
    html = page(
        "rm",
        "Ina nova punt sur il Rain",
        "Publitgà ils 14 da mars 2025, 09:15 · Actualisà ils 14 da mars 2025, 11:40",
    )
    article = newsextract.extract(html, "https://www.novitads.example/regiun/punt")
    assert article.published is not None and article.modified is not None
    assert article.published.replace(tzinfo=None) == datetime(2025, 3, 14, 9, 15)
    assert article.modified.replace(tzinfo=None) == datetime(2025, 3, 14, 11, 40)


def test_asturian_update_label_fills_modified() -> None:
    html = page(
        "ast",
        "Abre la biblioteca nueva d'Uviéu",
        "Espublizáu: 14/03/2025 09:15 | Actualizáu: 14/03/2025 12:05",
    )
    article = newsextract.extract(html, "https://www.noticies.example/cultura/biblioteca")
    assert article.modified is not None
    assert article.modified.replace(tzinfo=None) == datetime(2025, 3, 14, 12, 5)


def test_upper_sorbian_tag_label_gives_the_tags() -> None:
    tags = (
        "<p class='slowa'>Klučowe słowa: <a href='/t/budysin'>Budyšin</a>, "
        "<a href='/t/mosty'>mosty</a></p>"
    )
    html = page("hsb", "Nowy most přez Sprjewju", "Wozjewjene 14.03.2025, 10:15", tags)
    article = newsextract.extract(html, "https://www.nowinki.example/region/most")
    assert article.tags == ("Budyšin", "mosty")
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2025, 3, 14, 10, 15)
