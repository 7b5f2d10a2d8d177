"""A Japanese page's ask for the reader's impressions of the article, closing its text
("この記事の感想をお聞かせください"): the page's widget, dropped; an interview's question
asking for impressions of something else stays."""

from __future__ import annotations

import newsextract
from newsextract.body.prompts import is_box_prompt

_TEXT = (
    "市役所の窓口業務は、十二月二十九日から一月三日まで休業する。",
    "住民票の写しなどは、期間中もコンビニで取得できる。",
)


def _page(closing: str) -> str:
    return (
        "<html lang='ja'><head><title>窓口、年末年始は休業</title></head><body><article><h1>"
        "窓口、年末年始は休業</h1><div class='detail-content'>"
        + "".join(f"<p>{t}</p>" for t in _TEXT)
        + f"<p class='note'>{closing}</p></div></article></body></html>"
    )


def test_the_feedback_ask_is_a_prompt() -> None:
    assert is_box_prompt("この記事の感想をお聞かせください")
    assert is_box_prompt("この記事へのご意見をお寄せください")


def test_an_interview_question_on_impressions_is_no_prompt() -> None:
    assert not is_box_prompt("――初めて舞台に立った感想をお聞かせください。")


def test_the_story_drops_its_closing_feedback_ask() -> None:
    body = newsextract.extract(
        _page("この記事の感想をお聞かせください"), url="https://minato.example/2026/12/a.html"
    ).body
    assert body is not None
    assert all(text in body for text in _TEXT)
    assert "感想" not in body
