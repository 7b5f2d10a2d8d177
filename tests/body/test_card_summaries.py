"""A card for another story inside the text (its linked headline and one-line summary in a
box of their own): the summary goes with the headline, unless the box is the text's own
(a brief under a title linked to its address, a list's entries of one template)."""

from __future__ import annotations

from newsextract.body.extractor import extract_body
from newsextract.page import ParsedPage

_TEXT = (
    "<p>The council of Hollin Bridge approved the new library budget on Tuesday, adding "
    "two librarians and longer opening hours from the spring.</p>"
    "<p>Councillor Ruth Amadi said the money comes from the sale of the old depot on "
    "Canal Street, which closed three years ago.</p>"
)
_CARD = (
    "<div class='x7f2 card'><figure><img src='/a.jpg' alt=''></figure><h3><a "
    "href='/news/2026/03/depot-sale'>Old depot sold to a housing trust</a></h3><p>The trust "
    "plans forty flats on the site.</p></div>"
)


def _body(main: str) -> str:
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><main><article><h1>Library budget "
        f"approved</h1><div class='text'>{main}</div></article></main></body></html>"
    )
    return extract_body(ParsedPage(html, "https://news.example/library-budget")).text


def test_a_cards_summary_goes_with_its_headline() -> None:
    body = _body(_TEXT + _CARD + "<p>The new hours start on the first Monday of April.</p>")
    assert "The trust plans forty flats" not in body
    assert "Councillor Ruth Amadi said" in body
    assert "The new hours start" in body


def test_a_card_closing_the_text_goes_too() -> None:
    body = _body(_TEXT + _CARD)
    assert "The trust plans forty flats" not in body
    assert "Councillor Ruth Amadi said" in body


def test_a_brief_under_its_own_linked_title_keeps_its_text() -> None:
    html = (
        "<html><body><main><article><div class='brief'><h2><a href='/news/tram-stop'>Tram "
        "stop reopens</a></h2><p>The Mill Lane tram stop reopens on Monday after repairs."
        "</p></div></article></main></body></html>"
    )
    body = extract_body(ParsedPage(html, "https://news.example/briefs")).text
    assert "The Mill Lane tram stop reopens" in body
