"""An update label in the form a date line writes it: Polish "Data aktualizacji:" (the
genitive after "data"), Italian "Aggiornato il" before a <time>: the update fills
``modified`` with its time, beside the publication."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract

_POLISH = "<p>" + "Rada miasta zebrała się we wtorek, aby omówić nowy budżet. " * 5 + "</p>"
_ITALIAN = "<p>" + "Il consiglio comunale si è riunito martedì per il nuovo bilancio. " * 5 + "</p>"


@pytest.mark.parametrize(
    ("language", "line", "text"),
    [
        (
            "pl",
            "Data publikacji: 12.03.2024 10:15<br>Data aktualizacji: 13.03.2024 08:00",
            _POLISH,
        ),
        (
            "pl",
            'Opublikowano: <time datetime="2024-03-12T10:15:00">12.03.2024</time> '
            'Data aktualizacji: <time datetime="2024-03-13T08:00:00">13.03.2024</time>',
            _POLISH,
        ),
        (
            "it",
            'Pubblicato il <time datetime="2024-03-12T10:15:00">12 marzo 2024</time> '
            'Aggiornato il <time datetime="2024-03-13T08:00:00">13 marzo 2024</time>',
            _ITALIAN,
        ),
    ],
)
def test_the_update_fills_modified(language: str, line: str, text: str) -> None:
    html = (
        f"<html lang={language}><head><title>Budżet</title></head><body><article>"
        f"<h1>Nowy budżet miasta</h1><p class=meta>{line}</p>{text}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example.org/a")
    assert article.published == datetime(2024, 3, 12, 10, 15)
    assert article.modified == datetime(2024, 3, 13, 8, 0)
