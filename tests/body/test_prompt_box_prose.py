"""Round 17 (issue 11): a sign-up prompt's box stops at the text's prose. A paragraph of 100
Latin letters was the only prose that stopped the climb from the prompt; a story of short
paragraphs (Chinese's 30 characters, a Hebrew or Russian line of ten words) held none, and
the part of it set in one container with the prompt went with the prompt. A paragraph's
length is now measured in Latin letters (a wide character weighs three), and two sentences
of eight words or more stop the climb too; a box's own lines (a title, a short perk, its
button) still go with it."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.characters import closes_sentence

_STORY = (
    "<html lang='en'><head><meta property='og:type' content='article'><title>Ferry</title>"
    "</head><body><article><h1>Ferry returns</h1><div class='body'><div class='part'>"
    "<p>The island ferry returned to service on Monday after a winter of repairs.</p>"
    "<p>Its new engines use a third less fuel than the old ones, the operator said.</p>"
    "<p>Timetables stay as they were, with six crossings a day in each direction.</p>"
    "<p>The harbour office will sell season tickets again from the first of May.</p>"
    "</div><div class='part'>{part}</div></div></article></body></html>"
)


def _body(part: str) -> str:
    article = newsextract.extract(_STORY.format(part=part), url="https://isle.example.com/a")
    return article.body or ""


def test_short_sentences_beside_a_prompt_stay() -> None:
    body = _body(
        "<p>Cyclists travel free on the early crossing until the end of June.</p>"
        "<p>The old engines will be shown at the maritime museum this summer.</p>"
        "<p>Sign up to our free newsletter for the island's news every morning.</p>"
        "<a class='button' href='/nl'>OK</a>"
    )
    assert body.endswith("The old engines will be shown at the maritime museum this summer.")
    assert "Cyclists travel free" in body and "newsletter" not in body


def test_a_sign_up_boxs_own_lines_go_with_it() -> None:
    body = _body(
        "<p>Cyclists travel free on the early crossing until the end of June.</p>"
        "<p>The old engines will be shown at the maritime museum this summer.</p>"
        "<div class='box'><h3>Island Daily</h3><p>The best stories, every morning.</p>"
        "<p>Sign up to our free newsletter.</p><a class='button' href='/nl'>OK</a></div>"
    )
    assert body.endswith("maritime museum this summer.")
    assert "Island Daily" not in body and "every morning" not in body


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("เรือออกจากท่าทุกชั่วโมงตั้งแต่เช้าจนถึงค่ำ", True),  # Thai: no full stop
        ("ราคา 150", False),  # a figure closes no sentence
        ("ຕະຫຼາດເປີດທຸກມື້", True),  # Lao
        ("東岭村的图书室开放了。", True),
        ("Opening hours", False),
    ],
)
def test_a_sentence_closes_with_its_mark_or_in_a_script_that_has_none(
    text: str, closes: bool
) -> None:
    assert closes_sentence(text) is closes
