"""The links inside an inline element of loose text count as links whether or not the
element opens with text of its own: a share line set in a ``<span>`` ("Delen: <a>…</a>")
at the end of ``<div>`` + ``<br>`` text is a line of links, not prose. Invented page."""

from __future__ import annotations

import newsextract
from newsextract.body.blocks import walk
from newsextract.page import ParsedPage

_TEXT = (
    "<div class='bericht'>Vanaf maandag 10 maart is de Dorpsstraat in Veendijk afgesloten voor "
    "al het verkeer.<br><br>De gemeente vervangt de riolering tussen de kerk en de brug. De "
    "werkzaamheden duren naar verwachting zes weken.<br><br>Fietsers en voetgangers kunnen via "
    "het Kerkpad omrijden.<br><br>{tail}</div>"
)
_SHARE = "Delen: <a href='/f'>Facebook</a> <a href='/w'>WhatsApp</a>"


def _run_links(tail: str) -> int:
    page = ParsedPage(f"<html><body>{_TEXT.format(tail=tail)}</body></html>", None)
    assert page.body is not None
    (block,) = [b for b in walk(page.body).blocks if b.text.startswith("Delen")]
    return block.links


def test_links_in_a_span_opening_with_text_are_counted() -> None:
    assert _run_links(f"<span class='s'>{_SHARE}</span>") == _run_links(_SHARE) == 16


def test_a_share_line_closing_div_and_br_text_goes() -> None:
    html = (
        "<html lang='nl'><body><nav><a href='/'>Home</a> <a href='/nieuws'>Nieuws</a></nav>"
        "<main><h1>Wegafsluiting Dorpsstraat</h1>"
        + _TEXT.format(tail=f"<span class='share-inline'>{_SHARE}</span>")
        + "</main></body></html>"
    )
    body = newsextract.extract(html, url="https://veendijk.example/nieuws/dorpsstraat").body
    assert body is not None
    assert "via het Kerkpad omrijden" in body
    assert "Facebook" not in body
