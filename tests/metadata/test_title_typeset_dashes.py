"""A title whose chosen source keeps the typed hyphen ("Januar - Mai", a plugin's og:title)
takes the dash another source typesets ("Januar – Mai" in the <title> the CMS writes, cut of
the site's name); a title whose other sources differ in words keeps its own. A title that
differs from the <h1> in its quotation marks (not its apostrophes), an ellipsis or the spaces
inside guillemets alone takes the <h1>'s."""

from __future__ import annotations

import pytest
from tests.metadata.pages import filler

import newsextract
from newsextract.metadata.title_typography import quoted_as_shown, typeset


def _page(og: str, title: str) -> str:
    return (
        f'<html lang="de"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{og}">'
        '<meta property="og:site_name" content="Weinbote">'
        f"</head><body><header><h1><a href='/'>Weinbote</a></h1></header>"
        f"<div class='post'>{filler('Verkostung')}</div></body></html>"
    )


def test_the_typeset_dash_of_the_page_title() -> None:
    page = _page(
        "Termine der Verkostungen Januar - Mai",
        "Termine der Verkostungen Januar &ndash; Mai | Weinbote",
    )
    article = newsextract.extract(page, url="https://weinbote.example/termine/")
    assert article.title == "Termine der Verkostungen Januar – Mai"


def test_other_words_keep_the_chosen_title() -> None:
    assert typeset("Januar - Mai", ["Januar – Juni", "Februar — Mai"]) == "Januar - Mai"
    assert typeset("Januar - Mai", ["Januar—Mai"]) == "Januar - Mai"  # not between spaces
    assert typeset("Januar – Mai", ["Januar - Mai"]) == "Januar – Mai"
    assert typeset("Berlin - Paris", ["Berlin — Paris"]) == "Berlin — Paris"


@pytest.mark.parametrize(
    ("title", "headline", "expected"),
    [
        # typed quotation marks the <h1> typesets: the <h1>'s marks
        ('Knihovna "U Lípy" se otevřela', "Knihovna „U Lípy“ se otevřela", "„U Lípy“"),
        ("todo 'tranqui' en la plaza", "todo ‘tranqui’ en la plaza", "‘tranqui’"),
        # marks of another kind: the headline's, as the page shows them
        ("Tuchel: 'Macht einen guten Job'", 'Tuchel: "Macht einen guten Job"', '"Macht'),
        # three dots for an ellipsis, guillemets without the spaces French sets inside them
        ("Ferry fares rise... again", "Ferry fares rise… again", "rise… again"),
        (
            "«Le bac restera gratuit» : le maire",
            "«\u00a0Le bac restera gratuit\u00a0» : le maire",
            "«\u00a0Le",
        ),
        # an apostrophe is the word's spelling, which sources write either way: the title's
        ("Mayor's ferry plan", "Mayor’s ferry plan", "Mayor's"),
        ('Mayor\'s "ferry plan"', "Mayor’s “ferry plan”", "Mayor's \"ferry"),
        # other words: the title as it is
        ('Knihovna "U Lípy" je zavřená', "Knihovna „U Lípy“ se otevřela", '"U Lípy"'),
    ],
)
def test_typed_marks_take_the_headlines(title: str, headline: str, expected: str) -> None:
    got = quoted_as_shown(title, headline)
    assert expected in got
    assert got in (title, headline)
