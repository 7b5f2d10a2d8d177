"""A link's screen-reader note ("(opens in a new window)") and an inline icon's title are no
words of the text (``body.link_notes``, ``inline_text.inline_parts``)."""

from __future__ import annotations

import newsextract
from newsextract.body.link_notes import without_link_note

_FILLER = "".join(
    f"<p>Paragraph {i} of the story goes on about the valley's new bus line and the stops "
    "the council added after a survey of the villages.</p>"
    for i in range(3)
)


def _body(paragraph: str) -> str:
    html = (
        "<html><head><title>Bus line</title></head><body><article><h1>Bus line</h1>"
        f"{paragraph}{_FILLER}</article></body></html>"
    )
    return newsextract.extract(html, url="https://news.example.com/bus").body


def test_bracketed_notes_are_cut_in_several_languages() -> None:
    assert without_link_note("der Bericht(öffnet in neuem Fenster) , den") == "der Bericht , den"
    assert without_link_note("la carte (s’ouvre dans une nouvelle fenêtre) du") == "la carte du"
    assert without_link_note("the form (PDF, opens in a new window).") == "the form."
    assert (
        without_link_note("詳細（新しいウィンドウで開きます）をご覧ください")
        == "詳細をご覧ください"
    )
    assert without_link_note("website(new tab)today") == "website today"


def test_a_sentence_about_a_new_window_keeps_its_words() -> None:
    text = "The form opens in a new window (the council's site) once you log in."
    assert without_link_note(text) == text


def test_an_icons_title_inside_a_link_is_no_word() -> None:
    body = _body(
        "<p>The timetable is on <a href='https://example.org' target='_blank'>the council's "
        "site<svg class='icon'><title>Link opens in a new tab</title><use href='#i'></use>"
        "</svg></a> from Monday.</p>"
    )
    assert "the council's site from Monday." in body
    assert "Link opens" not in body


def test_an_icon_in_a_paragraph_walked_in_parts() -> None:
    body = _body(
        "<p>The timetable is on <a href='https://example.org'><b>the council's site</b><svg>"
        "<title>External link</title></svg></a> from Monday.<br>Buses run hourly.</p>"
    )
    assert "the council's site from Monday." in body
    assert "External link" not in body
