"""A sidebar's featured teaser ("Em destaque": one long paragraph in a lead-classed box of
an ``<aside>``) is no standfirst of a short text beside it, whose paragraphs are too short
to tell where the text began (probe ``b67c_pt_essay_beside_longer_teaser``); a standfirst
that is an ``<aside>`` itself, or sits in the aside that holds the headline, stays."""

from __future__ import annotations

import pytest

import newsextract

_TEASER = (
    "Durante três meses acompanhámos os pescadores da Póvoa nas madrugadas de inverno, quando "
    "o mar decide quem sai e quem fica em terra."
)
_ESSAY = "<p>Há quem a julgue preguiça.</p><p>Eu chamo-lhe método.</p>"


def _page(main: str, side: str) -> str:
    return (
        "<html lang='pt'><head><title>Elogio da sesta</title></head><body><div id='content'>"
        f"<main>{main}</main>{side}</div></body></html>"
    )


@pytest.mark.parametrize(
    "side",
    [
        f"<aside class='sidebar'><div class='widget featured-teaser'><h3>Em destaque</h3><p>"
        f"{_TEASER}</p></div></aside>",
        f"<div role='complementary'><div class='teaser'><p>{_TEASER}</p></div></div>",
    ],
)
def test_a_sidebar_teaser_is_no_lead(side: str) -> None:
    article = newsextract.extract(
        _page(f"<article><h1>Elogio da sesta</h1>{_ESSAY}</article>", side),
        url="https://revista.example.pt/sesta",
    )
    assert article.lead is None or "pescadores" not in article.lead
    assert "pescadores" not in article.body


@pytest.mark.parametrize(
    "main",
    [
        f"<article><h1>Elogio da sesta</h1><aside class='standfirst'>{_TEASER}</aside>"
        f"{_ESSAY}</article>",
        f"<article><aside class='header'><h1>Elogio da sesta</h1><div class='lead'>{_TEASER}"
        f"</div></aside>{_ESSAY}</article>",
    ],
)
def test_a_standfirst_in_or_as_an_aside_stays(main: str) -> None:
    article = newsextract.extract(_page(main, ""), url="https://revista.example.pt/sesta")
    assert article.lead == _TEASER
