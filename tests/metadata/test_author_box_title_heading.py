"""An author box headed by its title on a line of its own ("About the author", "Über den
Autor", "O autorovi") over the name: the title is no name ("Über den Autor" gave "Über den")."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract


@pytest.mark.parametrize(
    ("language", "word", "heading"),
    [
        ("en", "word", "About the author"),
        ("de", "wort", "Über den Autor"),
        ("de", "wort", "Über die Autorin"),
        ("fr", "mot", "À propos de l’auteur"),
        ("cs", "slovo", "O autorovi"),
        ("pl", "słowo", "O autorze"),
        ("sv", "ord", "Om författaren"),
        ("tr", "kelime", "Yazar hakkında"),
    ],
)
def test_the_box_title_is_no_name(language: str, word: str, heading: str) -> None:
    box = (
        f'<div class="author-box"><h3>{heading}</h3><p><a href="/a/k">Karel Novotný</a></p>'
        "<p>Redaktor zpravodajství.</p></div>"
    )
    article = newsextract.extract(article_page(language, "T T T", filler(word) + box))
    assert article.authors == ("Karel Novotný",)
