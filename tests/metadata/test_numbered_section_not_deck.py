"""An ``<h2>`` right after the ``<h1>`` is the deck (the lead), unless it opens the first of
numbered sections: "1. …" with a later sibling ``<h2>`` "2. …" of the same mark (a medicine
leaflet's sections), which the body keeps as its first heading
(``standfirst._first_numbered_section``). A deck opening on a number with no second
("1. FC …", a club's name) stays the lead."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The tablets lower pain and fever; they do not treat the cause of either, and a fever"
    " that lasts longer than three days needs a doctor's advice before any more are taken.</p>"
)
_URL = "https://leaflets.example/paracetamol"


def _page(first: str, second: str) -> str:
    return (
        "<html lang='en'><head><title>Paracetamol 500 mg</title></head><body><main><article>"
        f"<h1>Paracetamol 500 mg: information for the patient</h1><h2>{first}</h2>{_TEXT}"
        f"<h2>{second}</h2>{_TEXT}</article></main></body></html>"
    )


def test_the_first_of_numbered_sections_is_no_deck() -> None:
    first = "1. What paracetamol is and what it is used for"
    article = newsextract.extract(_page(first, "2. How to take it"), url=_URL)
    assert article.lead != first
    assert article.body.startswith(first)


def test_a_closing_bracket_numbering_counts_too() -> None:
    first = "1) What paracetamol is and what it is used for"
    article = newsextract.extract(_page(first, "2) How to take it"), url=_URL)
    assert article.lead != first


def test_a_number_without_its_second_stays_the_deck() -> None:
    deck = "1. FC Riverside wins its first cup final in forty years after extra time"
    article = newsextract.extract(_page(deck, "The final in numbers"), url=_URL)
    assert article.lead == deck


def test_another_mark_on_the_second_stays_the_deck() -> None:
    deck = "1. FC Riverside wins its first cup final in forty years after extra time"
    article = newsextract.extract(_page(deck, "2) The final in numbers"), url=_URL)
    assert article.lead == deck
