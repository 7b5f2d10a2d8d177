"""A place after a byline's name as the page's language writes it ("Олена Коваленко, Київ",
"Lucie Králová, Praha") is where the story was filed from: data/places.txt holds CLDR's names
of countries, territories and time-zone cities in every language file's language."""

from __future__ import annotations

import pytest
from tests.metadata.pages import byline_page

import newsextract
from newsextract.labels import is_place
from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Автор: Олена Коваленко, Київ", "uk", ["Олена Коваленко"]),
        ("Autor: Lucie Králová, Praha", "cs", ["Lucie Králová"]),
        ("Автор: Георги Димитров, София", "bg", ["Георги Димитров"]),
        ("Av Anna Svensson och Erik Lind, Stockholm", "sv", ["Anna Svensson", "Erik Lind"]),
        ("Autor: Jan Nowak, Adam Kowalski", "pl", ["Jan Nowak", "Adam Kowalski"]),  # two writers
    ],
)
def test_a_place_in_the_page_language_is_no_writer(
    byline: str, language: str, names: list[str]
) -> None:
    assert split_byline(byline, language) == names


@pytest.mark.parametrize("name", ["Praha", "київ", "Варшава", "Wien", "Germany", "New York"])
def test_places_in_english_and_other_languages(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize("name", ["Jane Doe", "", "praha\nwien", "Places a byline names"])
def test_no_place(name: str) -> None:
    assert not is_place(name)


def test_the_page_keeps_the_writer_alone() -> None:
    html = byline_page("uk", "новини", "Автор: Олена Коваленко, Київ")
    assert newsextract.extract(html).authors == ("Олена Коваленко",)
