"""Spanish and Catalan dates with "del" before the year ("5 de marzo del 2024, 10:30")
are read as those with "de" are, time included."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.dates import find_text_date, parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Publicado el 14 de junio del 2023, 18:05", "es", datetime(2023, 6, 14, 18, 5)),
        ("dimecres, 14 de juny del 2023, 18:05 h", "ca", datetime(2023, 6, 14, 18, 5)),
        ("14 de junio del 2023", "es", datetime(2023, 6, 14)),
        ("Junio 14 del 2023", "es", datetime(2023, 6, 14)),
        ("14 de junio de 2023 - 18:05", "es", datetime(2023, 6, 14, 18, 5)),
    ],
)
def test_del_before_the_year(text: str, language: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected


_PAGE = """<!doctype html><html lang="es-MX"><head><title>Abre el nuevo mercado</title></head>
<body><article><h1>Abre el nuevo mercado</h1>
<p class="fecha">14 de junio del 2023, 18:05</p>
<p>El nuevo mercado municipal abrió sus puertas este miércoles con más de cien locales de
frutas, verduras y comida preparada, informó el ayuntamiento.</p>
<p>Los comerciantes del antiguo mercado, cerrado por obras desde hace dos años, tienen
prioridad para ocupar los locales durante el primer mes.</p></article></body></html>"""


def test_a_page_date_with_del() -> None:
    article = newsextract.extract(_PAGE, url="https://noticias.example/mercado")
    assert article.published == datetime(2023, 6, 14, 18, 5)
