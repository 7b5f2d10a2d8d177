"""The standfirst is the lead; it stays in the body only where the page writes it there."""

from __future__ import annotations

import newsextract

_PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the report on the harbour works, with enough words to read as prose"
    f" and to be taken for the article's own running text by the extractor.</p>"
    for n in range(1, 5)
)
_INTRO = "The harbour will close for three weeks while the old quay is rebuilt, the port said."


def _page(article: str) -> str:
    return (
        "<html><head><title>Harbour works</title></head><body>"
        f"<main><article>{article}</article></main></body></html>"
    )


def test_standfirst_in_the_header_is_the_lead_only() -> None:
    html = _page(
        f'<header><h1>Harbour to close for works</h1><p class="standfirst">{_INTRO}</p></header>'
        f'<div class="article-body">{_PARAGRAPHS}</div>'
    )
    article = newsextract.extract(html, "https://news.example/harbour")
    assert article.lead == _INTRO
    assert _INTRO not in article.body
    assert article.body.startswith("Paragraph 1")


def test_standfirst_written_as_the_first_paragraph_stays_in_the_body() -> None:
    html = _page(
        "<h1>Harbour to close for works</h1><p>By Ana Ruiz</p>"
        f'<div class="article-body"><p class="intro">{_INTRO}</p>{_PARAGRAPHS}</div>'
    )
    article = newsextract.extract(html, "https://news.example/harbour")
    assert article.lead == _INTRO
    assert article.body.startswith(_INTRO)


def test_badge_of_spans_above_the_headline_goes_with_the_standfirst() -> None:
    # A live page's badge set as two spans reads as one word in the body's block
    # ("Liveupdated") and as two in the header's text: it is the group's kicker all the same.
    html = _page(
        '<header><div class="status"><span>Live</span><span>updated</span></div>'
        f"<h1>Harbour to close for works</h1><h2><p>{_INTRO}</p></h2></header>{_PARAGRAPHS}"
    )
    article = newsextract.extract(html, "https://news.example/harbour")
    assert article.lead == _INTRO
    assert article.body.startswith("Paragraph 1")
