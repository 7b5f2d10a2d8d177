"""A closing "Name, Outlet" line whose outlet is the page's publisher is the writer's credit:
it leaves the body and gives the byline when nothing else does (metadata/closing_credit.py)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.closing_credit import credited_name

URL = "https://harbour.example.org/local/pier-vote"
TEXT = "The council met on Tuesday to weigh the plan for the old pier for an hour. " * 3


def _page(publisher: str, last: str, lang: str = "en") -> str:
    paragraphs = "".join(f"<p>{TEXT}</p>" for _ in range(4))
    return (
        f'<html lang="{lang}"><head><meta property="og:site_name" content="{publisher}">'
        f"<title>Pier plan vote</title></head><body><main><article><h1>Pier plan vote</h1>"
        f"{paragraphs}<p>{last}</p></article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("publisher", "line", "name"),
    [
        ("The Harbour Light", "Jane Roe, The Harbour Light", "Jane Roe"),
        ("Северный вестник", "Анна Смирнова, «Северный вестник»", "Анна Смирнова"),
        ("Le Courrier du Lac", "Marie Dupont, « Le Courrier du Lac »", "Marie Dupont"),
        ("Diario del Valle", 'Lucía Martín, "Diario del Valle".', "Lucía Martín"),
    ],
)
def test_the_credit_line_is_the_byline_not_the_text(publisher: str, line: str, name: str) -> None:
    article = newsextract.extract(_page(publisher, line), url=URL)
    assert line not in article.body
    assert article.body.endswith(TEXT.strip())
    assert article.byline == name
    assert article.provenance["byline"] == "text:credit-line"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, Agence Lointaine",  # another outlet: a reprint's credit, kept as written
        "Young Fathers, Heavy Heavy",  # a list's item
        "Paris, The Harbour Light",  # one word: a place, no writer's name
        "the mayor said, The Harbour Light",  # no name
    ],
)
def test_other_closing_lines_stay(line: str) -> None:
    article = newsextract.extract(_page("The Harbour Light", line), url=URL)
    assert article.body.endswith(line)
    assert article.byline is None


def test_a_byline_found_elsewhere_comes_first() -> None:
    page = _page("The Harbour Light", "Jane Roe, The Harbour Light").replace(
        "<h1>Pier plan vote</h1>", '<h1>Pier plan vote</h1><p class="byline">By Sam Poe</p>'
    )
    article = newsextract.extract(page, url=URL)
    assert article.byline == "By Sam Poe"
    assert "Jane Roe" not in article.body


def test_no_publisher_no_credit() -> None:
    assert credited_name("Jane Roe, The Harbour Light", None) is None
