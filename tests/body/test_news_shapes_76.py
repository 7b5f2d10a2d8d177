"""Wave 76's news shapes (blind76): a teaser card's summary beside a dropped kicker and
among the site's recurring cards, an update note's change after its date, an author card's
bio over an opinion piece's text."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.date_lines import is_change_note, is_dateline
from newsextract.body.label_lines import is_update_note

_PARAS = (
    "The council approved the new cycle lane along the river on Tuesday after two years of "
    "consultation with residents and shop owners.",
    "Work starts in May and the lane should open before the end of the year, the council's "
    "transport officer told the meeting.",
    "The project costs four million and is paid for by a regional grant for greener towns "
    "and by the city's own budget.",
    "Residents can comment on the design on the council's website until the end of the "
    "month, the officer added.",
)


def _page(article: str) -> str:
    return (
        "<html lang='en'><head><title>Cycle lane</title></head><body><main><article>"
        f"<h1>Council approves cycle lane</h1>{article}</article></main></body></html>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://news.example/2026/03/03/lane").body


def _card(n: int) -> str:
    return (
        f"<div class='c1'><a href='/n/{n}'><img src='/i{n}.jpg' alt=''></a><span>Read more"
        f"</span><h3><a href='/n/{n}'>Market prices rise before the rainy season {n}</a></h3>"
        f"<p>Traders say supply has fallen for two weeks {n}.</p></div>"
    )


def test_teaser_cards_between_the_paragraphs_go_whole() -> None:
    p1, p2, p3, p4 = _PARAS
    text = f"<p>{p1}</p>{_card(0)}<p>{p2}</p><p>{p3}</p>{_card(1)}<p>{p4}</p>"
    body = _body(_page(f"<div>{text}</div>"))
    assert all(p in body for p in _PARAS)
    assert "Traders say" not in body
    assert "Market prices" not in body


def test_a_run_of_linked_entries_stays() -> None:
    """Boxes of one template side by side (a travel piece's places, each headed by a link to
    its page) are the text's list: their paragraphs stay."""
    p1, p2, *_ = _PARAS
    places = "".join(
        f"<div class='c1'><h3><a href='/p/{n}'>Place number {n}</a></h3><p>A quiet square "
        f"with old plane trees and a fountain, number {n}.</p></div>"
        for n in range(3)
    )
    body = _body(_page(f"<div><p>{p1}</p><p>{p2}</p>{places}</div>"))
    assert "A quiet square with old plane trees and a fountain, number 1." in body


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 3 March, 14:20; added the mayor's statement.",
        "புதுப்பிக்கப்பட்டது: மார்ச் 3, பிற்பகல் 2.20 மணி; ஆணையரின் கருத்து சேர்க்கப்பட்டது.",
        "പുതുക്കിയത്: മാർച്ച് 3, ഉച്ചയ്ക്ക് 2.20; പ്രസിഡന്റിന്റെ പ്രതികരണം ചേർത്തു.",
    ],
)
def test_an_update_note_telling_the_change_is_no_stamp(line: str) -> None:
    assert is_change_note(line)
    assert not is_dateline(line)
    assert is_update_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 3 March 2026, 14:20",
        "Updated: 3 March 2026, 14:20.",
        "Published 3 March 2026; updated 14:20.",
        "Ana Ruiz: 3 May 2026",
    ],
)
def test_a_stamp_stays_a_stamp(line: str) -> None:
    assert not is_change_note(line)


def test_a_change_note_read_on_long_runs_is_linear() -> None:
    for run in (" " * 100_000, "a" * 100_000, "1" * 100_000, ": " * 50_000, "; a." * 25_000):
        is_change_note(run)
        is_dateline(run[:200])


def test_an_author_cards_bio_over_the_text_goes() -> None:
    article = (
        "<div class='x1'><img src='/a.jpg' alt=''><div><a href='/author/1'>Jane Roe</a>"
        "<p>Jane Roe is a reporter covering city hall for the Daily Example since 2015.</p>"
        f"</div></div><div class='x2'>{''.join(f'<p>{p}</p>' for p in _PARAS)}</div>"
    )
    body = _body(_page(article))
    assert all(p in body for p in _PARAS)
    assert "covering city hall" not in body


def test_a_first_paragraph_about_someone_else_stays() -> None:
    """The first paragraph naming another person's profession is the text's."""
    first = "John Smith is a reporter who lost his home in the flood, and he is not alone."
    article = (
        "<div><a href='/author/1'>Jane Roe</a><p>"
        + first
        + "</p>"
        + "".join(f"<p>{p}</p>" for p in _PARAS)
        + "</div>"
    )
    assert first in _body(_page(article))
