"""A byline inside an ``<article>`` that stands in an ``<aside>`` (a related story's card in
the sidebar or beside the text) is that story's, not the page's writer."""

from __future__ import annotations

import newsextract

from .pages import filler

CARD = (
    '<article class="card"><h3><a href="/other">Bridge repairs delayed again</a></h3>'
    '<p class="byline">By Peter Lang</p></article>'
)


def _page(article_extra: str, sidebar: str) -> str:
    return (
        '<html lang="en"><head><meta charset="utf-8"><title>Harbour</title></head><body><main>'
        f"<article><h1>Council weighs plans for the old harbour</h1>{article_extra}"
        f'<div class="post">{filler("Harbour")}</div></article>'
        f'<aside class="sidebar">{sidebar}</aside></main></body></html>'
    )


def test_card_in_the_sidebar_names_no_writer() -> None:
    assert newsextract.extract(_page("", CARD)).authors == ()


def test_card_in_an_aside_of_the_article_names_no_writer() -> None:
    assert newsextract.extract(_page(f'<aside class="related">{CARD}</aside>', "")).authors == ()


def test_the_article_byline_still_counts() -> None:
    page = _page('<p class="byline">By Anna Price</p>', CARD)
    assert newsextract.extract(page).authors == ("Anna Price",)
