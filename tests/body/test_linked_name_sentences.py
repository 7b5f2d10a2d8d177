"""Round 13b (issue 11): a sentence whose names link to topic pages ("<a>岸田文雄首相</a>は
１０日、<a>ジョー・バイデン米大統領</a>と<a>ホワイトハウス</a>で会談した。") is prose however
dense in links, in any script: it closes with a full stop and has words of its own. What a
prompt or a teaser says in a sentence (a question or an exclamation to the reader, a label
before its link, a web address) is still read as a link."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract

_FIXTURE = Path(__file__).parent.parent / "fixtures" / "ja_linked_names_sentence.html"


def test_a_japanese_sentence_of_linked_names_stays() -> None:
    body = newsextract.extract(_FIXTURE.read_text(encoding="utf-8")).body or ""
    opening = "岸田文雄首相は１０日、ジョー・バイデン米大統領とホワイトハウスで会談した。"
    assert body.startswith(opening)
    assert "日米同盟はかつてなく強固だ" in body
    assert "アプリでお読み" not in body
    assert "日米首脳会談のすべて" not in body


_LEAD = (
    "<p>The two leaders agreed to work together on economic security and on the supply of "
    "chips, officials said after the meeting.</p>"
)


def _body(paragraph: str) -> str:
    page = (
        "<html lang='en'><body><article><h1>Leaders meet</h1><div class='article-body'>"
        f"{paragraph}{_LEAD}</div></article></body></html>"
    )
    return newsextract.extract(page).body or ""


def test_an_english_sentence_of_linked_names_stays() -> None:
    sentence = (
        "<p><a href='/t/1'>Prime Minister Fumio Kishida</a> met <a href='/t/2'>President Joe "
        "Biden</a> at the <a href='/t/3'>White House</a>.</p>"
    )
    assert _body(sentence).startswith(
        "Prime Minister Fumio Kishida met President Joe Biden at the White House."
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p>Like this recipe? <a href='/b'>Add all of the ingredients to your basket</a>.</p>",
        "<p>Our Standards: <a href='/s'>The Thomson Reuters Trust Principles</a>.</p>",
        "<p>More on <a href='/h'>http://www.example.org/histalp/</a>.</p>",
        "<p><a href='/t'>Every story from the summit in one place</a></p>",  # no full stop
    ],
)
def test_a_prompt_or_a_teaser_in_a_sentence_stays_out(paragraph: str) -> None:
    body = _body(paragraph)
    assert body.startswith("The two leaders agreed")
