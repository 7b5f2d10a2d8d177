"""A blog theme's post meta names the section after the writer with the language's "in"
("Opublikowano 12 marca 2024 przez Anna Nowak w kategorii Ogród", "by Jane Doe in Recipes"):
the section is no part of the name, nor a second author."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract
from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.metadata.authors import split_byline

# (language, the meta line, the author)
LINES = [
    ("pl", "Opublikowano 12 marca 2024 przez Anna Nowak w kategorii Ogród", "Anna Nowak"),
    ("en", "Posted on March 12, 2024 by Jane Doe in Recipes", "Jane Doe"),
    ("de", "Veröffentlicht am 12. März 2024 von Anna Berger in Garten", "Anna Berger"),
    ("fr", "Publié le 12 mars 2024 par Camille Moreau dans Jardinage", "Camille Moreau"),
    ("es", "Publicado el 12 de marzo de 2024 por Lucía Ferrer en Recetas", "Lucía Ferrer"),
    ("it", "Pubblicato il 12 marzo 2024 di Giulia Conti in Giardino", "Giulia Conti"),
    ("pt", "Publicado em 12 de março de 2024 por Rui Martins em Receitas", "Rui Martins"),
    ("nl", "Gepubliceerd op 12 maart 2024 door Sanne de Vries in Tuin", "Sanne de Vries"),
    ("cs", "Publikováno 12. března 2024 od Jana Dvořáková v kategorii Zahrada", "Jana Dvořáková"),
    ("sv", "Publicerat 12 mars 2024 av Anna Berg i Trädgård", "Anna Berg"),
]


@pytest.mark.parametrize(("language", "line", "author"), LINES, ids=[c[0] for c in LINES])
def test_section_after_the_writer_is_cut(language: str, line: str, author: str) -> None:
    inner = f'<div class="entry-meta">{line}</div>{filler("Lorem")}'
    article = newsextract.extract(article_page(language, "Ipsum dolor sit amet", inner))
    assert article.authors == (author,)
    assert article.published is not None and article.published.day == 12


def test_each_writer_with_its_place() -> None:
    names = split_byline("Por Ana López en Madrid y Juan Pérez en Sevilla", "es")
    assert names == ["Ana López", "Juan Pérez"]
    names = split_byline("przez Anna Nowak i Jan Kowalski w kategorii Ogród", "pl")
    assert names == ["Anna Nowak", "Jan Kowalski"]


def test_a_joiner_of_another_language_is_the_pages_in() -> None:
    """Spanish "en" is Dutch "and": on a Spanish page the section after it is no writer."""
    assert split_byline("Por Lucía Ferrer en Recetas", "es") == ["Lucía Ferrer"]
    assert split_byline("door Sanne de Vries en Pieter Bakker", "nl") == [
        "Sanne de Vries",
        "Pieter Bakker",
    ]


def test_read_on_the_pages_language_only() -> None:
    """Polish "w" is no preposition on a page of unknown language, nor "i" on a Polish one."""
    assert split_byline("Anna Nowak i Jan Kowalski", "pl") == ["Anna Nowak", "Jan Kowalski"]
    assert "w" in words(LabelList.PLACE_PREPOSITIONS, "pl")
    assert "w" not in words(LabelList.PLACE_PREPOSITIONS, "en")
