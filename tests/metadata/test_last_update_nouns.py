"""A page's "last update" written with the noun (issue 12, found by the blind probe): a docs
page's or an institution's footer, "Վերջին թարմացում՝ …", "Соңғы жаңарту: …", "ბოლო
განახლება: …", "Oxirgi yangilanish: …", "Сүүлийн шинэчлэл: …", and a wiki's Swahili footer
"Ukurasa huu ulihaririwa mara ya mwisho tarehe …": each fills ``modified``. Every site and
text here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.metadata.test_blind_meta_probes import TEXTS, story
from tests.metadata.title_pages import page, paragraphs

import newsextract


def _docs(lang: str, footer: str, text: str) -> str:
    """A documentation page: a sidebar, the heading and text, the footer's line."""
    return page(
        lang,
        "Docs",
        "",
        '<nav class="sidebar"><a href="/">1</a><a href="/install">2</a></nav>'
        f'<div role="main" class="document"><h1>Install</h1>{paragraphs(text)}</div>'
        f"<footer><p>{footer}</p></footer>",
    )


@pytest.mark.parametrize(
    ("lang", "footer", "text_lang"),
    [
        ("hy", "Վերջին թարմացում՝ 12 մարտի 2024", "hy"),
        ("kk", "Соңғы жаңарту: 12 наурыз 2024", "kk"),
        ("ka", "ბოლო განახლება: 12 მარტი 2024", "ka"),
        ("uz", "Oxirgi yangilanish: 12 mart 2024", "uz"),
        ("uz-Cyrl", "Охирги янгиланиш: 12 март 2024", "uz"),
        ("mn", "Сүүлийн шинэчлэл: 2024.03.12", "mn"),
        ("sw", "Ukurasa huu ulihaririwa mara ya mwisho tarehe 12 Machi 2024, saa 10:30.", "sw"),
    ],
)
def test_a_last_update_noun_fills_modified(lang: str, footer: str, text_lang: str) -> None:
    article = newsextract.extract(_docs(lang, footer, TEXTS[text_lang]))
    assert article.modified is not None, footer
    assert article.modified.date() == date(2024, 3, 12)


def test_a_footer_without_the_label_gives_no_modified() -> None:
    """The noun is the label: a footer's founding day is no update."""
    article = newsextract.extract(_docs("kk", "© Өзен, 2019 жылдан бері: 12 наурыз 2019", "kk"))
    assert article.modified is None


@pytest.mark.parametrize(
    ("lang", "published", "updated"),
    [
        ("kk", "Жарияланған уақыты: 12.03.2024", "Соңғы жаңарту: 13.03.2024"),
        ("ka", "გამოქვეყნების თარიღი: 12.03.2024", "ბოლო განახლება: 13.03.2024"),
        ("uz", "E'lon qilingan: 12.03.2024", "Oxirgi yangilanish: 13.03.2024"),
    ],
)
def test_a_story_line_s_last_update_noun(lang: str, published: str, updated: str) -> None:
    """Under a story's headline, the publication's line and the update's beside it."""
    html = story(
        lang,
        "Headline | Site",
        "Headline",
        site="Site",
        today="",
        meta_line=f'<span class="d1">{published}</span> <span class="d2">{updated}</span>',
    )
    article = newsextract.extract(html, url="https://news.example.org/news/story-4471")
    assert article.published is not None and article.published.date() == date(2024, 3, 12)
    assert article.modified is not None and article.modified.date() == date(2024, 3, 13)
