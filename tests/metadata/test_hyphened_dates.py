"""A day, a month's abbreviation and a year joined by hyphens, day or year first: "05-Mar-2024",
"5-mar-2024 10:30", "2024-Mar-05" (directory listings, Indian and government sites, a
database's default format). Read in date-classed elements, in any short text the page search
reads, and in a machine field, in every language whose month names dateparser's data has.
Pages invented."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.dates import parse_machine_date
from newsextract.dating.spaced_parts import with_spaced_parts

_TEXT = "<p>" + "The committee met again to discuss the plans for the library on the square. " * 5


def _page(lang: str, written: str, css_class: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Library plans</title></head><body><article>'
        f'<h1>Library plans</h1><div class="{css_class}">{written}</div>{_TEXT}</p>'
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "written", "want"),
    [
        ("en", "05-Mar-2024", datetime(2024, 3, 5)),
        ("en", "5-Mar-2024 10:30", datetime(2024, 3, 5, 10, 30)),
        ("en", "2024-Mar-05", datetime(2024, 3, 5)),
        ("it", "5-mar-2024", datetime(2024, 3, 5)),
        ("de", "05-Okt-2024", datetime(2024, 10, 5)),
        ("es", "05-ene-2024", datetime(2024, 1, 5)),
        ("fr", "05-févr.-2024", datetime(2024, 2, 5)),
    ],
)
def test_a_hyphened_day_in_a_date_element(lang: str, written: str, want: datetime) -> None:
    url = "https://town.example.org/news/library"
    assert newsextract.extract(_page(lang, written, "post-date"), url=url).published == want


@pytest.mark.parametrize("written", ["05-Mar-2024", "2024-Mar-05", "5/mar/2024"])
def test_a_hyphened_day_anywhere_is_found_by_the_page_search(written: str) -> None:
    published = newsextract.extract(_page("en", written, "x"), url="https://town.example.org/a")
    assert published.published is not None
    assert published.published.date() == datetime(2024, 3, 5).date()


def test_in_a_machine_field() -> None:
    assert parse_machine_date("05-Mar-2024") == datetime(2024, 3, 5)
    head = '<meta name="date" content="05-Mar-2024">'
    page = _page("en", "", "x").replace("</head>", f"{head}</head>")
    assert newsextract.extract(page, url="https://town.example.org/a").published == datetime(
        2024, 3, 5
    )


@pytest.mark.parametrize(
    "text",
    [
        "item-12-abc-2024-x",  # inside a longer hyphenated run: a slug
        "route 12-abc-20245",  # the digits run on
        "05-03-2024",  # numbers only: read as before
    ],
)
def test_what_is_left_alone(text: str) -> None:
    assert with_spaced_parts(text) == text


def test_the_span_keeps_its_length() -> None:
    text = "Posted on 05-Mar-2024 by the desk"
    assert with_spaced_parts(text) == "Posted on 05 Mar 2024 by the desk"
