"""A plain list between a data table and the text under it is more of the text's facts (a
match's scorers under its score, a course's outcomes under its credits table): it joins with
the table (``region_data.data_before``, round 53's blind probe); a list alone over the text, or
a linked one, stays out."""

from __future__ import annotations

import newsextract

_REPORT = (
    "<div class='report-text'><p>Gospodarze od pierwszych minut przejęli inicjatywę i już po "
    "kwadransie prowadzili po strzale głową z rzutu rożnego.</p><p>Po przerwie goście "
    "zdobyli kontaktowego gola, lecz w końcówce Nowak przypieczętował zwycięstwo.</p><p>"
    "Trener podkreślił po meczu, że drużyna zagrała z charakterem i dyscypliną.</p></div>"
)
_SCORE = (
    "<table class='wynik'><tr><th>Orlęta Borki</th><td>3</td><td>1</td><th>Sokół Zalesie"
    "</th></tr></table>"
)


def _body(before: str) -> str:
    html = (
        "<html lang='pl'><head><title>Pewne zwycięstwo</title></head><body><header><a "
        "href='/'>Orlęta Borki</a><nav><a href='/druzyna'>Drużyna</a> <a href='/sklep'>Sklep"
        "</a></nav></header><main><article class='relacja'><h1>Pewne zwycięstwo</h1>"
        f"{before}{_REPORT}</article><section class='terminarz'><h3>Najbliższe mecze</h3><ul>"
        "<li>Sokół Zalesie – Orlęta Borki, sobota 17:00</li></ul></section></main><footer>"
        "<p>© Orlęta Borki</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://orleta.example.pl/aktualnosci/wygrana").body


def test_scorers_under_the_score_table_join_it() -> None:
    body = _body(
        f"{_SCORE}<ul class='strzelcy'><li>14' Jan Nowak</li><li>52' Piotr Wilk</li>"
        "<li>88' Jan Nowak</li></ul>"
    )
    assert "14' Jan Nowak" in body and "Orlęta Borki | 3 | 1 | Sokół Zalesie" in body
    assert body.index("88' Jan Nowak") < body.index("Gospodarze od pierwszych minut")
    assert "Najbliższe mecze" not in body


def test_a_list_alone_over_the_text_stays_out() -> None:
    body = _body("<ul class='punkty'><li>Trzy gole</li><li>Czerwona kartka</li></ul>")
    assert "Trzy gole" not in body and "Gospodarze od pierwszych minut" in body


def test_a_linked_list_under_the_data_stays_out() -> None:
    linked = "".join(f"<li><a href='/g/{n}'>Galeria zdjęć {n}</a></li>" for n in range(1, 4))
    body = _body(f"{_SCORE}<ul class='galerie'>{linked}</ul>")
    assert "Galeria zdjęć" not in body
