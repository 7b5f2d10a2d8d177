"""A sign-up or follow ask closing the text (a sentence or two) goes, also when the page's
structured data carries it in ``articleBody``; a longer closing block about a newsletter
(a podcast's blurb) stays."""

from __future__ import annotations

import json

import newsextract

_PARAGRAPHS = [
    "The ferry between Holm and the mainland will run every forty minutes from Monday, the "
    "harbour board said on Tuesday, after a second boat was leased for the summer.",
    "Islanders had asked for more crossings for years, as the single boat was often full by "
    "the morning and commuters had to wait for the afternoon sailing.",
    "The leased boat carries 120 passengers and twenty cars and will stay until October, "
    "when the board will decide whether to buy it.",
]


def _body(closing: str) -> str:
    paragraphs = [*_PARAGRAPHS, closing]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "More ferries for Holm",
        "articleBody": " ".join(paragraphs),
    }
    html = (
        "<html lang='en'><head><script type='application/ld+json'>"
        f"{json.dumps(data)}</script></head><body><article><h1>More ferries for Holm</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/holm-ferry").body or ""


def test_closing_sign_up_ask_goes() -> None:
    body = _body("For the latest news from the islands, sign up for our newsletters.")
    assert "decide whether to buy it" in body
    assert "sign up for our newsletters" not in body


def test_closing_follow_ask_goes() -> None:
    body = _body("Follow Example News on Facebook for the latest updates from the coast.")
    assert "Follow Example News" not in body


def test_long_closing_newsletter_blurb_stays() -> None:
    blurb = (
        "Harbour Notes is our weekly podcast about the islands' boats, people and weather. "
        "Every Friday from six with our reporters on the coast. For sailors and those who "
        "only watch them. Subscribe to our newsletter to get each episode in your inbox."
    )
    assert "Harbour Notes is our weekly podcast" in _body(blurb)
