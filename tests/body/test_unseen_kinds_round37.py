"""Round 37's rules, each on a small invented page: a link back to the top is no word of its
line; a paragraph of labelled lines after the text is its key facts; an obituary's
condolences are comments; the best answer's template without its BEM modifier is the
other answers'."""

from __future__ import annotations

import newsextract

_SHELL = """<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main><h1>{title}</h1>{main}</main><footer><p>© 2026 Example</p></footer></body></html>"""


def _body(title: str, main: str) -> str:
    html = _SHELL.format(title=title, main=main)
    return newsextract.extract(html, url="https://example.org/page").body or ""


def test_a_link_back_to_the_top_goes_from_its_definition() -> None:
    body = _body(
        "Weather words",
        "<p>The words forecasters use, explained for readers of the weekly bulletin.</p><dl>"
        "<dt id='a'>Front</dt><dd>The boundary between two masses of air of different "
        "temperature. <a href='#'>↑ Top</a></dd><dt id='b'>Squall</dt><dd>A sudden rise in "
        "the wind that lasts a minute or more. <a href='#top'>⬆ Top</a></dd></dl>",
    )
    assert "two masses of air of different temperature." in body
    assert "that lasts a minute or more." in body
    assert "Top" not in body


def test_an_arrow_linking_elsewhere_stays() -> None:
    body = _body(
        "Prices",
        "<p>Bread cost more this month than last, the bakers' guild said on Monday in its "
        "report on flour prices.</p><p>See the table of the guild's figures: <a "
        "href='/figures'>▲ rising prices</a> in every region.</p>",
    )
    assert "▲ rising prices" in body


def test_labelled_lines_after_the_text_are_its_key_facts() -> None:
    body = _body(
        "Edith Marr 1931–2026",
        "<div class='memorial'><div class='memorial-text'>Edith kept the village library "
        "open for forty years and knew every reader by name.<br><br>She is mourned by her "
        "son Tom and her granddaughters.</div><div class='service'><b>Funeral:</b> 4 "
        "October at 11.00<br><b>Place:</b> St Anne's chapel</div></div>",
    )
    assert "Funeral: 4 October at 11.00" in body
    assert "Place: St Anne's chapel" in body


def test_an_obituarys_condolences_are_comments() -> None:
    body = _body(
        "Edith Marr 1931–2026",
        "<div class='obit-text'><p>Edith kept the village library open for forty years and "
        "knew every reader by name, lending books to three generations.</p><p>She is "
        "mourned by her son Tom, her granddaughters and the whole reading club of the "
        "village, who meet on Thursdays.</p></div><section class='condolences'><h2>"
        "Messages</h2><div class='condolence'><p>She found me my first book about ships, "
        "and I never forgot it.</p><p>Ben R., 30.09.2026</p></div><div "
        "class='condolence'><p>Our thoughts are with the family.</p><p>Ann and Joe, "
        "30.09.2026</p></div></section>",
    )
    assert "lending books to three generations" in body
    assert "first book about ships" not in body


def test_a_one_line_answer_joins_the_best_one() -> None:
    body = _body(
        "Why is the sea salty?",
        "<section class='answers'><div class='answer answer--best'><div class='author'>"
        "teacher_ann</div><div class='answer-text'><p>Rain dissolves a little salt from "
        "rocks on its way to the rivers, and the rivers carry it to the sea.</p><p>The sea "
        "loses water to the air but keeps the salt, so the salt grows over millions of "
        "years.</p></div></div><div class='answer'><div class='author'>sam_k</div><div "
        "class='answer-text'><p>Rivers hold salt too, only too little to taste.</p></div>"
        "</div></section>",
    )
    assert "so the salt grows over millions of years." in body
    assert "Rivers hold salt too, only too little to taste." in body
    assert "teacher_ann" not in body
