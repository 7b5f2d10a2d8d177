"""A control's label set beside it in a small box of its own ("Ouvir texto" next to an audio
player's button, "Ascolta", "기사 듣기") is no line of the text, whatever its language; a
short line of the text beside no control stays."""

from __future__ import annotations

import newsextract

_TEXT = """<p>Il consiglio comunale di Bologna ha approvato ieri sera il nuovo piano per la sosta,
che amplia le zone a pagamento in periferia.</p>
<p>La misura entrerà in vigore a settembre e riguarderà circa 12 mila posti auto in quattro
quartieri della città.</p>"""


def _page(extra: str) -> str:
    return f"""<!DOCTYPE html><html lang="it"><head><title>Sosta</title></head><body><article>
<h1>Bologna, nuovo piano per la sosta</h1><div class="article-content">{extra}{_TEXT}
</div></article></body></html>"""


def test_a_players_label_beside_its_button_goes() -> None:
    extra = '<div class="media-x"><button>&#9654;</button><span>Ascolta</span> 03:12</div>'
    body = newsextract.extract(_page(extra), url="https://example.org/sosta").body or ""
    assert body.startswith("Il consiglio comunale")
    assert "Ascolta" not in body


def test_a_short_line_beside_no_control_stays() -> None:
    extra = "<div><p>Il voto in aula.</p></div>"
    body = newsextract.extract(_page(extra), url="https://example.org/sosta").body or ""
    assert "Il voto in aula." in body
