"""A post header's publication label, then a relative stamp whose tooltip holds the date
("Publicado <span title='2024-03-05 14:20'>hace 3 días</span>", "Опубликовано <span
title=…>3 дня назад</span>"), in an element named for no date: the tooltip's date is the
post's. A label before a stamp with no date in its tooltip dates nothing."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import filler

import newsextract

URL = "https://foro.example.org/thread-42-1-1.html"


def _thread(lang: str, header: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Mercado del puerto</title>'
        '</head><body><main><h1 class="thread-title">Mercado del puerto</h1><div class="posts">'
        '<div class="post" id="post-1"><div class="post-header"><a class="username" href="/u/1">'
        f'gaviota</a> <em id="authorposton1001">{header}</em></div><div class="post-body">'
        f"{filler('mercado')}</div></div></div></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("es", 'Publicado <span title="2024-03-05 14:20">hace 3 días</span>'),
        ("ru", 'Опубликовано <span title="2024-03-05 14:20">3 дня назад</span>'),
    ],
)
def test_the_tooltip_after_a_label_dates_the_post(lang: str, header: str) -> None:
    published = newsextract.extract(_thread(lang, header), URL).published
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2024, 3, 5, 14, 20)


def test_a_tooltip_without_a_date_dates_nothing() -> None:
    header = 'Publicado <span title="hace un rato">hace 3 días</span>'
    assert newsextract.extract(_thread("es", header), URL).published is None
