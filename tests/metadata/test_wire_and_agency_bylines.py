"""Byline forms of metadata probe round 10: a wire's closing credit naming each writer's
place ("Reporting by Anna Petrova in London and Li Wei in Shanghai") lost its second writer;
a magazine's "Words: … · Pictures: …" credited no one; "By The Associated Press" credited
no source."""

from __future__ import annotations

import pytest
from tests.metadata.pages import byline_page

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_agencies import byline_agency
from newsextract.metadata.byline_tails import trim_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        (
            "Reporting by Anna Petrova in London and Li Wei in Shanghai",
            ["Anna Petrova", "Li Wei"],
        ),
        ("Jane Doe in Paris", ["Jane Doe"]),
        # one writer and two places: no side without a place of its own is a name
        ("Jane Doe in New York and Los Angeles", ["Jane Doe"]),
        # a second writer without a place, opening with a given name, is a writer still
        ("Anna Petrova in London and Li Wei", ["Anna Petrova", "Li Wei"]),
    ],
)
def test_names_before_their_place_are_split(byline: str, names: list[str]) -> None:
    assert split_byline(trim_byline(byline), "en") == names


def test_words_and_pictures_credit_the_writer() -> None:
    page = byline_page("en", "Walk", "Words: Helen Marsh · Pictures: Tom Blake")
    assert newsextract.extract(page).authors == ("Helen Marsh",)


def test_the_associated_press_is_the_source() -> None:
    assert byline_agency(["The Associated Press"]) == "Associated Press"
    assert byline_agency(["The Marsh Gazette"]) is None


@pytest.mark.parametrize("byline", ["Von dpa", "Von: epd"])
def test_an_agency_alone_in_lower_case_is_credited(byline: str) -> None:
    article = newsextract.extract(byline_page("de", "Radweg", byline))
    assert article.authors == (byline.split()[-1],)
    assert article.source == byline.split()[-1]


def test_a_lower_case_agency_beside_a_writer_is_no_author_of_its_own() -> None:
    page = byline_page("de", "Radweg", "Von Tobias Rendl und dpa")
    assert "dpa" not in newsextract.extract(page).authors


@pytest.mark.parametrize(
    ("language", "byline", "source"),
    [
        ("de", "Redaktion mit dpa", "dpa"),
        ("es", "Redacción con EFE", "EFE"),
        ("de", "Von Anna Berg mit dpa", "dpa"),
        ("en", "By Jane Doe and Mark Reuters", None),  # a name ending in an agency's word
    ],
)
def test_an_agency_joined_to_a_byline_is_the_source(
    language: str, byline: str, source: str | None
) -> None:
    assert newsextract.extract(byline_page(language, "Wort", byline)).source == source
