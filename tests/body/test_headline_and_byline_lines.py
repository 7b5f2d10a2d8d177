"""Lines of the article's header read as text: the author's name with the date, the headline
the page shows beside the one written for search engines, a deck in the ``<header>``, and a
closing ask to report a mistake."""

from __future__ import annotations

import json

import newsextract

_TEXT = (
    "<p>The ferry between Havnby and the island will be in the yard for three weeks, and a "
    "smaller boat with room for forty passengers will sail in the meantime.</p>"
    "<p>Cars cannot travel during the period, the council said, and the island's shop will "
    "have its goods sent over on the small boat.</p>"
)


def _extract(main: str, head: str = "") -> newsextract.Article:
    html = f"<html><head><title>Ferry cancelled</title>{head}</head><body>{main}</body></html>"
    return newsextract.extract(html, url="https://news.example.com/ferry")


def _ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_the_authors_name_and_a_date_line_go() -> None:
    article = _extract(
        "<article><h1>Ferry cancelled</h1><div class='body'><p>Maria Teresa Okonkwo-Hale | "
        f"Published 4 months ago</p>{_TEXT}</div></article>",
        _ld(
            headline="Ferry cancelled",
            author={"@type": "Person", "name": "Maria Teresa Okonkwo-Hale"},
        ),
    )
    assert "Okonkwo-Hale" not in article.body
    assert article.body.startswith("The ferry between Havnby")


def test_a_sentence_about_the_writer_stays() -> None:
    line = "Maria Roe wrote this report for the council's newsletter on 4 May 2026."
    article = _extract(
        f"<article><h1>Ferry cancelled</h1><div class='body'>{_TEXT}<p>{line}</p></div></article>",
        _ld(headline="Ferry cancelled", author={"@type": "Person", "name": "Maria Roe"}),
    )
    assert line in article.body


def test_the_headline_the_social_cards_give_and_its_kicker_go() -> None:
    article = _extract(
        "<nav><h1>Ferry cancelled</h1></nav><article><div class='head'><h2><div><span>Island"
        "</span><span> – </span></div><span>No cars to the island for three weeks</span></h2>"
        f"</div>{_TEXT}<h2>What the shop does</h2><p>The shop will open two hours later on "
        "weekdays while the small boat sails, its owner said on Friday.</p></article>",
        "<meta property='og:title' content='No cars to the island for three weeks'>"
        + _ld(headline="Ferry cancelled"),
    )
    assert "No cars to the island" not in article.body
    assert "Island" not in article.body.split("\n")[0]
    assert "What the shop does" in article.body


def test_a_closing_ask_to_report_a_mistake_goes() -> None:
    article = _extract(
        f"<article><h1>Ferry cancelled</h1><div class='body'>{_TEXT}<p>Spotted an error? "
        "<a href='mailto:desk@example.com'>Let us know.</a></p></div></article>"
    )
    assert "Spotted an error" not in article.body
    assert article.body.endswith("on the small boat.")
