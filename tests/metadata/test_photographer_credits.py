"""The word for a photographer beside a name is a job title, cut from it ("Jane Doe,
Fotografin" -> "Jane Doe"); before a colon it is a photo credit, no author ("Fotograf: Max
Muster", "Fotógrafo: Juan Pérez"); in brackets after a name it marks the photographer."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Jane Doe, Fotografin", "de", ["Jane Doe"]),
        ("Fotograf: Max Muster", "de", []),
        ("Von Anna Berg (Text) und Max Muster (Fotograf)", "de", ["Anna Berg"]),
        ("Por Ana Souza, fotógrafa", "pt", ["Ana Souza"]),
        ("Fotógrafo: Juan Pérez", "es", []),
        ("Anna Berg, fotograf", "sv", ["Anna Berg"]),
        ("Иван Петров, фотокорреспондент", "ru", ["Иван Петров"]),
    ],
)
def test_photographer_words(byline: str, language: str, names: list[str]) -> None:
    assert split_byline(byline, language) == names
