"""Two byline labels of the language files: Swahili "Mwandishi:" ("writer:"), a label with
its colon only (bare, the word opens the placeholder "Mwandishi Wetu", "our writer"), and
Tagalog "nina", the plural of "ni" ("by"), before two names or more (the given name Nina
stays a name)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline

from .pages import filler


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Mwandishi: Zawadi Kilonzo", "sw", ["Zawadi Kilonzo"]),
        ("Mwandishi Wetu", "sw", []),
        ("Na Mwandishi Wetu", "sw", []),
        ("Nina Rosalind Malabanan at Tomas Ilagan", "tl", ["Rosalind Malabanan", "Tomas Ilagan"]),
        ("Nina Malabanan", "tl", ["Nina Malabanan"]),
        ("Ni Nina Malabanan", "tl", ["Nina Malabanan"]),
    ],
)
def test_labels(byline: str, language: str, names: list[str]) -> None:
    assert split_byline(byline, language) == names


def test_a_swahili_writer_line_names_the_writer() -> None:
    page = (
        '<html lang="sw"><head><meta charset="utf-8"><title>Mabasi</title></head>'
        "<body><article><h1>Mabasi ya usiku kufika vijiji zaidi</h1>"
        '<p class="byline">Mwandishi: Zawadi Kilonzo</p>'
        f'<div class="post">{filler("Bonde")}</div></article></body></html>'
    )
    assert newsextract.extract(page).authors == ("Zawadi Kilonzo",)
