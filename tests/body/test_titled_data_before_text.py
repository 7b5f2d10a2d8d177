"""A data table under its own heading right before the text (a recipe's ingredients over
its method) is the text's, as an untitled one there is (``region_data.data_before``)."""

from __future__ import annotations

import newsextract

_STEPS = (
    "<div class='steps'><h2>Bereitung</h2>"
    "<div class='step'><span>1</span><p>Die Rüben schälen, grob raspeln und in einem Tuch "
    "gut ausdrücken, damit der Teig später nicht zu nass wird.</p></div>"
    "<div class='step'><span>2</span><p>Mit Ei, Haferflocken und etwas Salz verrühren und "
    "zehn Minuten quellen lassen.</p></div>"
    "<div class='step'><span>3</span><p>Kleine Taler formen und in wenig Öl von jeder Seite "
    "drei Minuten braten.</p></div></div>"
)


def _page(before: str) -> str:
    return (
        "<html lang='de'><head><title>Rübentaler</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/rezepte'>Rezepte</a></nav>"
        f"<div class='recipe'><h1>Rübentaler</h1>{before}{_STEPS}</div>"
        "<footer><p>Impressum · Datenschutz</p></footer></body></html>"
    )


def _body(before: str) -> str:
    return newsextract.extract(_page(before), url="https://koch.example.de/ruebentaler").body


def test_a_titled_ingredients_table_before_the_method_is_read() -> None:
    table = (
        "<div class='ingredients'><h2>Zutaten</h2><table>"
        "<tr><td>500 g</td><td>Rote Rüben</td></tr><tr><td>1</td><td>Ei</td></tr>"
        "<tr><td>4 EL</td><td>Haferflocken</td></tr></table></div>"
    )
    body = _body(table)
    assert "500 g | Rote Rüben" in body
    assert body.index("Haferflocken") < body.index("Die Rüben schälen")


def test_a_table_beside_a_paragraph_of_its_own_stays_out() -> None:
    box = (
        "<div class='box'><h2>Unser Tipp</h2><p>Dazu passt ein Joghurtdip mit Dill.</p>"
        "<table><tr><td>Dip</td><td>150 g Joghurt</td></tr>"
        "<tr><td>Kräuter</td><td>Dill</td></tr></table></div>"
    )
    assert "150 g Joghurt" not in _body(box)
