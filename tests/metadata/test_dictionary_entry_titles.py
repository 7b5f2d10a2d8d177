"""A dictionary entry's title (`test_blind_title_probes_76k`): the headword its ``<h1>``
shows, without the part of speech set after it in an element of its own, and over a
``<title>`` that quotes it in a phrase about it ("Значење речи „кућа”")."""

from __future__ import annotations

import time

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.metadata.headline import headline_text
from newsextract.metadata.title import choose_title, quotes_headline

_TEXT = (
    "<p>The entry gives the word's senses, its forms and a few examples of its use in "
    "sentences taken from books and letters of the last two centuries.</p>"
)


def _h1(inner: str) -> str:
    node = LexborHTMLParser(f"<h1>{inner}</h1>").css_first("h1")
    assert node is not None
    return headline_text(node)


@pytest.mark.parametrize(
    "inner",
    [
        'hiraeth <span class="pos">eg</span>',
        'Haus <span class="gram">n.</span>',
        'maison <span class="wordclass">nom féminin</span>',
        'house <span class="part-of-speech">noun</span>',
    ],
)
def test_part_of_speech_after_the_headword_is_no_word_of_it(inner: str) -> None:
    assert _h1(inner).split()[0] == _h1(inner)


@pytest.mark.parametrize(
    "inner",
    [
        'Old <span class="position">harbour</span>',  # "pos" only as a whole word
        'Old <span class="pos-relative">harbour</span>',  # a layout class, not a label
        'Old <span class="instagram">harbour</span>',  # "gram" only as a whole word
    ],
)
def test_other_classes_keep_their_words(inner: str) -> None:
    assert _h1(inner) == "Old harbour"


@pytest.mark.parametrize(
    ("headline", "title", "want"),
    [
        ("кућа", "Значење речи „кућа”", True),
        ("house", 'Synonyms for "house"', True),
        ("maison", "Définition de « maison »", True),
        ("кућа", "„кућа”", False),  # the quote is the whole title: nothing said about it
        ("house", 'Synonyms for "home"', False),
        ("house", "Synonyms for house", False),
        ("Blog", "Home » Blog » Post", False),  # a trail's guillemets, no quotation
        ("Blog", "Home › Blog › Post", False),
        ("house", "Synonyme für »house«", True),
        ("家", "「家」の意味", True),
    ],
)
def test_quotes_headline(headline: str, title: str, want: bool) -> None:
    assert quotes_headline(headline, title) is want


def test_a_title_quoting_the_one_word_headline_loses_to_it() -> None:
    choice = choose_title("кућа", ["Значење речи „кућа” | Речник"], ["Речник"])
    assert choice.title == "кућа"
    assert choice.index == -1


def test_a_one_word_headline_not_quoted_still_loses() -> None:
    choice = choose_title("Politika", ["Vlada je usvojila budžet | Novine"], ["Novine"])
    assert choice.title == "Vlada je usvojila budžet"


def test_the_dictionary_page() -> None:
    html = (
        "<html lang='sr'><head><title>Значење речи „кућа” | Речник</title></head><body>"
        f"<main><div class='entry'><h1>кућа</h1><p class='gram'>ж.</p>{_TEXT}</div></main>"
        "</body></html>"
    )
    assert newsextract.extract(html, url="https://recnik.example/rec/kuca").title == "кућа"


@pytest.mark.parametrize(
    "title",
    [
        "„" + "a" * 100_000 + "”",
        "„" * 100_000,
        ("„" + "a" * 79) * 2_000,
        " " * 100_000,
        "1-" * 50_000,
    ],
)
def test_quotes_headline_is_linear_on_hostile_titles(title: str) -> None:
    start = time.perf_counter()
    quotes_headline("a", title)
    assert time.perf_counter() - start < 1.0
