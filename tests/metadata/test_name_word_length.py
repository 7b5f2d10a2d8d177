"""A word longer than any name's is no part of a name: an author field of 2,000 "A"s (or
of a million references to "A") came out as a 2,000-character author, the length cap
holding but the junk kept (wave 73's hostile round)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.name_cleaning import clean_name

_TEXT = "The harbour plan was approved on Monday by the council. " * 10


def _page(author: str) -> str:
    return (
        f'<html><head><meta name="author" content="{author}"><title>Harbour plan</title>'
        f"</head><body><article><h1>Harbour plan</h1><p>{_TEXT}</p></article></body></html>"
    )


@pytest.mark.parametrize("author", ["A" * 2_000, "Jo " + "B" * 300, "&#x41;" * 5_000])
def test_an_author_field_of_one_endless_word_names_no_one(author: str) -> None:
    article = newsextract.extract(_page(author), url="https://news.example/a/harbour-plan")
    assert article.authors == ()


@pytest.mark.parametrize(
    "name",
    [
        "Anna Wolfeschlegelsteinhausenbergerdorff",  # 35 letters: the longest family names
        "สมชาย ศรีสุวรรณวงศ์",  # a Thai family name of 13 letters
        "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff",
    ],
)
def test_long_family_names_stay_names(name: str) -> None:
    assert clean_name(name) == name
