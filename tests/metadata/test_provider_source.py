"""A portal's syndicated story: the JSON-LD ``provider`` naming another than the publisher
is the paper the story came from, the credited ``source`` (jsonld.py, fields.POLICIES)."""

from __future__ import annotations

import json

import newsextract


def _page(provider: str, publisher: str = "Yahoo News", byline: str = "Dana Holt") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "County approves new wildfire buffer zones near canyon homes",
        "datePublished": "2025-03-03T19:20:00.000Z",
        "author": {"@type": "Person", "name": "Dana Holt"},
        "provider": {"@type": "Organization", "name": provider},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return f"""<html lang="en"><head><title>County approves new wildfire buffer zones</title>
    <script type="application/ld+json">{json.dumps(data)}</script></head><body><article>
    <h1>County approves new wildfire buffer zones near canyon homes</h1>
    <div class="caas-attr-meta">{byline}</div>
    <p>The county board voted on Monday to require cleared buffer zones around homes.</p>
    <p>Owners will have two years to clear brush within 100 feet of their houses.</p>
    </article></body></html>"""


URL = "https://news.yahoo.com/county-approves-new-wildfire-buffer-192000123.html"


def test_the_provider_of_a_syndicated_story_is_its_source() -> None:
    article = newsextract.extract(_page("The Canyon Ledger"), url=URL)
    assert article.source == "The Canyon Ledger"
    assert article.publisher == "Yahoo News"
    assert article.provenance["source"] == "jsonld:provider"


def test_a_provider_that_is_the_publisher_credits_no_one() -> None:
    assert newsextract.extract(_page("Yahoo News"), url=URL).source is None


def test_an_agency_the_byline_credits_comes_before_the_provider() -> None:
    page = _page("The Canyon Ledger", byline="By Dana Holt, Reuters")
    article = newsextract.extract(page, url=URL)
    assert article.source == "Reuters"
