"""A heading counting a question's answers right over their thread is the thread's label
(round 50); the same words over anything else are a heading of the text."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.post_templates import answer_count_label


@pytest.mark.parametrize(
    "text", ["3 Answers", "Odpowiedzi (2)", "Antworten (5)", "回答 (4)", "Ответы 3", "2 cevap"]
)
def test_a_count_and_an_answers_word_is_the_label(text: str) -> None:
    assert answer_count_label().fullmatch(text)


@pytest.mark.parametrize("text", ["Answers", "3 answers to the housing crisis", "Top 3"])
def test_a_word_alone_or_a_title_is_not(text: str) -> None:
    assert answer_count_label().fullmatch(text) is None


_QUESTION = (
    "<p>The gate of our allotment squeaks and sticks in wet weather. It is an old iron gate "
    "on two hinges. What should I try first?</p>"
)
_ANSWER = (
    "<div class='{cls}'><div class='votes'>{votes}</div><p>{text}</p><div class='user'>by "
    "{user}</div></div>"
)


def _page(box: str) -> str:
    return (
        "<html lang='en'><head><title>Squeaky gate</title></head><body><main><h1>Why does "
        f"the gate squeak?</h1><div class='question'>{_QUESTION}</div>{box}</main></body></html>"
    )


def test_the_count_heading_over_the_answers_is_left_out() -> None:
    answers = "".join(
        _ANSWER.format(cls=cls, votes=votes, text=text, user=user)
        for cls, votes, text, user in (
            ("answer accepted", "4", "Oil both hinges with a light machine oil.", "Ina"),
            ("answer", "1", "Check the latch post has not leaned over the winter.", "Tom"),
        )
    )
    body = newsextract.extract(
        _page(f"<div class='answers'><h2>2 Answers</h2>{answers}</div>"),
        url="https://ask.example.org/q/1",
    ).body
    assert "Oil both hinges" in body and "latch post" in body
    assert "2 Answers" not in body


def test_the_same_heading_over_prose_stays() -> None:
    body = newsextract.extract(
        _page(
            "<div class='section'><h2>3 Answers</h2><p>Our quiz had three answers that most "
            "readers got wrong, and the second surprised even the setters of the quiz.</p>"
            "<p>The first was a trick of the wording in the question about the river.</p>"
            "</div>"
        ),
        url="https://ask.example.org/q/2",
    ).body
    assert "3 Answers" in body
