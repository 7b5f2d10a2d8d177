"""A place after a byline's name ("Jane Doe, Nairobi") is where the story was filed from, not
a second writer: countries, territories and time-zone cities by CLDR's names (data/places/;
the names in other languages: test_places_in_language.py)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("By Jane Doe, Nairobi", "en", ["Jane Doe"]),
        ("By Tom Baker, New York", "en", ["Tom Baker"]),
        ("Von Anna Berg, Berlin", "de", ["Anna Berg"]),
        ("Par Marie Lefèvre, Germany", "fr", ["Marie Lefèvre"]),  # English names on any page
        ("Frankfurt, Germany", "en", []),  # a dateline's city and country, no writer
        ("By Chad Smith, Jordan Lee", "en", ["Chad Smith", "Jordan Lee"]),  # names, not places
        ("By Jane Doe and John Smith", "en", ["Jane Doe", "John Smith"]),
    ],
)
def test_a_place_after_the_name_is_no_writer(byline: str, language: str, names: list[str]) -> None:
    assert split_byline(byline, language) == names


def test_the_byline_of_a_page_keeps_the_writer_alone() -> None:
    html = (
        "<html lang='en'><body><article><h1>Floods close the coast road</h1>"
        "<p class='byline'>By Jane Doe, Nairobi</p>"
        "<p>Heavy rain closed the coast road on Monday, and the county asked drivers to stay "
        "away from the low bridges until the water goes down.</p></article></body></html>"
    )
    article = newsextract.extract(html, "https://news.example/2025/04/floods")
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Na Amina Juma na Hassan Mwinyi, Mwanza", "sw", ["Amina Juma", "Hassan Mwinyi"]),
        ("By Jo Roe and Al Lee, Leeds", "en", ["Jo Roe", "Al Lee"]),
        ("By Jo Roe and Al Lee, Reuters", "en", ["Jo Roe", "Al Lee", "Reuters"]),  # an agency
        ("Jo Roe and Al Lee, Cher Smith", "en", ["Jo Roe", "Al Lee", "Cher Smith"]),
        ("Ann Lee, Bo Chen, and Tom Watkins", "en", ["Ann Lee", "Bo Chen", "Tom Watkins"]),
    ],
)
def test_one_word_after_a_list_its_and_closed_is_the_town(
    byline: str, language: str, names: list[str]
) -> None:
    """The "and" named the last writer: one word after the comma that follows is the town
    filed from, though CLDR's places lack it (a lone word after one name stays a name)."""
    assert split_byline(byline, language) == names
