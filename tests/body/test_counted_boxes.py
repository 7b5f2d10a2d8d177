"""Issue 11, wave 57: a box after the text under a label counting its entries ("Opiniones
(3)" over a shop's reviews, a tab "Valoraciones (12)" beside the description) goes with
its entries, whatever the label's word. A section of the text whose heading happens to end
with a figure in brackets stays when the text goes on after it, and a page that is mostly
the box is read as it is."""

from __future__ import annotations

import newsextract

_DESCRIPTION = (
    "<div class='bloque-a'><div class='rotulo'>Descripción</div><div class='texto'><div "
    "class='linea'>Este aceite de oliva virgen extra se elabora con aceitunas arbequinas "
    "recogidas a mano en la sierra de Cazorla.</div><div class='linea'>Tiene un sabor suave y "
    "afrutado, con un ligero picor al final, y es ideal para ensaladas y tostadas.</div><div "
    "class='linea'>Se conserva mejor en un lugar fresco y oscuro, lejos de los fogones.</div>"
    "</div></div>"
)


def _body(after: str, before: str = _DESCRIPTION) -> str:
    html = (
        "<html lang='es'><body><header><a href='/'>Almazara del Sur</a></header><main><div "
        f"class='producto'><h1>Aceite arbequina 1 l</h1>{before}{after}</div></main><footer>"
        "<p>Almazara del Sur S. L.</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://almazara.example.es/aceite").body or ""


def test_reviews_under_a_counting_label_go() -> None:
    reviews = (
        "<div class='bloque-b'><div class='rotulo'>Opiniones (3)</div><div class='op'>Muy "
        "bueno, repetiré sin duda, lo uso para cocinar y también para aliñar ensaladas.</div>"
        "</div>"
    )
    body = _body(reviews)
    assert "lejos de los fogones" in body
    assert "Opiniones (3)" not in body
    assert "repetiré" not in body


def test_reviews_in_a_counted_tab_go() -> None:
    tabs = (
        "<div class='bloque-b'><ul class='controles'><li><a href='#v'>Valoraciones (12)</a>"
        "</li></ul><div class='panel'><div class='op'>Llegó bien embalado y sabe estupendo, ya "
        "he pedido otras dos botellas para regalar.</div></div></div>"
    )
    body = _body(tabs)
    assert "Llegó bien embalado" not in body


def test_a_section_with_a_bracketed_figure_stays_when_the_text_goes_on() -> None:
    section = (
        "<div class='bloque-b'><h3>Variedades (2)</h3><p>Arbequina y picual.</p></div><div "
        "class='bloque-c'><p>La cosecha de este año ha sido corta por la sequía del verano, y "
        "el precio del aceite ha subido en todas las almazaras de la comarca.</p></div>"
    )
    body = _body(section)
    assert "Arbequina y picual." in body


def test_a_page_that_is_mostly_the_box_stays() -> None:
    reviews = (
        "<div class='bloque-b'><div class='rotulo'>Opiniones (2)</div><div class='op'><p>Muy "
        "bueno, repetiré sin duda, es el mejor aceite que he probado en años y lo uso para "
        "todo.</p></div><div class='op'><p>Un poco caro, pero vale la pena por el sabor tan "
        "fresco que tiene.</p></div></div>"
    )
    body = _body(reviews, before="<div class='descripcion'><p>Aceite de la sierra.</p></div>")
    assert "vale la pena" in body
