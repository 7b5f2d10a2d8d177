"""A plain paragraph closing the article with a dash and a name signs it, as a bold name
does ("<p>— Kari Nordmann</p>", a letter's or a blog post's signature), when no byline
names anyone; not after a hyphen alone (a list item's mark), nor after a quotation (the dash
then attributes the quote), nor when a byline already names the writer."""

from __future__ import annotations

import pytest

import newsextract

from .pages import article_page, filler

URL = "https://fjellblogg.example.no/2024/03/tur/"


def _signed(line: str, before: str = "", above: str = "") -> tuple[str, ...]:
    page = article_page("en", "A winter walk", above + filler("snow") + before + line)
    return newsextract.extract(page, url=URL).authors


@pytest.mark.parametrize(
    "line", ["<p>— Kari Nordmann</p>", "<p>– Kari Nordmann</p>", "<p>-- Kari Nordmann</p>"]
)
def test_a_dash_and_a_name_sign_the_article(line: str) -> None:
    assert _signed(line) == ("Kari Nordmann",)


def test_a_hyphen_alone_is_no_signature() -> None:
    assert _signed("<p>- Kari Nordmann</p>") == ()


def test_a_dashed_name_after_a_quotation_attributes_it() -> None:
    quote = "<p>“Whoever walks in the snow leaves a trail for those who follow.”</p>"
    assert _signed("<p>— Olav Haugen</p>", before=quote) == ()


def test_a_byline_wins_over_the_dashed_name() -> None:
    byline = '<p class="byline">By Ingrid Berg</p>'
    assert _signed("<p>— Kari Nordmann</p>", above=byline) == ("Ingrid Berg",)
