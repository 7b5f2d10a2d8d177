"""A JSON-LD author typed as an organisation (the newspaper whose story a portal carries)
gives way to a person the page names; alone, it is the author; an agency is an author."""

from __future__ import annotations

import json

import newsextract

TEXT = (
    "<p>The city council approved the new budget on Tuesday after a long debate, with most "
    "members agreeing that the transport plan needed more money than last year.</p>"
)


def _page(author: dict[str, str], byline: str = "") -> str:
    data = {"@type": "NewsArticle", "headline": "Budget passed", "author": author}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    return (
        f"<html><head>{head}</head><body><article><h1>Budget passed</h1>{byline}{TEXT}"
        "</article></body></html>"
    )


def test_an_organisation_author_gives_way_to_a_person_on_the_page() -> None:
    page = _page(
        {"@type": "Organization", "name": "Riverside Courier"}, "<p class='byline'>By Jane Roe</p>"
    )
    assert newsextract.extract(page).authors == ("Jane Roe",)


def test_an_organisation_alone_is_the_author() -> None:
    page = _page({"@type": "Organization", "name": "Riverside Courier"})
    assert newsextract.extract(page).authors == ("Riverside Courier",)


def test_an_agency_typed_as_an_organisation_stays_the_author() -> None:
    page = _page({"@type": "Organization", "name": "dpa"}, "<p class='byline'>By Jane Roe</p>")
    assert newsextract.extract(page).authors == ("dpa",)
