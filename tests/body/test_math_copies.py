"""A formula shows once: the TeX a MathML ``<semantics>`` carries in its ``<annotation>``
(MathML renders only the first child) and KaTeX's drawn copy (``katex-html``, hidden from
screen readers beside the MathML kept for them) are no text of the line; a formula of
MathML alone keeps its MathML."""

from __future__ import annotations

import newsextract


def _body(inner: str) -> str:
    html = (
        "<html lang='it'><head><title>La media armonica | Appunti</title></head><body>"
        "<main><article><h1>La media armonica</h1>"
        f"{inner}<p>La media armonica pesa di più i valori piccoli, per questo si usa per "
        "le velocità medie.</p></article></main></body></html>"
    )
    return newsextract.extract(html, url="https://appunti.example.it/media-armonica").body


def _katex(tex: str, mathml: str, drawn: str) -> str:
    return (
        "<span class='katex'><span class='katex-mathml'><math><semantics><mrow>"
        f"{mathml}</mrow><annotation encoding='application/x-tex'>{tex}</annotation>"
        f"</semantics></math></span><span class='katex-html' aria-hidden='true'>{drawn}"
        "</span></span>"
    )


def test_katex_inline_formula_once_without_its_tex() -> None:
    formula = _katex("x \\leq y", "<mi>x</mi><mo>≤</mo><mi>y</mi>", "<span>x</span>≤<span>y</span>")
    body = _body(f"<p>Per due numeri positivi vale {formula} quando il primo è minore.</p>")
    assert "vale x≤y quando il primo è minore." in body
    assert "\\leq" not in body


def test_katex_display_formula_in_a_box_once() -> None:
    formula = _katex("H=2", "<mi>H</mi><mo>=</mo><mn>2</mn>", "H=2")
    body = _body(
        "<div class='post-body'><p>Per i valori uno e infinito si ottiene:</p>"
        f"<span class='katex-display'>{formula}</span><p>Il caso limite è raro.</p></div>"
    )
    assert body.count("H=2") == 1


def test_mathml_alone_keeps_its_text_but_not_its_annotation() -> None:
    body = _body(
        "<p>La formula <math><semantics><mrow><mi>n</mi><mo>/</mo><mi>S</mi></mrow>"
        "<annotation encoding='application/x-tex'>n/S</annotation></semantics></math> "
        "divide il numero dei valori per la somma dei reciproci.</p>"
    )
    assert "La formula n/S divide il numero dei valori" in body
