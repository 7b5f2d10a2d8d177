"""A byline inside another story's card listed in the article (an ``<article>`` whose class
closes with "-teaser", as Drupal's "node--teaser") is that story's, not the page's (a
trafilatura-set half-A page credited a teaser's writer)."""

from __future__ import annotations

import newsextract

from .pages import filler

CARD = (
    '<article class="node node--teaser"><a href="/other-story"><h3>Another story</h3>'
    '<div class="summary">A short summary of another story. <span class="author"> von Mia Roth'
    "</span></div></a></article>"
)


def _page(byline: str) -> str:
    return (
        '<html lang="de"><head><meta charset="utf-8"><title>Gärten im Winter</title></head>'
        '<body><article class="node node--full"><h1>Gärten im Winter</h1>'
        f"{byline}{filler('Garten')}<div class='content-list'>{CARD}</div>"
        "</article></body></html>"
    )


def test_card_byline_is_not_the_page_author() -> None:
    assert newsextract.extract(_page("")).authors == ()


def test_page_byline_wins() -> None:
    byline = '<p class="author">von Lena Busch</p>'
    assert newsextract.extract(_page(byline)).authors == ("Lena Busch",)


def test_teaser_word_inside_a_token_is_not_a_card() -> None:
    page = _page("").replace("node node--teaser", "node teaserless")
    assert newsextract.extract(page).authors == ("Mia Roth",)
