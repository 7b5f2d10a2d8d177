"""A page builder's quote widget (``widget quote``) set in the text holds a quotation of the
text, read as a ``<blockquote>`` is; a widget named for nothing of the text stays out."""

from __future__ import annotations

import newsextract


def _body(inner: str) -> str:
    html = (
        "<html lang='de'><head><meta property='og:type' content='article'></head><body>"
        "<nav><a href='/'>Start</a> <a href='/leben'>Leben</a></nav><main><article>"
        "<h1>Der Negroni: alles über den Aperitif-Klassiker</h1>"
        f"{inner}<p>Der Negroni besteht zu gleichen Teilen aus Gin, rotem Wermut und einem "
        "bitteren Aperitif, auf Eis gerührt und mit Orangenzeste serviert.</p><p>Wer es "
        "leichter mag, ersetzt den Gin durch Schaumwein und bekommt einen Sbagliato.</p>"
        "</article></main></body></html>"
    )
    return newsextract.extract(html, url="https://magazin.example/drinks/negroni").body or ""


def test_quote_widget_opening_the_text_is_read() -> None:
    body = _body(
        "<div class='widget quote longtext'><h2>«Sag mal, wo bekommt man in Bern eigentlich "
        "einen guten roten Wermut?»</h2><p>Frage eines Freundes an der Bar</p></div>"
    )
    assert "wo bekommt man in Bern eigentlich einen guten roten Wermut" in body
    assert "zu gleichen Teilen aus Gin" in body


def test_video_widget_stays_out() -> None:
    body = _body(
        "<div class='widget video player'><p>Video: So rührt man einen Negroni richtig</p></div>"
    )
    assert "So rührt man einen Negroni" not in body
    assert "zu gleichen Teilen aus Gin" in body
