"""A shop's shelf of other products under a product's description ("also-viewed",
"also-bought", WooCommerce's "upsells" and "cross-sells", Magento's "crosssell") is a
related box of products: its cards' blurbs are no part of the product's text."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.class_names import class_weight

_BLURB = "A light cotton shirt in white, woven by hand, for everyday wear in the hot months."


def _page(shelf_class: str) -> str:
    card = (
        f"<li class='card'><a href='/p/2'><h3>Cotton shirt</h3></a><p>{_BLURB}</p>"
        "<span class='price'>$21</span></li>"
    )
    return (
        "<html><body><main><div class='product'><h1>Handloom saree</h1><div class='desc'>"
        "<p>Woven by hand from fine cotton yarn, this saree has a broad golden border and a"
        " plain body that drapes softly.</p><ul><li>Length: 6.2 metres</li><li>Care: wash in"
        f" cold water</li></ul></div><section class='{shelf_class}'><h2>You may also like</h2>"
        f"<ul>{card}{card.replace('/p/2', '/p/3')}</ul></section></div></main></body></html>"
    )


@pytest.mark.parametrize(
    "shelf_class", ["also-viewed", "also_bought", "upsells products", "cross-sells", "crosssell"]
)
def test_a_shelf_of_other_products_stays_out(shelf_class: str) -> None:
    assert class_weight(shelf_class) == -2
    body = newsextract.extract(_page(shelf_class), url="https://shop.example/p/1").body or ""
    assert "Woven by hand from fine cotton yarn" in body
    assert _BLURB not in body


@pytest.mark.parametrize("classes", ["viewed-count", "also", "sell-by-date"])
def test_other_names_are_not_shelves(classes: str) -> None:
    assert class_weight(classes) != -2
