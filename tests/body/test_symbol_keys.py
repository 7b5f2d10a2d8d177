"""Issue 11, wave 58: a box named as a caption or legend that holds no picture, only a
heading over a list of unlinked entries, is a key to the page's symbols (what a
forecast's warning colours mean), neither a caption nor the text. A box holding a picture,
a list of links or a single entry is left to the other rules."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.body.caption_boxes import symbol_key

_TEXT = (
    "<p>Aamulla sataa lunta koko Lapin alueella, ja tuuli voimistuu iltapäivällä "
    "tunturien laella myrskyksi.</p><p>Lämpötila pysyy koko päivän pakkasen puolella, "
    "ja illalla taivas selkenee idästä alkaen.</p>"
)
_KEY = (
    "<div class='kartta-legend'><h3>Mitä varoitusvärit tarkoittavat</h3><ul><li>Keltainen "
    "varoitus tarkoittaa, että sää voi haitata liikkumista.</li><li>Oranssi varoitus "
    "tarkoittaa, että sää voi aiheuttaa vahinkoa.</li></ul></div>"
)


def _article(after: str) -> newsextract.Article:
    html = (
        "<html lang='fi'><body><main class='ennuste'><h1>Sääennuste Lappiin</h1>"
        f"<div class='ennuste-teksti'>{_TEXT}</div>{after}</main></body></html>"
    )
    return newsextract.extract(html, url="https://saa.example.fi/ennuste/lappi")


def test_a_titled_key_with_no_picture_goes() -> None:
    article = _article(_KEY)
    body = article.body or ""
    assert "koko Lapin alueella" in body
    assert "Keltainen varoitus" not in body
    assert not any("Keltainen" in block.text for block in article.body_blocks)


def test_a_picture_or_linked_entries_make_no_key() -> None:
    def key(inner: str) -> bool:
        return symbol_key(LexborHTMLParser(f"<div class='legend'>{inner}</div>").css_first("div"))

    titled = "<h3>Selite</h3><ul><li>Keltainen: haittaa</li><li>Oranssi: vahinkoa</li></ul>"
    assert key(titled)
    assert not key(titled.replace("<ul>", "<ul><li><img src='/k.png'></li>"))
    assert not key(titled.replace("Keltainen: haittaa", "<a href='/k'>Keltainen: haittaa</a>"))
    assert not key("<h3>Selite</h3><ul><li>Keltainen: haittaa</li></ul>")
