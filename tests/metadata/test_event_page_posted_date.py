"""An event's page states no publication, but may say when it was posted: a date after a
publication label ("Veröffentlicht am 5. März 2024") is the page's; the event's own day is
not, nor a product page's labelled day (its release). Every site and text is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

_TEXT = (
    "Die Stadtbibliothek lädt zur langen Lesenacht ein, mit Lesungen, Musik und einem "
    "Bücherflohmarkt für Groß und Klein."
)


def _page(kind: str, line: str) -> str:
    thing = (
        ld("Event", name="Lesenacht", startDate="2024-06-20T19:00:00+02:00")
        if kind == "event"
        else ld("Product", name="Lesenacht: das Spiel", sku="4471")
    )
    return page(
        "de",
        "Lesenacht – Kulturkalender",
        thing,
        '<header><a class="logo" href="/">Kulturkalender</a></header><main><article>'
        f'<h1>Lesenacht</h1><p class="meta">{line}</p>{paragraphs(_TEXT)}</article></main>',
    )


@pytest.mark.parametrize(
    ("kind", "line", "day"),
    [
        ("event", "Veröffentlicht am 5. März 2024", date(2024, 3, 5)),
        ("event", "Datum: 20. Juni 2024, 19 Uhr", None),
        ("product", "Veröffentlicht am 5. März 2024", None),
    ],
)
def test_an_event_page_s_posted_line(kind: str, line: str, day: date | None) -> None:
    article = newsextract.extract(_page(kind, line), url="https://kultur.example.de/lesenacht")
    assert (article.published.date() if article.published else None) == day
