"""Byline structures the blind byline probe missed (tests/metadata/test_blind_byline_probes.py):
a job title of several words after the name, a paper's authors marked by superscripts, and a
recipe's credit opened by the language's "a recipe by". Invented names and sites."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # a job title whose words close with a role is one title, no second name
        ("By Rachel Okafor, Senior Local Government Correspondent", ["Rachel Okafor"]),
        ("By Tom Reyes, Chief Regional Affairs Editor @treyes", ["Tom Reyes"]),
        ("Ola Nordmann, Senior Climate Reporter", ["Ola Nordmann"]),
        # a name after a leading title stays a name (the title closes no words after it)
        ("door verslaggevers Marloes van Dijk en Joost Smit", ["Marloes van Dijk", "Joost Smit"]),
    ],
)
def test_a_title_of_several_words_after_the_name_is_no_name(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def _page(lang: str, meta: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Reading rooms</title></head>'
        f"<body><main><article><h1>Reading rooms</h1>{meta}"
        + "<p>The reading room reopened after a long closure and filled within an hour.</p>" * 4
        + "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "meta", "names"),
    [
        (
            "en",
            '<div class="article-authors">Anna Kowalska<sup>1</sup>, Jan de Vries<sup>2,*</sup>'
            " and Li Wei<sup>1</sup></div>",
            ("Anna Kowalska", "Jan de Vries", "Li Wei"),
        ),
        (
            "de",
            '<p class="authors">Jana Becker<sup>1</sup><sup>†</sup> und Tobias Krüger'
            "<sup>2</sup></p>",
            ("Jana Becker", "Tobias Krüger"),
        ),
        ("fr", '<p class="recipe-author">Une recette de Claire Dubois</p>', ("Claire Dubois",)),
        ("es", '<p class="credit">Una receta de Lucía Ferrer</p>', ("Lucía Ferrer",)),
        ("pt", '<p class="credit">Uma receita de Marina Couto</p>', ("Marina Couto",)),
    ],
)
def test_marked_names_and_recipe_credits(lang: str, meta: str, names: tuple[str, ...]) -> None:
    got = newsextract.extract(_page(lang, meta), url="https://example.org/2024/03/rooms")
    assert got.authors == names


def test_a_recipe_title_opened_by_the_word_alone_is_no_byline() -> None:
    meta = '<p class="credit">Receta de Tortilla Campera</p>'
    got = newsextract.extract(_page("es", meta), url="https://example.org/2024/03/rooms")
    assert got.authors == ()


@pytest.mark.parametrize(
    ("meta", "names"),
    [
        # German newsrooms credit an interview's interviewer so, in the byline's element
        ('<span class="byline">Interview: Miriam Vogt</span>', ("Miriam Vogt",)),
        (
            '<span class="author">Interview: Miriam Vogt und Jana Becker</span>',
            ("Miriam Vogt", "Jana Becker"),
        ),
        # the person interviewed is named after "mit", and free text is no credit
        ('<span class="byline">Interview mit Stefan Albrecht</span>', ()),
        ("<p>Interview: Stefan Albrecht</p>", ()),
    ],
)
def test_an_interviews_interviewer(meta: str, names: tuple[str, ...]) -> None:
    got = newsextract.extract(_page("de", meta), url="https://example.org/2024/03/rooms")
    assert got.authors == names
