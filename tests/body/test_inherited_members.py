"""A reference page's list of the members a class inherits (Javadoc's "inherited-list":
names and links to the parent's page) is generated navigation, not the class's docs; a
utility class that only says a link inherits its colour ("u-link-inherit") names no box."""

from __future__ import annotations

import newsextract


def _body(inner: str) -> str:
    html = (
        "<html lang='de'><head><title>Fenster | Beispiel-Doku</title></head><body><main>"
        "<article><h1>Klasse Fenster</h1><p>Ein Fenster hält die letzten Messwerte und "
        f"gibt ihren Mittelwert zurück.</p>{inner}</article></main></body></html>"
    )
    return newsextract.extract(html, url="https://doku.example.de/api/Fenster").body


def test_inherited_members_list_is_no_text() -> None:
    body = _body(
        "<div class='inherited-list'><h3>Methoden aus Klasse Object geerbt</h3><code>clone, "
        "equals, finalize, getClass, hashCode, notify, toString, wait</code></div><p>Der "
        "Mittelwert eines leeren Fensters ist null.</p>"
    )
    assert "getClass, hashCode" not in body
    assert "Der Mittelwert eines leeren Fensters ist null." in body


def test_link_inheriting_its_colour_stays() -> None:
    body = _body(
        "<p>Die Größe des Fensters legt <a class='u-link-inherit' href='/api/Fenster#groesse'>"
        "die Eigenschaft groesse</a> fest, fünf Werte ohne Angabe.</p>"
    )
    assert "fünf Werte ohne Angabe." in body
