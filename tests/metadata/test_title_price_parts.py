"""A shop's title sets the price after the product's name as a part of its own ("Brass
Pocket Level – $24.00 | TinyTools"): no part of the name (title.py ``without_price``)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.title_cleanup import without_price


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Brass Pocket Level – $24.00", "Brass Pocket Level"),
        ("Espressomühle Classic - 89,90 €", "Espressomühle Classic"),
        ("Ridge Tent | CHF 249.–", "Ridge Tent"),
        ("Kniha - 1 299 Kč", "Kniha"),
        # no price part: a year, a share, a price inside the name's words
        ("Top 10 gardens - 2024", "Top 10 gardens - 2024"),
        ("Sale - 50%", "Sale - 50%"),
        ("Espressomühle für 89,90 €", "Espressomühle für 89,90 €"),
        ("$24.00", "$24.00"),
    ],
)
def test_price_parts_are_cut(title: str, expected: str) -> None:
    assert without_price(title) == expected


def test_a_product_page_without_a_heading() -> None:
    page = (
        "<html><head><title>Brass Pocket Level – $24.00 | TinyTools</title>"
        "<meta property='og:site_name' content='TinyTools'></head><body><main><div>"
        + "<p>A small brass level for the workshop, with a glass vial and a steel base.</p>" * 3
        + "</div></main></body></html>"
    )
    article = newsextract.extract(page, url="https://shop.example.com/products/brass-level")
    assert article.title == "Brass Pocket Level"
