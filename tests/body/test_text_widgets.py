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
    assert "highly recommended" not in body
    assert "translates from German" not in body
    assert "needed no adjusting" in body


def _builder_page(widgets: str) -> str:
    html = (
        "<html lang='en'><head><title>Translation services</title></head><body>"
        "<div class='gdpr-bar' role='dialog'><p>We use cookies to improve your visit. Accept"
        "</p><button>OK</button></div><header class='top'><a href='/'>Example</a><nav "
        "class='menu'><ul><li><a href='/'>Home</a></li><li><a href='/contact'>Contact</a>"
        "</li></ul></nav></header><div id='wrap'><nav aria-label='breadcrumb'><ol><li><a "
        "href='/'>Home</a></li><li><a href='/services'>Services</a></li></ol></nav><section "
        "class='page'><h1>Our translation services</h1><section class='elementor-section'>"
        f"<div class='elementor-column'>{widgets}</div></section></section><div "
        "class='author-card'><p>Ada Stone has run the agency since 2010 and translates from "
        "German and Dutch into English for courts.</p></div><div id='comments'><h3>Comments "
        "(2)</h3><ul class='comment-list'><li><b>user1</b><p>Fast and careful work, thank "
        "you so much!</p></li><li><b>user2</b><p>They translated my diploma in two days, "
        "highly recommended.</p></li></ul></div><div class='subscribe-box'><p>Get our tips "
        "on working abroad in your inbox every month.</p><form><input type='email'><button>"
        "→</button></form></div></div><footer><p>© 2025 Example Translations</p></footer>"
        "</body></html>"
    )
    return newsextract.extract(html, url="https://translate.example/services").body or ""


def _widget(kind: str, inner: str) -> str:
    return (
        f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
        f"<div class='elementor-widget-container'>{inner}</div></div>"
    )


def test_page_builder_text_widgets_are_read() -> None:
    body = _builder_page(
        _widget("heading", "<h2>Why choose us?</h2>")
        + _widget("text-editor", "<p>For fifteen years we have translated legal texts.</p>")
        + _widget(
            "icon-list",
            "<ul><li><span>Sworn translators</span></li><li><span>Delivery in 48 hours"
            "</span></li><li><span>Free corrections</span></li></ul>",
        )
        + _widget("text-editor", "<p>Upload your document to get a quote.</p>")
        + _widget("share-buttons", "<p>Share on Facebook</p>")
    )
    assert "translated legal texts" in body
    assert "Delivery in 48 hours" in body
    assert "Upload your document" in body
    assert "Share on Facebook" not in body
    assert "highly recommended" not in body
    assert "translates from German" not in body
