"""A line after the headline holding the day and two capitalised words with no label names
the writer only when the first word is a given name (``data/names/given.txt.gz``): a section, a
place, a venue or a column beside the day is no writer."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.byline_openings import given_name

from .pages import filler


def _page(line: str, language: str) -> str:
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>Hafen</title></head>'
        f"<body><article><h1>Plans for the old harbour district</h1>{line}"
        f'<div class="post">{filler("Harbour")}</div></article></body></html>'
    )


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ('<p class="meta">14.03.2024 - Lokales Umland</p>', "de"),
        ("<p>14.03.2024 | Oberes Elbtal</p>", "de"),
        ("<p>14.03.2024 - Stadthalle Neustadt</p>", "de"),
        ('<p class="meta">March 3, 2024 | Cedar Rapids</p>', "en"),
        ('<p class="meta">March 3, 2024 | New York</p>', "en"),
        ('<div class="meta">March 3, 2024 - City Hall Annex</div>', "en"),
        ("<p>March 3, 2024 | Guest Column</p>", "en"),
        ("<p>14.03.2024 — Северный Кавказ</p>", "ru"),
        ("<p>14/03/2024 - Κεντρική Μακεδονία</p>", "el"),
        ("<p>14/03/2024 - Mjini Dodoma</p>", "sw"),
    ],
)
def test_no_writer_beside_the_day(line: str, language: str) -> None:
    assert newsextract.extract(_page(line, language)).authors == ()


@pytest.mark.parametrize(
    ("line", "language", "name"),
    [
        ("<p>14.03.2024 - Katrin Vogel</p>", "de", "Katrin Vogel"),
        ("<p>March 3, 2024 | Daniel Moreno</p>", "en", "Daniel Moreno"),
        ("<p>14.03.2024 — Ольга Петренко</p>", "ru", "Ольга Петренко"),
        ("<p>14/03/2024 - Μαρία Παπαδοπούλου</p>", "el", "Μαρία Παπαδοπούλου"),
    ],
)
def test_writer_beside_the_day(line: str, language: str, name: str) -> None:
    assert newsextract.extract(_page(line, language)).authors == (name,)


def test_given_names() -> None:
    assert given_name("Amelie") and given_name("OLGA") and given_name("Μαρία")
    assert not given_name("Lokales") and not given_name("City") and not given_name("")
    assert not given_name("amelie\nbrandt")
