"""Issue 11, wave 58: a reference generator's member summary closes with a jump to the
member's full entry on the page ("More...", "Mehr...", "Detaljnije..."), no word of the
summary; and a parameter table of one row set in a definition (``<dd>``) is the term's
data, not a layout table. A link ending with an ellipsis that leads elsewhere, or a bare
"#" button, is left as it was."""

from __future__ import annotations

import newsextract

_SUMMARY = "Die Klasse liest Messwerte einer Waage am seriellen Anschluss und rechnet sie um."
_MEMBER = "Öffnet die Verbindung zur Waage."
_FULL = (
    "Öffnet die Verbindung zur Waage und stellt die Geschwindigkeit auf 9600 Baud ein, wie "
    "es das Handbuch verlangt."
)


def _body(summary_link: str = "<a href='#a7'>Mehr...</a>") -> str:
    html = (
        "<html lang='de'><body><div class='contents'><h1>Waage Klassenreferenz</h1>"
        f"<p>{_SUMMARY} {summary_link}</p><table class='memberdecls'><tr><td>int</td><td><a "
        "href='#a1'>oeffne</a> (const char *geraet)</td></tr><tr><td>&#160;</td><td>"
        f"{_MEMBER} <a href='#a1'>Mehr...</a><br></td></tr></table><h2>Dokumentation der "
        f"Elementfunktionen</h2><p>{_FULL}</p><dl class='params'><dt>Parameter</dt><dd><table "
        "class='params'><tr><td class='paramname'>geraet</td><td>Pfad des seriellen Geräts."
        "</td></tr></table></dd></dl><dl><dt>Rückgabe</dt><dd>0, wenn die Verbindung offen "
        "ist, sonst ein Fehlercode.</dd></dl></div></body></html>"
    )
    return newsextract.extract(html, url="https://doku.example.de/waage/classWaage.html").body or ""


def test_a_closing_jump_to_the_full_entry_is_no_word_of_the_summary() -> None:
    body = _body()
    assert "Mehr..." not in body
    assert _SUMMARY in body
    assert _MEMBER in body
    assert _FULL in body


def test_a_one_row_table_in_a_definition_is_data() -> None:
    assert "geraet | Pfad des seriellen Geräts." in _body()


def test_an_ellipsis_link_leading_elsewhere_stays() -> None:
    assert f"{_SUMMARY} Handbuch..." in _body("<a href='/waage/handbuch.html'>Handbuch...</a>")
