"""A breadcrumb trail that no class or id names is found by its screen-reader label,
``aria-label`` on a ``<nav>`` or ``<ol>``: the English word in any case, or the trail's
name in a language file's ``breadcrumb_labels`` (metadata/breadcrumbs.py)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract import labels

URL = "https://www.harbourlight.example.org/region/coast/pier-vote"
HEADLINE = "Pier plan goes to a vote in the spring"
TEXT = "<p>" + "The council weighed the plan for the old pier for an hour on Tuesday. " * 4


def _page(trail: str, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title></head><body>'
        f"<main>{trail}<article><h1>{HEADLINE}</h1>{TEXT}</p></article></main>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("trail", "lang"),
    [
        (
            '<nav aria-label="BREADCRUMB"><ol><li><a href="/">Home</a></li>'
            '<li><a href="/region/">Region</a></li><li><a href="/region/coast/">Coast</a></li>'
            "</ol></nav>",
            "en",
        ),
        (
            '<ol aria-label="Fil d’Ariane"><li><a href="/">Accueil</a></li>'
            '<li><a href="/region/">Region</a></li><li><a href="/region/coast/">Coast</a></li>'
            "</ol>",
            "fr",
        ),
        (
            '<nav aria-label="Migas de pan :"><a href="/">Inicio</a> › '
            '<a href="/region/">Region</a> › <a href="/region/coast/">Coast</a></nav>',
            "es",
        ),
        (
            '<nav aria-label="Brotkrümelnavigation"><ul><li><a href="/">Startseite</a></li>'
            '<li><a href="/region/">Region</a></li><li><a href="/region/coast/">Coast</a></li>'
            "</ul></nav>",
            "de",
        ),
    ],
)
def test_a_trail_named_by_its_label_gives_the_categories(trail: str, lang: str) -> None:
    article = newsextract.extract(_page(trail, lang), url=URL)
    assert article.categories == ("Region", "Coast")
    assert article.provenance["categories"] == "html:breadcrumb"


def test_another_labelled_navigation_is_no_trail() -> None:
    menu = (
        '<nav aria-label="Main menu"><ul><li><a href="/">Home</a></li>'
        '<li><a href="/region/">Region</a></li></ul></nav>'
    )
    assert newsextract.extract(_page(menu), url=URL).categories == ()


def test_the_labels_come_from_the_language_files() -> None:
    known = labels.breadcrumb_labels()
    assert {"fil d'ariane", "migas de pan", "brotkrümelnavigation", "kruimelpad"} <= known
    assert all(word == word.lower() and word.strip() == word for word in known)
