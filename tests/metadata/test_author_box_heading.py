"""An author box after the text headed "About NAME" (a WordPress theme's box, the page's only
byline) gives the name without the heading's word."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page

import newsextract

TEXT = (
    "<p>The trails above the town are open again after the snow, though the high passes "
    "stay closed until the end of the month and the lower paths are deep in mud.</p>"
    "<p>Rangers ask walkers to keep to the marked routes and to turn back at the gates, "
    "where the snow still lies a metre deep in the shade of the forest.</p>"
)


def page(language: str, heading: str) -> str:
    box = (
        f"<div class='author-box'><div><h4 class='author-box-name'>{heading}</h4>"
        "<p>A trail runner and writer.</p></div></div>"
    )
    return article_page(language, "Spring trail report", TEXT + box)


@pytest.mark.parametrize(
    ("language", "heading", "name"),
    [
        ("en", "About Rachel Green", "Rachel Green"),
        ("de", "Über Anna Berger", "Anna Berger"),
        ("fr", "À propos de Marie Lefèvre", "Marie Lefèvre"),
        ("es", "Acerca de Lucía Gómez", "Lucía Gómez"),
    ],
)
def test_the_heading_word_of_an_author_box_is_no_part_of_the_name(
    language: str, heading: str, name: str
) -> None:
    article = newsextract.extract(page(language, heading), "https://trails.example/2025/04/spring")
    assert article.authors == (name,)
