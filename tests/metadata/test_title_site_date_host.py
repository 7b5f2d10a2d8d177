"""Three causes the third blind title probe found (title.py): a day heading taken for the
headline, the site's address taken for the title, and the site's own name cut from a
headline that is about the site."""

from __future__ import annotations

import pytest

from newsextract.metadata.title import choose_title
from newsextract.metadata.title_cleanup import is_date_only

SITE = ["Riverside Courier", "riversidecourier", "riversidecourier.com"]


def test_a_date_heading_is_no_headline_beside_a_metadata_title() -> None:
    titles = ["Tuesday, September 3, 2024 - Riverside Courier", "Library opens on Quarry Street"]
    choice = choose_title("Tuesday, September 3, 2024", titles, SITE)
    assert choice.title == "Library opens on Quarry Street"
    assert "a date" in choice.reasons[-1]


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("Tuesday, September 3, 2024", True),
        ("03.09.2024", True),
        ("2024-09-03", True),
        ("3 de septiembre de 2024", True),
        ("Library opens on September 3, 2024", False),  # a headline naming a day
        ("Class of 2024 graduates", False),
        ("1914-1918", False),  # a range, not a day
    ],
)
def test_a_date_only_is_a_date_and_nothing_else(text: str, only: bool) -> None:
    assert is_date_only(text) is only


def test_the_site_address_as_title_loses_to_the_headline() -> None:
    choice = choose_title("Library opens on Quarry Street", ["rivers-news.example"], SITE)
    assert choice.title == "Library opens on Quarry Street"


def test_a_dotted_product_name_stays_the_title_without_a_headline() -> None:
    assert choose_title(None, ["Node.js"], SITE).title == "Node.js"


def test_the_site_name_inside_the_headline_stays_when_the_title_adds_it_again() -> None:
    headline = "Riverside Courier: twenty years of telling the town"
    choice = choose_title(headline, [f"{headline} | Riverside Courier"], SITE)
    assert choice.title == headline


def test_the_site_name_set_after_the_headline_in_the_h1_is_still_cut() -> None:
    choice = choose_title(
        "Library opens - Riverside Courier", ["Library opens - Riverside Courier"], SITE
    )
    assert choice.title == "Library opens"


def test_a_one_word_h1_is_a_section_beside_a_longer_og_title() -> None:
    titles = ["Valmierā atvērta jauna publiskā bibliotēka", "Kultūra - Vidzemes Balss"]  # og first
    choice = choose_title("Kultūra", titles, ["Vidzemes Balss"])
    assert choice.title == "Valmierā atvērta jauna publiskā bibliotēka"
    assert "section" in choice.reasons[-1]


def test_a_one_word_h1_the_longer_titles_hold_stays() -> None:
    titles = ["Axes — TinyPlot 0.9 documentation", "Axes — TinyPlot 0.9 documentation"]
    assert choose_title("Axes", titles, ["TinyPlot"]).title == "Axes"


def test_a_long_headline_with_a_year_is_not_parsed_as_a_date() -> None:
    assert not is_date_only("Storm hits the coast overnight as towns brace for 2024 floods")
