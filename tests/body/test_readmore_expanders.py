"""A listing's text set in read-more expanders (several per page, each under its section's
title) is the page's text; a read-more box of linked headlines is still other stories."""

from __future__ import annotations

import newsextract

_CHROME_AFTER = (
    "<div class='post-tags'><span>Schlagworte:</span> <a href='/t/see'>See</a> <a "
    "href='/t/hund'>Hund</a></div><div class='social-share'><span>Teilen: Facebook X "
    "E-Mail</span></div><div class='author-card'><p>Beispielreisen vermittelt seit 2004 "
    "Ferienhäuser privater Gastgeber in ganz Norddeutschland.</p></div><section "
    "class='more-stories'><h3>Ähnliche Unterkünfte</h3><div class='teaser'><a href='/h1'>"
    "<h4>Reetdachhaus hinter dem Deich</h4></a></div><div class='teaser'><a href='/h2'><h4>"
    "Almhütte über dem Tal</h4></a></div><div class='teaser'><a href='/h3'><h4>Loft im "
    "alten Speicher</h4></a></div></section><div id='comments'><h3>Gästebuch (2)</h3><ul "
    "class='comment-list'><li><b>Jana</b><p>Wunderbar ruhig, wir kommen im Herbst "
    "wieder.</p></li><li><b>Olaf</b><p>Der Steg ist ideal zum Baden am Morgen.</p></li>"
    "</ul></div><div class='subscribe-box'><p>Neue Häuser und Angebote jeden Monat per "
    "E-Mail.</p><form><input type='email'><button>→</button></form></div>"
)


def _page(main: str) -> str:
    html = (
        "<html lang='de'><head><title>Ferienhaus am Weiher | Beispielreisen</title></head>"
        "<body><header><nav><a href='/'>Start</a> <a href='/suche'>Suche</a> <a "
        "href='/konto'>Mein Konto</a></nav></header><div id='wrap'><section class='objekt'>"
        f"<h1>Ferienhaus am Weiher</h1>{main}</section>{_CHROME_AFTER}</div><footer><p>© "
        "2025 Beispielreisen GmbH</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://reisen.example/haus/weiher").body or ""


_LISTING = (
    "<div class='kurz'><p>ab 88 € pro Nacht</p><p>max. 5 Personen</p></div>"
    "<div class='js_readmore'><h3>Objektbeschreibung</h3><p>Das alte Fischerhaus liegt "
    "direkt am Weiher, mit eigenem Steg und einem Garten voller Obstbäume.</p></div>"
    "<div class='js_readmore'><h3>Preisinformationen</h3><p>Kinder unter drei Jahren "
    "übernachten kostenlos, Hunde sind erlaubt.</p></div>"
    "<a class='readmore-toggle' href='#'>Mehr anzeigen</a>"
)


def test_expanders_of_a_listing_are_its_text() -> None:
    body = _page(_LISTING)
    assert "eigenem Steg und einem Garten voller Obstbäume" in body
    assert "Kinder unter drei Jahren übernachten kostenlos" in body
    assert "Wunderbar ruhig" not in body
    assert "Reetdachhaus" not in body


def test_readmore_box_of_linked_headlines_stays_out() -> None:
    body = _page(
        _LISTING + "<div class='readmore'><h3>Das könnte Sie auch interessieren</h3><ul>"
        "<li><a href='/haus/1'>Blockhütte im Moor mit Sauna und Kamin</a></li>"
        "<li><a href='/haus/2'>Stadtwohnung am Marktplatz mit Dachterrasse</a></li>"
        "<li><a href='/haus/3'>Bauernhof mit Ponys für große Familien</a></li></ul></div>"
    )
    assert "Kinder unter drei Jahren übernachten kostenlos" in body
    assert "Blockhütte im Moor" not in body
