"""A question page sets its question in one ``<article>`` template and its answers in
another ("question", "answer accepted"): the answers after the question are read with it.
An ``<article>`` beside the story with a title of its own (a teaser card, the next story)
or named as a comment is not."""

from __future__ import annotations

import pytest

from newsextract.body.extractor import extract_body
from newsextract.page import ParsedPage

_QUESTION = (
    "Our water bill for the flat doubled in October although nobody moved in, the washing "
    "machine is the same and we were away for a week. The meter sits in the basement and the "
    "caretaker says the neighbours' bills did not change at all. What could cause such a jump?"
)
_ACCEPTED = (
    "Read the meter twice, a night apart, with every tap closed: if it moves, something leaks."
)
_OTHER = "Ask for the estimated readings to be replaced by a real one."
_TEASER = "A new reservoir for the valley opens next spring after five years of works."
_COMMENT = "Same happened to us, it was the toilet cistern in the end."


def _page(after: str = "", *, wrapped: bool = False) -> ParsedPage:
    html = (
        "<html><body><header><a href='/'>Example Answers</a> <a href='/ask'>Ask</a></header>"
        "<main>"
        "<article class='question'><h1>Why did our water bill double?</h1>"
        f"<div class='body'><p>{_QUESTION}</p></div>"
        "<div class='meta'>asked by Maren, 2 days ago</div></article>"
        "<h2>2 answers</h2>"
        + ("<div class='answers'>" if wrapped else "")
        + f"<article class='answer accepted'><div class='body'><p>{_ACCEPTED}</p></div>"
        "<div class='meta'>Tomas, 14 votes</div></article>"
        f"<article class='answer'><div class='body'><p>{_OTHER}</p></div></article>"
        + ("</div>" if wrapped else "")
        + f"{after}</main>"
        "<aside><h3>Related</h3><ul><li><a href='/q1'>How do I read a water meter?</a></li>"
        "<li><a href='/q2'>Who pays for a leak under the floor?</a></li></ul></aside>"
        "</body></html>"
    )
    return ParsedPage(html, "https://answers.example/q/412")


@pytest.mark.parametrize("wrapped", [False, True])
def test_answers_in_articles_of_their_own_template_are_read_with_the_question(
    wrapped: bool,
) -> None:
    text = extract_body(_page(wrapped=wrapped)).text
    assert _QUESTION in text
    assert _ACCEPTED in text
    assert _OTHER in text
    assert "How do I read a water meter?" not in text


def test_an_article_with_a_title_or_a_comment_name_does_not_join() -> None:
    teaser = (
        "<article class='card'><h3><a href='/n/1'>Reservoir opens</a></h3>"
        f"<p>{_TEASER}</p></article>"
    )
    comment = f"<article class='comment'><p>{_COMMENT}</p></article>"
    text = extract_body(_page(teaser + comment)).text
    assert _ACCEPTED in text
    assert _TEASER not in text
    assert _COMMENT not in text
