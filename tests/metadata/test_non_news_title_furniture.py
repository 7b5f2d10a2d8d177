"""Furniture non-news pages set in or around their heading (`test_blind_title_probes_76k`'s
second round): a price, a "sold out" or "new" ribbon after the ``<h1>``'s name, a spaced
triangle between a ``<title>``'s parts, a one-word ``<h1>`` a trail ``<title>`` ends at."""

from __future__ import annotations

import time

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.metadata.headline import headline_text
from newsextract.metadata.site_names import title_parts
from newsextract.metadata.title import choose_title
from newsextract.metadata.title_sections import trail_end


def _h1(inner: str) -> str:
    node = LexborHTMLParser(f"<h1>{inner}</h1>").css_first("h1")
    assert node is not None
    return headline_text(node)


@pytest.mark.parametrize(
    "inner",
    [
        'Byt v centre <span class="price">189 000 €</span>',
        'Byt v centre <span class="listing-price">189 000 €</span>',
        'Byt v centre <span class="soldout">Uitverkocht</span>',
        'Byt v centre <span class="is-sold-out">Sold out</span>',
        'Byt v centre <span class="ribbon">Novità</span>',
    ],
)
def test_an_offers_state_after_its_name_is_no_word_of_it(inner: str) -> None:
    assert _h1(inner) == "Byt v centre"


@pytest.mark.parametrize("counter", ["1/12", "3 / 24", "#412"])
def test_a_place_in_a_series_after_the_title_is_no_word_of_it(counter: str) -> None:
    assert _h1(f'Fiestas en imágenes <span class="counter">{counter}</span>') == (
        "Fiestas en imágenes"
    )


def test_a_fraction_inside_the_title_stays() -> None:
    assert _h1("Fiestas <span>1/12</span> en imágenes") == "Fiestas 1/12 en imágenes"
    assert _h1("Fiestas en imágenes 1/12") == "Fiestas en imágenes 1/12"  # no element of its own


@pytest.mark.parametrize(
    "inner",
    [
        'Byt v centre <span class="priced">Košice</span>',  # "price" a whole word only
        'Byt v centre <span class="pricelist">Košice</span>',
        'Byt v centre <span class="place">Košice</span>',
    ],
)
def test_other_spans_keep_their_words(inner: str) -> None:
    assert _h1(inner) == "Byt v centre Košice"


def test_a_spaced_triangle_separates_title_parts() -> None:
    assert title_parts("Haus, das ▶ Rechtschreibung, Bedeutung | Wörterbuch") == [
        "Haus, das",
        "Rechtschreibung, Bedeutung",
        "Wörterbuch",
    ]
    assert title_parts("Play▶Pause") == ["Play▶Pause"]  # unspaced: a word's own


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Guide › Installation › Linux", "Linux"),
        ("Home » Linux", "Linux"),
        ("Linux < Installation < Guide", "Linux"),  # read backward
        ("Guide › Installation » Linux", ""),  # two kinds of mark: no trail
        ("Linux on the desktop", ""),
        ("Guide ›", ""),  # a mark with no part after it
        (" " * 5_000 + "› Linux", ""),  # too long to split
    ],
)
def test_trail_end(title: str, want: str) -> None:
    assert trail_end(title) == want


def test_a_one_word_headline_a_trail_title_ends_at_wins() -> None:
    choice = choose_title("Linux", ["Guide › Installation › Linux | Docs"], ["Docs"])
    assert (choice.title, choice.index) == ("Linux", -1)


def test_a_one_word_headline_a_trail_passes_through_still_loses() -> None:
    choice = choose_title("Installation", ["Guide › Installation › Linux | Docs"], ["Docs"])
    assert choice.title != "Installation"


@pytest.mark.parametrize("title", [" " * 100_000 + "›", "a ›" * 50_000, " ▶ " * 30_000])
def test_hostile_titles_are_quick(title: str) -> None:
    start = time.perf_counter()
    trail_end(title)
    title_parts(title)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("text", ["1" + " " * 100_000 + "x", "1/" * 50_000, "1" * 100_000])
def test_hostile_counters_are_quick(text: str) -> None:
    start = time.perf_counter()
    _h1(f"Fiestas <span>{text}</span>")
    assert time.perf_counter() - start < 1.0
