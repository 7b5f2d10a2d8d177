"""A shop's product page that declares nothing (no JSON-LD, no og:type) still sets its
buyers' rated reviews under its description: they go as on a page declaring an article. A
page whose text is its reviews (nothing written before them) keeps them."""

from __future__ import annotations

import newsextract

_REVIEWS = (
    "<section class='product-reviews'><h2>Customer reviews (2)</h2>"
    "<div class='review'><span class='rating'>5/5</span> <b>Dale R.</b><p>Sturdy, light "
    "and easy to carry down to the beach.</p></div>"
    "<div class='review'><span class='rating'>3/5</span> <b>Mina</b><p>The canvas smelled "
    "of wax for a week but otherwise fine.</p></div></section>"
)


def _body(main: str) -> str:
    html = (
        "<html lang='en'><head><title>Driftwood stool | Example Goods</title></head><body>"
        "<header><nav><a href='/'>Shop</a> <a href='/basket'>Basket</a></nav></header>"
        f"<div id='wrap'><section class='page'><h1>Driftwood folding stool</h1>{main}"
        "</section></div><footer><p>© 2025 Example Goods</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://goods.example/p/driftwood-stool").body or ""


def test_reviews_under_a_description_stay_out() -> None:
    body = _body(
        "<div class='product-description'><p>The Driftwood stool folds flat to the width of "
        "a paperback and carries up to 120 kg.</p><p>Its seat is waxed canvas with a double "
        "seam, so it keeps its shape after a summer of use.</p></div>"
        "<table class='specs'><tr><th>Weight</th><td>1.1 kg</td></tr><tr><th>Frame</th><td>"
        "Oiled larch</td></tr></table>" + _REVIEWS
    )
    assert "folds flat to the width of a paperback" in body
    assert "Oiled larch" in body
    assert "easy to carry down to the beach" not in body
    assert "smelled of wax" not in body


def test_reviews_that_are_the_page_stay() -> None:
    body = _body(_REVIEWS)
    assert "easy to carry down to the beach" in body
