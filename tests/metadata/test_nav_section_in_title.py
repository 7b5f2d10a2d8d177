"""A <title>-only page may carry its section's name beside the site's ("Une librairie … |
Société | Le Courrier", "Site - Sociedad - El ayuntamiento …"): a part that is, whole, the
text of a link of the site's navigation is cut once the site's name is. A navigation link
that is only part of a title part, or a title that names no site, cuts nothing."""

from __future__ import annotations

import pytest
from tests.metadata.pages import filler

import newsextract
from newsextract.metadata.site_names import strip_named_section

_NAV = "<nav><a href='/societe'>Société</a> <a href='/sport'>Sport</a></nav>"


def _page(title: str, nav: str = _NAV) -> str:
    return (
        f'<html lang="fr"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<header><div class='logo'><a href='/'>Le Courrier</a></div>{nav}</header>"
        f"<div id='main'>{filler('librairie')}</div></body></html>"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Une librairie historique rouvre | Société | Le Courrier",
        "Le Courrier - Société - Une librairie historique rouvre",
        "Le Courrier » Société » Une librairie historique rouvre",
    ],
)
def test_the_section_beside_the_site_name_is_cut(title: str) -> None:
    article = newsextract.extract(_page(title), url="https://courrier.example.fr/a/7")
    assert article.title == "Une librairie historique rouvre"


def test_a_title_without_the_site_name_keeps_its_parts() -> None:
    title = "Sport - Une librairie historique rouvre"
    article = newsextract.extract(_page(title, _NAV), url="https://courrier.example.fr/a/7")
    assert article.title == title


def test_only_whole_parts_are_sections() -> None:
    assert strip_named_section("Le sport à l'école | Culture", ["Sport"]) == (
        "Le sport à l'école | Culture"
    )
    assert strip_named_section("Le sport à l'école | Sport", ["Sport"]) == "Le sport à l'école"
    assert strip_named_section("Sport", ["Sport"]) == "Sport"


def test_a_social_title_copying_the_title_without_the_site_name_loses_its_section() -> None:
    # og:title "Headline | Section", the <title> "Headline | Section | Site": the same
    # decoration, the site's name left out of it
    title = "Une librairie historique rouvre | Société"
    page = _page(f"{title} | Le Courrier").replace(
        "<head>", f"<head><meta property='og:title' content='{title}'>"
    )
    article = newsextract.extract(page, url="https://courrier.example.fr/a/7")
    assert article.title == "Une librairie historique rouvre"


def test_the_posts_own_section_is_cut_without_the_site_name() -> None:
    # the breadcrumbs file the post under "Sport": a title part naming it is decoration,
    # not after a lone colon, which joins a headline's own parts
    crumbs = (
        "<ol class='breadcrumb'><li><a href='/'>Accueil</a></li>"
        "<li><a href='/sport'>Sport</a></li></ol>"
    )
    for title, want in [
        ("Le club rouvre son stade en mai - Sport", "Le club rouvre son stade en mai"),
        ("Sport » Le club rouvre son stade en mai", "Le club rouvre son stade en mai"),
        ("Le club rouvre son stade en mai : Sport", "Le club rouvre son stade en mai : Sport"),
    ]:
        page = _page(title, crumbs).replace(
            "<div class='logo'><a href='/'>Le Courrier</a></div>", ""
        )
        article = newsextract.extract(page, url="https://courrier.example.fr/a/7")
        assert article.title == want
