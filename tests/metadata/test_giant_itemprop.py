"""A giant ``itemprop`` is read for its tokens to its first characters only."""

from __future__ import annotations

import newsextract
from newsextract.metadata.microdata import _itemprop_tokens


def test_giant_itemprop_gives_its_first_tokens() -> None:
    tokens = _itemprop_tokens("author creator " + "x " * 3_000_000)
    assert tokens[:2] == ["author", "creator"]
    assert len(tokens) <= 5_002


def test_page_with_a_giant_itemprop_is_extracted() -> None:
    text = "The council met on Tuesday to discuss the new budget for the coming year. " * 5
    html = (
        '<html><body><article itemscope itemtype="https://schema.org/NewsArticle">'
        f'<h1 itemprop="headline">Budget talks resume</h1><p>{text}</p>'
        f'<span itemprop="author {"x " * 1_000_000}">Ann Bee</span></article></body></html>'
    )
    article = newsextract.extract(html, url="https://example.com/budget")
    assert article.title == "Budget talks resume"
