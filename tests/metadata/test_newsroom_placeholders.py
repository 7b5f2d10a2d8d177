"""A byline that credits the newsroom as a whole ("Redazione", "Redactie", "Redakcja",
"Toimitus") names no author, in the languages whose files list the word; a plural label
("Höfundar:", Icelandic authors) opens the names like the singular."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://news.example/2025/04/ponte"


@pytest.mark.parametrize(
    ("language", "word", "credit"),
    [
        ("it", "ponte", "Redazione"),
        ("nl", "brug", "Redactie"),
        ("pl", "most", "Redakcja"),
        ("fi", "silta", "Toimitus"),
        ("sv", "bro", "Redaktionen"),
        ("cs", "most", "Redakce"),
    ],
)
def test_the_newsroom_is_no_author(language: str, word: str, credit: str) -> None:
    inner = f'<p class="author">{credit}</p>{filler(word)}'
    assert newsextract.extract(article_page(language, f"{word} {word}", inner), URL).authors == ()


def test_an_icelandic_plural_label() -> None:
    byline = '<p class="author">Höfundar: Sigríður Jónsdóttir og Gunnar Magnússon</p>'
    article = newsextract.extract(article_page("is", "Ný brú", byline + filler("brú")), URL)
    assert article.authors == ("Sigríður Jónsdóttir", "Gunnar Magnússon")
