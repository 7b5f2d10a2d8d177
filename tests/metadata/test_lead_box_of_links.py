"""Issue 11, wave 57: a lead-named box whose words are mostly links (a reference page's
"summary" of its sections: "Métodos públicos | Lista de todos los miembros") is a list of
links, no standfirst; a lead-named box of prose with a link in it stays the lead."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>La clase Sensor lee los valores de una báscula conectada al puerto serie y los "
    "convierte en kilos con dos decimales, sin bloquear el programa que la usa.</p><p>Cada "
    "lectura se valida antes de devolverse, y un valor fuera de rango se descarta.</p>"
)


def _lead(box: str) -> str | None:
    html = (
        "<html lang='es'><body><main><article><h1>Referencia de la clase Sensor</h1>"
        f"{box}{_TEXT}</article></main></body></html>"
    )
    return newsextract.extract(html).lead


def test_a_summary_box_of_links_is_no_lead() -> None:
    box = (
        "<div class='summary'><a href='#pub-methods'>Métodos públicos</a> | <a "
        "href='sensor-members.html'>Lista de todos los miembros</a></div>"
    )
    assert _lead(box) is None


def test_a_summary_of_prose_with_a_link_stays_the_lead() -> None:
    box = (
        "<p class='summary'>Una clase pequeña para leer básculas por el puerto serie, "
        "escrita para el <a href='/taller'>taller de la escuela</a>.</p>"
    )
    assert _lead(box) == (
        "Una clase pequeña para leer básculas por el puerto serie, escrita para el taller de "
        "la escuela."
    )
