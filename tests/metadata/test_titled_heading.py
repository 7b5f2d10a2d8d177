"""A page without an ``<h1>`` shows its headline in a lower heading or a title-classed element
whose text is a whole part of the ``<title>``: that part is the headline, the other (a
section's or the site's name) decoration (metadata/html.py ``_titled_heading``)."""

from __future__ import annotations

import pytest

import newsextract

TEXT = "<p>" + "Our team played four matches on Saturday and won three of them in the end. " * 4


def _page(title: str, heading: str, header: str = "", lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body>'
        f"<header>{header}</header><div id='content'><div class='news'>{heading}"
        f"{TEXT}</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "heading", "expected"),
    [
        (
            "Neuigkeiten » Turnierbericht vom Wochenende",
            "<div class='title'>Turnierbericht vom Wochenende</div>",
            "Turnierbericht vom Wochenende",
        ),
        (
            "News :: Spring Meeting Minutes",
            "<h3>Spring Meeting Minutes</h3>",
            "Spring Meeting Minutes",
        ),
        (
            "Spring Meeting Minutes - Hobby Club Pages",
            "<h2 class='news-title'>Spring Meeting Minutes</h2>",
            "Spring Meeting Minutes",
        ),
    ],
)
def test_the_title_part_the_page_shows_as_a_heading_is_the_title(
    title: str, heading: str, expected: str
) -> None:
    page = _page(title, heading)
    assert (
        newsextract.extract(page, url="https://club.example.com/index.php?id=4").title == expected
    )


def test_a_heading_in_the_sites_header_names_no_headline() -> None:
    page = _page(
        "Spring Meeting Minutes | Hobby Club Pages",
        "<p class='intro'>From the secretary.</p>",
        header="<h2>Hobby Club Pages</h2>",
    )
    title = newsextract.extract(page, url="https://club.example.com/index.php?id=4").title
    assert title != "Hobby Club Pages"


def test_a_one_word_heading_is_not_taken() -> None:
    page = _page("News :: Spring Meeting Minutes", "<h3>News</h3>")
    title = newsextract.extract(page, url="https://club.example.com/index.php?id=4").title
    assert title != "News"


def test_a_one_word_h1_is_a_sections_name_beside_a_titled_heading() -> None:
    page = (
        '<html lang="de"><head><title>Rezepte | Linsensuppe mit Speck</title></head><body>'
        "<div id='content'><h1>Rezepte</h1><div class='rezept'><h3>Linsensuppe mit Speck</h3>"
        f"{TEXT}</p></div></div></body></html>"
    )
    assert newsextract.extract(page, url="https://koch.example.de/rezepte/42").title == (
        "Linsensuppe mit Speck"
    )


def test_a_heading_of_several_consecutive_title_parts() -> None:
    page = (
        "<html><head><title>Club Pages | Culture | 30.11. | Book of the week - A Reader"
        "</title></head><body><div id='content'><h1>Culture</h1>"
        "<h2>30.11. | Book of the week</h2><h3>A Reader</h3>"
        f"{TEXT}</p></div></body></html>"
    )
    assert newsextract.extract(page, url="https://club.example.com/culture/7").title == (
        "30.11. | Book of the week"
    )


def test_a_one_word_h1_stays_without_a_titled_heading() -> None:
    page = (
        "<html><head><title>Axes - TinyPlot documentation</title></head><body>"
        f"<div id='content'><h1>Axes</h1><h2>Overview</h2>{TEXT}</p></div></body></html>"
    )
    assert newsextract.extract(page, url="https://tinyplot.example.org/axes.html").title == "Axes"
