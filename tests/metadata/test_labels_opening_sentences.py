"""Byline labels left out in scripts without capitals (issue 12): Arabic "تحرير" (edited by)
and Bengali "প্রতিবেদন" (report) open ordinary sentences, and the words after them read as a
name there."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, byline_page, filler

import newsextract


@pytest.mark.parametrize(
    ("language", "line", "word"),
    [
        ("ar", "تحرير الأسعار خطوة ضرورية للاقتصاد", "كلمة"),  # "liberalising prices is needed"
        ("ar", "تحرير الأسعار", "كلمة"),  # a heading: "liberalising prices"
        ("bn", "প্রতিবেদন অনুযায়ী আগুনে", "শব্দ"),  # "according to the report, in the fire"
    ],
)
def test_a_sentence_opening_with_an_editing_or_report_word_is_no_byline(
    language: str, line: str, word: str
) -> None:
    page = article_page(language, "T T T", filler(word) + f"<p>{line}</p>" + filler(word))
    assert newsextract.extract(page).authors == ()


def test_sindhi_keeps_its_writing_label_on_its_own_pages() -> None:
    """Sindhi "تحرير" (writing) is read on Sindhi pages only: on Arabic ones it opens text."""
    article = newsextract.extract(byline_page("sd", "لفظ", "تحرير: علي احمد"))
    assert article.authors == ("علي احمد",)
