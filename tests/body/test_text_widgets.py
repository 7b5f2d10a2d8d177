"""A page builder's widget set in the text and named for the text's own content (a review's
pros and cons, a recipe's ingredients) is read; a widget named for nothing of the text (a
share bar, a video player) stays furniture."""

from __future__ import annotations

import newsextract


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/tests'>Tests</a></nav><main><article>"
        "<h1>Tested: the Wren 3 city bike</h1><p>The Wren 3 is a light city bike with an "
        "aluminium frame and a hub gear. We rode it to work every day for three weeks, in "
        f"rain and over cobbles.</p><h4>Our verdict</h4>{inner}<p>At 640 pounds it is a fair "
        "price for a bike of this class, and the frame carries a ten-year warranty.</p>"
        "</article></main></body></html>"
    )
    return newsextract.extract(html, url="https://reviews.example/bikes/wren-3").body or ""


def test_pros_and_cons_widget_is_read() -> None:
    body = _body(
        "<div class='insert full'><div class='widget statement'><div class='pro'><p>Only 11 "
        "kilograms<br>Quiet disc brakes<br>Mudguards included</p></div><div class='contra'>"
        "<p>Hard saddle<br>No bottle cage mount</p></div></div></div>"
    )
    assert "Quiet disc brakes" in body
    assert "No bottle cage mount" in body
    assert "Our verdict" in body


def test_share_widget_stays_out() -> None:
    body = _body(
        "<div class='widget sharebar'><p>Share on Facebook<br>Share by e-mail</p></div>"
        "<p>The brakes needed no adjusting after the first hundred miles of riding.</p>"
    )
    assert "Share on Facebook" not in body
    assert "needed no adjusting" in body
