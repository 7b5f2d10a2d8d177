"""A shop's description runs a sentence or two before its readers' reviews, shorter than the
text a comment section needs before it: a series of rated, signed reviews after 100
characters of it stays out, the description and its facts stay in. Invented pages."""

from __future__ import annotations

import newsextract

_REVIEWS = (
    "<section id='velemenyek'><h2>Vásárlói vélemények</h2>"
    "<article class='review'><header><b>Kovács Péter</b> <span class='rating'>5/5</span>"
    " <time>2025. március 2.</time></header><p>Könnyű, csendes, a szomszéd sem panaszkodik."
    "</p></article><article class='review'><header><b>Szabó Anna</b> <span class='rating'>"
    "3/5</span> <time>2025. február 11.</time></header><p>A fűgyűjtő hamar megtelik.</p>"
    "</article></section>"
)


def _body(description: str) -> str:
    html = (
        "<html lang='hu'><head><meta property='og:type' content='article'></head><body>"
        "<nav><a href='/'>Címlap</a></nav><main><article><h1>Kerti fűnyíró 42 cm</h1>"
        f"{description}<dl><dt>Vágásszélesség</dt><dd>42 cm</dd><dt>Akkumulátor</dt>"
        f"<dd>36 V, 4 Ah</dd></dl>{_REVIEWS}</article></main></body></html>"
    )
    return newsextract.extract(html, url="https://kert.example.org/funyiro").body or ""


def test_reviews_after_a_short_description_stay_out() -> None:
    body = _body(
        "<p>Az akkumulátoros fűnyíró egy töltéssel 400 négyzetméter füvet vág le, és"
        " csendesebb, mint egy porszívó.</p>"
    )
    assert "400 négyzetméter" in body
    assert "36 V, 4 Ah" in body
    assert "szomszéd sem panaszkodik" not in body
    assert "hamar megtelik" not in body


def test_reviews_with_no_text_before_them_are_the_page() -> None:
    body = _body("<p>Fűnyíró, 42 cm.</p>")
    assert "szomszéd sem panaszkodik" in body
