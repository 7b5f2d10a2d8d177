"""A shop's delivery and returns blocks under a product's description ("shipping-info",
"returns-info") are the shop's terms, the same under every product: out of the body, in
any language, while the description beside them stays (probe set leaveout)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.class_names import class_weight

_DESCRIPTION = (
    "<p>Each jug is thrown on the wheel in our workshop at Harrowfield and finished in a "
    "deep moss glaze, so that no two are quite alike in colour or shape.</p><p>The handle is "
    "pulled by hand and the lip is cut to pour cleanly, whether it holds milk, water or a "
    "bunch of garden flowers on the kitchen table.</p>"
)


def _product(policy: str) -> str:
    return (
        "<html lang='en'><head><title>Moss jug</title></head><body><header><a href='/'>"
        "Harrowfield Pottery</a></header><main class='product-page'><div "
        "class='product-info'><h1 class='product-title'>Moss jug, one litre</h1><div "
        "class='product-price'>£42.00</div><button>Add to basket</button><div "
        f"class='product-description'>{_DESCRIPTION}</div>{policy}</div></main><footer>"
        "<p>© Harrowfield Pottery</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("names", "line"),
    [
        ("shipping-info", "Free delivery on orders over £50, sent within two working days."),
        ("returns-info", "You can return any item within 30 days in its original box."),
        ("product-delivery-information", "Delivered by courier within three days of order."),
        ("refund-policy", "Refunds are paid to the card used within five working days."),
    ],
)
def test_a_product_page_leaves_its_shipping_and_returns_blocks_out(names: str, line: str) -> None:
    body = newsextract.extract(_product(f"<div class='{names}'><p>{line}</p></div>")).body
    assert "thrown on the wheel in our workshop at Harrowfield" in body
    assert "a bunch of garden flowers on the kitchen table" in body
    assert line not in body


def test_the_policy_names_are_boilerplate_names() -> None:
    for names in ("shipping-info", "product-shipping-details", "returns-policy", "versandinfo"):
        assert class_weight(names) < 0, names
    # the words alone or in other compounds name no box of terms
    for names in ("returns", "return-value", "delivery", "shipping", "versand"):
        assert class_weight(names) >= 0, names
