"""Two look-alikes of a writer: a place whose first word is a given name beside the day
("March 3, 2024 | Jackson Heights": ``data/names/place_words.txt``), and the place a
newsroom's placeholder filed from ("Na Mwandishi Wetu, Arusha")."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_openings import place_word

from .pages import filler


def _page(line: str, language: str) -> str:
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>Buses</title></head>'
        f"<body><article><h1>Night buses to reach more valley villages</h1>{line}"
        f'<div class="post">{filler("Valley")}</div></article></body></html>'
    )


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ('<p class="meta">March 3, 2024 | Jackson Heights</p>', "en"),
        ('<p class="meta">March 3, 2024 · Charlotte Harbor</p>', "en"),
        ("<p>March 3, 2024 - Florence Road</p>", "en"),
        ('<p class="meta">March 3, 2024 | Austin City Council</p>', "en"),
        ("<p>March 3, 2024 | Grace Church</p>", "en"),
        ("<p>14.03.2024 | Karl Heine Straße</p>", "de"),
        ("<p>14.03.2024 | Otto Lindenplatz</p>", "de"),
        ("<p>14.03.2024 | Emma Oranjestraat</p>", "nl"),
    ],
)
def test_a_place_named_for_a_person_beside_the_day_is_no_writer(line: str, language: str) -> None:
    assert newsextract.extract(_page(line, language)).authors == ()


@pytest.mark.parametrize(
    ("line", "language", "name"),
    [
        # family names that are also places' words stay names
        ("<p>March 3, 2024 | Grace Park</p>", "en", "Grace Park"),
        ("<p>March 3, 2024 | Daniel Hall</p>", "en", "Daniel Hall"),
        ("<p>March 3, 2024 | Diane Lane</p>", "en", "Diane Lane"),
        ("<p>14.03.2024 | Eva van der Laan</p>", "nl", "Eva van der Laan"),
        ("<p>14.03.2024 - Katrin Vogel</p>", "de", "Katrin Vogel"),
    ],
)
def test_a_writer_beside_the_day(line: str, language: str, name: str) -> None:
    assert newsextract.extract(_page(line, language)).authors == (name,)


def test_place_words() -> None:
    assert place_word("Heights") and place_word("harbour") and place_word("Hauptstraße")
    assert not place_word("Park") and not place_word("Hall") and not place_word("Moreno")
    assert not place_word("")


@pytest.mark.parametrize(
    ("byline", "language"),
    [
        ("Na Mwandishi Wetu, Arusha", "sw"),
        ("By Staff, Kisumu", "en"),
    ],
)
def test_a_word_after_a_placeholder_is_its_place(byline: str, language: str) -> None:
    assert split_byline(byline, language) == []
    # a container's text, read without the language's own labels: the place goes still
    assert len(split_byline(byline, places_of=language)) <= 1


def test_an_agency_or_a_writer_after_a_placeholder_stays() -> None:
    assert split_byline("By Staff, Reuters", "en") == ["Reuters"]
    assert split_byline("By Staff, Jane Doe", "en") == ["Jane Doe"]


def test_a_placeholder_byline_page_names_no_one() -> None:
    page = _page('<p class="byline">Na Mwandishi Wetu, Arusha</p>', "sw")
    assert newsextract.extract(page).authors == ()
