"""A paywall's "continue reading" teaser set between a story's paragraphs is named like a
lead ("paywall-teaser", "regwall-teaser"): the standfirst scan passes over it by its
paywall name, whatever its language, and the lead is no prompt (probes
``news_probes.interruptions``: 4 of 30 took it as the lead)."""

from __future__ import annotations

import pytest

import newsextract

_PARAGRAPHS = (
    "Kommunen i Fjellby opna måndag ein ny barnehage med plass til seksti born.",
    "Rådmannen seier at barnehagen vart bygd på fjorten månader og kosta tretti millionar.",
    "Foreldra har venta på plassane i to år, og alle søkjarane fekk tilbod.",
)


def _page(teaser: str) -> str:
    first, second, third = _PARAGRAPHS
    return (
        "<html lang='nn'><head><title>Ny barnehage i Fjellby</title></head><body><main>"
        "<article><h1>Ny barnehage i Fjellby</h1><div class='article-text'>"
        f"<p>{first}</p><p>{second}</p>{teaser}<p>{third}</p></div></article></main></body>"
        "</html>"
    )


@pytest.mark.parametrize(
    "teaser",
    [
        "<div class='paywall-teaser'><p>Vil du lese meir? Bli abonnent i dag for ein krone."
        "</p><a href='/abo'>Kjøp</a></div>",
        "<p class='regwall-teaser__text'>Registrer deg gratis for å lese vidare i saka.</p>",
        "<div class='c-paywall'><div class='c-paywall__lead'>Denne saka er for abonnentane "
        "våre, prøv ein månad gratis.</div></div>",
    ],
)
def test_a_paywall_teaser_between_paragraphs_is_no_lead(teaser: str) -> None:
    article = newsextract.extract(_page(teaser), url="https://avis.example.no/2026/barnehage")
    assert "abonnent" not in (article.lead or "")
    assert "Registrer" not in (article.lead or "")
    for paragraph in _PARAGRAPHS:
        assert paragraph in article.body


def test_a_lead_classed_standfirst_is_still_read() -> None:
    lead = "Sekstiborn får plass når den nye barnehagen i Fjellby opnar dørene måndag."
    html = _page("").replace(
        "<h1>Ny barnehage i Fjellby</h1>",
        f"<h1>Ny barnehage i Fjellby</h1><p class='article-lead'>{lead}</p>",
    )
    article = newsextract.extract(html, url="https://avis.example.no/2026/barnehage")
    assert article.lead == lead
