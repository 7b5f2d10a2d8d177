"""A shop's customer reviews are other items, as readers' comments are: a reviewer's name is
no author, a review's date no publication; a critic's review (class "review") is the article."""

from __future__ import annotations

from datetime import datetime

import newsextract

_TEXT = (
    "<p>A sturdy everyday tote in waxed cotton canvas, with leather handles riveted at each"
    " end. An inside pocket keeps keys and a phone apart from the rest.</p>"
    "<p>Every bag is cut and sewn in our workshop. The wax finish darkens with use and can be"
    " refreshed with a bar of fabric wax.</p>"
)


def _page(reviews: str, header: str = "") -> str:
    return (
        '<html lang="en"><head><title>Waxed Canvas Tote</title></head><body><main>'
        f"<h1>Waxed Canvas Tote</h1>{header}<div class='description'>{_TEXT}</div>"
        f"{reviews}</main></body></html>"
    )


_SHOPIFY = (
    '<div id="shopify-product-reviews"><div class="spr-review"><div class="spr-review-header">'
    '<span class="spr-review-header-byline"><strong>Dana K.</strong> on <strong>Feb 11, 2025'
    "</strong></span></div><p>Holds my laptop without sagging.</p></div></div>"
)
_WOOCOMMERCE = (
    '<div class="woocommerce-Reviews" id="reviews"><ol class="commentlist"><li class="review">'
    '<p class="meta"><strong class="woocommerce-review__author">Lucía G.</strong> – '
    '<time datetime="2025-01-15T18:30:00+00:00">15 January 2025</time></p>'
    "<p>Lovely colour.</p></li></ol></div>"
)


def test_a_customer_reviews_byline_is_no_author() -> None:
    assert newsextract.extract(_page(_SHOPIFY)).authors == ()


def test_a_reviewers_name_in_a_shops_review_list_is_no_author() -> None:
    assert newsextract.extract(_page(_WOOCOMMERCE)).authors == ()


def test_a_critics_review_keeps_its_byline_and_date() -> None:
    header = (
        '<div class="review-meta"><span class="byline">By Jane Roe</span> '
        '<span class="date">March 3, 2025</span></div>'
    )
    article = newsextract.extract(_page("", header))
    assert article.authors == ("Jane Roe",)
    assert article.published == datetime(2025, 3, 3)
