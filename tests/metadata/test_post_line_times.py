"""A blog's post line: its label in the language (Blogger's "Eingestellt von", "Gepost door",
"Lähettänyt"), the writer, then the time after the language's "at" ("alle 10:30", "o
10:30"): the time and its word are no part of the name."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("line", "language", "names"),
    [
        ("Pubblicato da Chiara Galli alle 10:30", "it", ["Chiara Galli"]),
        ("Opublikowane przez Anna Nowak o 10:30", "pl", ["Anna Nowak"]),
        ("Gepost door Sanne de Vries op 10:30", "nl", ["Sanne de Vries"]),
        ("Eingestellt von Jonas Weber um 10:30", "de", ["Jonas Weber"]),
        ("Postado por Rita Fonseca às 10:30", "pt", ["Rita Fonseca"]),
        ("Lähettänyt Aino Virtanen klo 10.30", "fi", ["Aino Virtanen"]),
        # a time alone after the name
        ("By Jane Holt 10:30", "en", ["Jane Holt"]),
    ],
)
def test_the_time_after_the_name_goes(line: str, language: str, names: list[str]) -> None:
    assert split_byline(line, language) == names
