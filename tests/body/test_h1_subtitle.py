"""A subtitle set in small type inside the headline (``<h1>Headline <small>subtitle</small>
</h1>``, as Bootstrap's page headers write it) is the standfirst, not words of the title. A
kicker set small before the headline, and a byline or a date set small after it, are not
a standfirst."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The old harbour bridge reopened to traffic on Monday morning after eight months of "
    "repairs to its deck and cables, the city council said.</p>"
    "<p>Engineers replaced forty of the bridge's steel cables and laid a new surface on the "
    "whole span, which carries twelve thousand cars a day.</p>"
)


def _extract(h1: str) -> newsextract.Article:
    html = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article>{h1}{_TEXT}</article></main></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/bridge")


def test_a_small_subtitle_is_the_lead_not_the_title() -> None:
    article = _extract(
        "<h1>Harbour bridge reopens <small>Repairs finished ahead of time</small></h1>"
    )
    assert article.title == "Harbour bridge reopens"
    assert article.lead == "Repairs finished ahead of time"


def test_a_small_kicker_before_the_headline_is_no_lead() -> None:
    article = _extract("<h1><small>Roads</small> Harbour bridge reopens after eight months</h1>")
    assert article.lead is None


def test_a_small_date_after_the_headline_is_no_lead() -> None:
    article = _extract("<h1>Harbour bridge reopens <small>Updated 3 March 2025</small></h1>")
    assert article.title == "Harbour bridge reopens"
    assert article.lead is None
