"""A category line closed by a byline ("Posted in Soups by Ada Stone") names the section
only: the names end at a byline label before a person's name of two or three capitalised
words."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.label_lines import category_line_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted in Soups by Ada Stone", ("Soups",)),
        ("Filed under: Recipes, Winter by Ada Stone", ("Recipes", "Winter")),
        ("Kategorie: Rezepte von Anna Maria Berg", ("Rezepte",)),
        ("Posted in Soups", ("Soups",)),
        ("Posted in Sopa de Tomate", ("Sopa de Tomate",)),  # one word after "de": no person
        ("Posted in Soups by ada stone", ("Soups by ada stone",)),  # no capitalised name
    ],
)
def test_names_end_at_a_closing_byline(line: str, names: tuple[str, ...]) -> None:
    assert category_line_names(line) == names


def test_the_page_category_leaves_the_byline_out() -> None:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<main><article><h1>Roasted tomato soup</h1><p class='cat'>Posted in Soups by Ada "
        "Stone</p><p>This is the soup I make every September when the tomatoes on the "
        "allotment all ripen at once and there is no other way to keep up.</p><p>Roasting "
        "them first with garlic gives the soup a deep, sweet flavour.</p></article></main>"
        "</body></html>"
    )
    article = newsextract.extract(html, url="https://kitchen.example/soup")
    assert "Ada Stone" not in " ".join(article.categories)
    assert "Posted in" not in (article.body or "")
