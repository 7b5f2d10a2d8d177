"""A box that asks the reader to act (give, subscribe, note a paywall's count) is found by
its shape, in any wording: a named box inside the text holding one short paragraph and a
button. A box of the text's own (two facts), a paragraph beside a link in the text, and a
shopping list's repeated product boxes with their "Buy" buttons stay."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The city council approved a network of protected cycle lanes on Tuesday evening, "
    "after a debate that lasted more than four hours.</p>"
    "<p>The first lanes will be built on the ring road next spring, and the whole network "
    "should be finished by the end of 2027, officials said.</p>"
)


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>Cycle lanes approved</h1><div class='text'>{inner}</div>"
        "</article></main><footer><p>© 2025 Example</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/story").body or ""


def test_a_donation_box_in_new_words_goes() -> None:
    box = "<div class='ask'><p>Kila mchango unatusaidia kuandika zaidi.</p><a href='/x'>→</a></div>"
    body = _body(_TEXT + box + _TEXT)
    assert "Kila mchango" not in body
    assert "ring road" in body


def test_a_box_with_a_button_element_goes() -> None:
    box = (
        "<div class='meter'><p>Je hebt drie van vijf gratis artikelen gelezen.</p>"
        "<button>OK</button></div>"
    )
    body = _body(_TEXT + box)
    assert "gratis artikelen" not in body


def test_a_box_of_facts_stays() -> None:
    box = "<div class='facts'><p>The network will run for 42 kilometres.</p></div>"
    body = _body(_TEXT + box)
    assert "42 kilometres" in body


def test_repeated_product_boxes_stay() -> None:
    products = "".join(
        f"<div class='product'><p>Lamp number {n} gives a warm light and folds flat.</p>"
        f"<a href='/buy/{n}'>Buy</a></div>"
        for n in range(1, 4)
    )
    body = _body(_TEXT + products)
    assert "Lamp number 2" in body


def test_a_text_box_with_a_panel_toggle_inside_stays() -> None:
    """A box holding one paragraph of its own and boxes of text with their buttons (an
    intro over an accordion of questions) is a section, not a call."""
    accordion = (
        "<div class='accordion'><div class='item'><h2><button data-bs-toggle='collapse' "
        "data-bs-target='#c0'>How long does delivery take?</button></h2><div id='c0' "
        "class='collapse'><p>Two to three working days, and next day for a fee.</p></div>"
        "</div></div>"
    )
    html = (
        "<html lang='en'><body><nav><a href='/'>Home</a></nav><main><h1>Questions</h1>"
        "<div class='text'><p>Here we answer the questions we are asked most often.</p>"
        f"{accordion}</div></main></body></html>"
    )
    body = newsextract.extract(html, url="https://shop.example/faq").body or ""
    assert "Here we answer the questions" in body
