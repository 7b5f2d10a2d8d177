"""Readers' reviews after a review or a product page's text are comments with a score: a
series of short entries of one review-named template, each with its author and a rating or
a date, stays out; the review the page writes stays whole."""

from __future__ import annotations

import newsextract

_REVIEW = (
    "<p>The Brightline K2 is a plain steel kettle that boils a full litre in just under three "
    "minutes, which is quicker than any other kettle we tested this year.</p>"
    "<h2>Design</h2><p>The handle stays cool and the lid opens with one thumb, though the "
    "water window is small and hard to read in a dim kitchen.</p>"
    "<h2>Verdict</h2><p>At this price it is the kettle we would buy, as long as you can live "
    "with the noise it makes as it comes to the boil.</p>"
)


def _body(after: str) -> str:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<main><article class='review'><h1>Review: the Brightline K2 kettle</h1>"
        f"<div class='review-body'>{_REVIEW}</div>{after}</article></main></body></html>"
    )
    return newsextract.extract(html, url="https://kitchen.example/reviews/k2").body or ""


def test_rated_reader_reviews_stay_out() -> None:
    body = _body(
        "<div class='user-reviews'><h3>Customer reviews</h3>"
        "<div class='review'><span class='stars'>4/5</span><p class='review-author'>Marta K."
        "</p><p>Bought it a month ago and it still works like new, very happy.</p></div>"
        "<div class='review'><span class='stars'>2/5</span><p class='review-author'>Tom</p>"
        "<p>Too loud for an early morning kitchen in a small flat.</p></div></div>"
    )
    assert "works like new" not in body
    assert "Too loud" not in body
    assert "boils a full litre" in body
    assert "the kettle we would buy" in body


def test_dated_reader_reviews_stay_out() -> None:
    body = _body(
        "<ol class='review-list'>"
        "<li class='review-item'><b>Jan</b> <time datetime='2025-02-01'>1 Feb 2025</time>"
        "<p>Great kettle for the money, quick from the first use.</p></li>"
        "<li class='review-item'><b>Sue</b> <time datetime='2025-02-03'>3 Feb 2025</time>"
        "<p>The lid sticks a little after a few weeks.</p></li></ol>"
    )
    assert "Great kettle for the money" not in body
    assert "The lid sticks" not in body
    assert "The handle stays cool" in body


def test_the_review_alone_stays_whole() -> None:
    body = _body("")
    assert "boils a full litre" in body
    assert "The handle stays cool" in body
    assert "the kettle we would buy" in body
