"""A place after a byline's name as the page's language writes it ("Олена Коваленко, Київ",
"Lucie Králová, Praha") is where the story was filed from: data/places/ holds CLDR's names
of countries, territories and time-zone cities in English and in each language file's
language, read for the page's language."""

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


@pytest.mark.parametrize(
    ("name", "language"),
    [("Praha", "cs"), ("київ", "uk"), ("Варшава", "ru"), ("Wien", "de"), ("Germany", None),
     ("New York", "fr"), ("Praha", "cs-CZ")],
)  # fmt: skip
def test_places_in_english_and_the_page_language(name: str, language: str | None) -> None:
    assert is_place(name, language)


@pytest.mark.parametrize(
    ("name", "language"),
    [("Jane Doe", "en"), ("", None), ("praha\nwien", "cs"), ("Places a byline names", None),
     ("Praha", "en"), ("Praha", None), ("Praha", "../cs"), ("Wien", "xx")],
)  # fmt: skip
def test_no_place(name: str, language: str | None) -> None:
    """Another language's name of a place is not read on a page of this one (a Czech "Praha"
    on an English page), and a language code never names a path."""
    assert not is_place(name, language)


def test_the_page_keeps_the_writer_alone() -> None:
    html = byline_page("uk", "новини", "Автор: Олена Коваленко, Київ")
    assert newsextract.extract(html).authors == ("Олена Коваленко",)


@pytest.mark.parametrize("language", ["cs", "uk", "sv", "en", "xx"])
def test_a_language_table_holds_english_and_its_own_names(language: str) -> None:
    """Each language's table joins English's groups, built once, to its own: every name of
    either file is in the group of its first character, whole, and nothing else is."""
    from newsextract.labels import _place_names, _places_by_first

    lines = {
        line
        for text in (_place_names("en"), _place_names(language))
        for line in text.split("\n")[1:-1]
        if line
    }
    table = _places_by_first(language)
    for first, group in table.items():
        assert group.startswith("\n") and group.endswith("\n") and "\n\n" not in group
        assert all(line[0] == first for line in group.strip("\n").split("\n"))
    assert {line for group in table.values() for line in group.strip("\n").split("\n")} == lines
