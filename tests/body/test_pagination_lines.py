"""A short line of page numbers and pagination words set inside the text ("Page 2 of 3 ·
Next »", "Página 1 de 3 Seguinte ›") is the article's page links, not its text; the words
come from the language data, the page numbers are the signal. Invented pages."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.control_lines import is_pagination_line


@pytest.mark.parametrize(
    "line",
    [
        "Page 2 of 3",
        "« Previous 1 2 3 Next »",
        "Seite 1 von 3 Weiter »",
        "Página 1 de 3 Seguinte ›",
        "Pagina 2 di 4 · Successiva",
        "Strona 2 z 5",
        "‹ Précédent 1 2 3 Suivant ›",
    ],
)
def test_a_line_of_page_numbers_and_pagination_words_is_pagination(line: str) -> None:
    assert is_pagination_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Next",  # a link's label alone: no page number
        "2 3 4",  # numbers alone: a bare number's test
        "Part 2 of 3",  # a serial's part, named by its own word
        "1 de mayo de 2025",
        "The last 3 pages of the report were never published.",
        "Next 3 of 4 matches away from home",
    ],
)
def test_other_lines_are_not_pagination(line: str) -> None:
    assert not is_pagination_line(line)


def test_a_pagination_line_inside_the_text_is_dropped() -> None:
    html = (
        "<html lang='pt'><head><title>Aldeias do interior</title></head><body>"
        "<main><article><h1>Cinco aldeias do interior</h1><div class='texto'>"
        "<p>A primeira aldeia fica no alto da serra, a vinte quilómetros da vila mais "
        "próxima, e tem apenas onze moradores durante o inverno.</p>"
        "<h2>Fonte Nova</h2><p>A aldeia é conhecida pelo seu forno comunitário, ainda "
        "aceso todos os sábados pelos vizinhos mais velhos.</p>"
        "<div class='paginacao'><span>Página 1 de 3</span> <a href='/p/2'>Seguinte ›</a>"
        "</div></div></article></main></body></html>"
    )
    body = newsextract.extract(html, url="https://aldeias.example.org/cinco").body or ""
    assert "forno comunitário" in body
    assert "Página 1 de 3" not in body and "Seguinte" not in body
