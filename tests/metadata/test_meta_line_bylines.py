"""A byline after a mark in a post's meta line that no label opens (body probe round 10).

Themes print the date first and the byline after a middle dot or a bar ("28 November 2026 ·
By Rahayu Widodo"); the byline scan read only lines a label opens, so the name was lost.
"""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract


@pytest.mark.parametrize(
    ("language", "line", "author"),
    [
        ("en", "28 November 2026 · By Rahayu Widodo", "Rahayu Widodo"),
        ("en", 'March 3, 2025 · By <a href="/author/jane">Jane Roe</a> · 4 min read', "Jane Roe"),
        ("en", "World | By Jane Roe | March 3, 2025", "Jane Roe"),
        ("jv", "28 November 2026 • Dening Rahayu Widodo", "Rahayu Widodo"),
        ("de", "3. März 2025 · Von Anna Berger", "Anna Berger"),
    ],
)
def test_a_byline_after_a_mark(language: str, line: str, author: str) -> None:
    inner = f'<p class="post-meta">{line}</p>{filler("Hafen")}'
    article = newsextract.extract(article_page(language, "Der Hafen wird neu gebaut", inner))
    assert article.authors == (author,)


def test_a_sentence_after_a_mark_is_no_byline() -> None:
    inner = f"<p>Prices rose 3% · By the end of the year they fell again.</p>{filler('port')}"
    article = newsextract.extract(article_page("en", "Prices at the port", inner))
    assert article.authors == ()


@pytest.mark.parametrize(
    "box",
    [
        '<p class="yazar">Ayşe Yılmaz</p>',
        '<div class="haber-muhabir"><a href="/m/1">Ayşe Yılmaz</a></div>',
    ],
)
def test_a_turkish_byline_named_by_its_class_alone(box: str) -> None:
    # Turkish themes name the byline "yazar" (author) or "muhabir" (reporter), with no label.
    inner = f"{box}{filler('Liman')}"
    article = newsextract.extract(article_page("tr", "Liman yeniden inşa ediliyor", inner))
    assert article.authors == ("Ayşe Yılmaz",)
