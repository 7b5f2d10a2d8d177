"""A date written in numbers that reads either way ("03/04/2021"): the page search reads it
day first on every page, the text date in the page language's order; one writing read two
ways is one opinion, and the language's reading stands (second_opinion.py ``as_text_reads``)."""

from __future__ import annotations

from datetime import date

import pytest

import newsextract

TEXT = "<p>" + "The council met to decide how the riverside path will be repaired. " * 4 + "</p>"


def _page(lang: str, written: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Notes</title></head><body><main><article>"
        f"<h1>Notes from the council</h1><span class='date'>{written}</span>{TEXT}"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "url", "written", "expected"),
    [
        ("en", "https://example.com/notes", "03/04/2021", date(2021, 3, 4)),
        ("en-US", "https://example.com/notes", "03/04/2021", date(2021, 3, 4)),
        ("en-GB", "https://example.co.uk/notes", "03/04/2021", date(2021, 4, 3)),
        ("de", "https://example.de/notiz", "03.04.2021", date(2021, 4, 3)),
        ("en", "https://example.com/notes", "13/04/2021", date(2021, 4, 13)),
    ],
)
def test_the_language_order_reads_an_ambiguous_day(
    lang: str, url: str, written: str, expected: date
) -> None:
    published = newsextract.extract(_page(lang, written), url=url).published
    assert published is not None and published.date() == expected
