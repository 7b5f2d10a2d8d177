"""A page builder's picture box (an image beside a title and a line of text) holds the
page's own text; a photo's caption box named "image-box" does not."""

from __future__ import annotations

import newsextract

_WIDGET = (
    "<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
    "<div class='elementor-widget-container'>{inner}</div></div>"
)


def _page(middle: str) -> str:
    return (
        "<html lang='en'><head><title>Our services | Example</title></head><body>"
        "<header><nav><a href='/'>Home</a><a href='/about'>About</a></nav></header>"
        "<main><h1>Our translation services</h1><section class='elementor-section'>"
        "<div class='elementor-container'><div class='elementor-column'>"
        + _WIDGET.format(
            kind="text-editor",
            inner="<p>For fifteen years we have translated legal and medical texts into "
            "twenty languages.</p>",
        )
        + middle
        + _WIDGET.format(
            kind="text-editor",
            inner="<p>To get a quote, simply upload your document and we reply the same day.</p>",
        )
        + "</div></div></section></main><footer><p>© 2025 Example Ltd.</p></footer>"
        "</body></html>"
    )


def test_builder_image_box_text_is_kept() -> None:
    box = _WIDGET.format(
        kind="image-box",
        inner="<div class='elementor-image-box-wrapper'><figure class='elementor-image-box-img'>"
        "<img src='/stamp.png' alt=''></figure><div class='elementor-image-box-content'>"
        "<h3 class='elementor-image-box-title'>Certified copies</h3>"
        "<p class='elementor-image-box-description'>Your documents come back to your door "
        "with a notary's stamp on every page.</p></div></div>",
    )
    body = newsextract.extract(_page(box), url="https://example.com/services").body or ""
    assert "twenty languages" in body
    assert "notary's stamp on every page" in body
    assert "the same day" in body


def test_plain_image_box_caption_stays_out() -> None:
    html = (
        "<html lang='en'><body><main><article><h1>River floods town</h1><p>The river rose "
        "two metres overnight and flooded the lower town, the mayor said on Monday.</p>"
        "<div class='article-image-box'><img src='/f.jpg' alt=''><p>The flooded square "
        "seen from the church tower on Monday morning.</p></div><p>Residents were moved "
        "to the school gym, and the army brought sandbags to the bridge.</p></article>"
        "</main></body></html>"
    )
    body = newsextract.extract(html, url="https://news.example/flood").body or ""
    assert "sandbags to the bridge" in body
    assert "church tower" not in body
