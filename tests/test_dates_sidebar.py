"""Dates in the site's sidebar (an <aside> outside the article, or a container named
"sidebar") are other stories': a sidebar set before the article in the markup does not date
it. A "sidebar" inside the <article> (its own date column), a layout's main column named
after the sidebar ("sidebar__main") and Blogger's "widget Blog" post keep their dates."""

from __future__ import annotations

from datetime import date

import pytest
from tests.metadata.pages import filler

import newsextract
from newsextract.metadata.element_places import in_sidebar
from newsextract.page import ParsedPage

_OTHERS = "".join(
    f"<li><a href='/o{i}'>Another story {i}</a> <span class='date'>April {10 + i}, 2024 9:00 am"
    "</span></li>"
    for i in range(3)
)
_ARTICLE = (
    "<article><h1>Council approves the ferry timetable</h1>"
    "<p class='byline'>March 3, 2024 6:20 pm</p>" + filler("ferry") + "</article>"
)


@pytest.mark.parametrize(
    "sidebar",
    [
        f"<aside><ul>{_OTHERS}</ul></aside>",
        f"<div class='sidebar sidebar_left'><ul>{_OTHERS}</ul></div>",
        f"<div id='side-bar'><section><ul>{_OTHERS}</ul></section></div>",
    ],
)
def test_a_sidebar_before_the_article_does_not_date_it(sidebar: str) -> None:
    page = f"<html lang='en'><body>{sidebar}{_ARTICLE}</body></html>"
    article = newsextract.extract(page, url="https://example.org/news/ferry")
    assert article.published is not None and article.published.date() == date(2024, 3, 3)


@pytest.mark.parametrize(
    ("markup", "inside"),
    [
        ("<aside class='sidebar'><p class='date'>x</p></aside>", True),
        ("<article><aside class='sidebar'><p class='date'>x</p></aside></article>", False),
        ("<div class='sidebar__main'><p class='date'>x</p></div>", False),
        ("<div class='widget Blog'><p class='date'>x</p></div>", False),
        ("<div class='sidebar_right'><ul><li><p class='date'>x</p></li></ul></div>", True),
    ],
)
def test_what_counts_as_the_sidebar(markup: str, inside: bool) -> None:
    node = ParsedPage(f"<html><body>{markup}</body></html>").tree.css_first("p.date")
    assert node is not None
    assert in_sidebar(node) is inside
