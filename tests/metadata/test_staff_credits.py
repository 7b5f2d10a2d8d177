"""A newsroom's credit ("By Ledger Staff", "Penulis: Tim Redaksi") names no person: no
author, not even the fragment of the site's name left when the placeholder is cut ("Ledger"),
and the byline stays as the page writes it."""

from __future__ import annotations

import json

import pytest
from tests.metadata.pages import article_page

import newsextract

_TEXT = (
    "<p>The county board voted on Tuesday to keep the reading rooms open in the evening "
    "through the winter, after a petition signed by two thousand residents.</p>"
    "<p>Board members said savings from a new heating system would cover the longer hours, "
    "and that no one new would need to be hired for the season.</p>"
)
_HEAD = '<meta property="og:site_name" content="{site}"></head>'


def _page(language: str, byline: str, site: str, head: str = "") -> str:
    page = article_page(language, "County keeps its library open late", byline + _TEXT)
    return page.replace("</head>", _HEAD.format(site=site) + head, 1)


@pytest.mark.parametrize(
    ("language", "byline", "site", "written"),
    [
        ("en", '<div class="byline">By Ledger Staff</div>', "The Riverside Ledger", "Ledger Staff"),
        ("en", '<p class="by">By Times Staff Writer</p>', "Pine Valley Times", "Times Staff"),
        ("id", '<div class="author">Penulis: Tim Redaksi</div>', "Kabar Lembah", "Tim Redaksi"),
        ("bn", '<div class="author-name">নিজস্ব প্রতিবেদক</div>', "দৈনিক প্রভাত", "নিজস্ব প্রতিবেদক"),
    ],
)
def test_a_staff_credit_is_no_author_and_stays_the_byline(
    language: str, byline: str, site: str, written: str
) -> None:
    article = newsextract.extract(_page(language, byline, site), url="https://news.example.com/a/1")
    assert article.authors == ()
    assert article.byline is not None
    assert written in article.byline


def test_a_staff_credit_in_structured_data_is_no_author() -> None:
    data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Courier Staff"}}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    page = _page("en", '<p class="byline">By Courier Staff</p>', "Hill County Courier", head)
    assert newsextract.extract(page, url="https://hillcourier.example.com/a/1").authors == ()


def test_a_writer_beside_the_staff_credit_is_the_author() -> None:
    byline = '<div class="byline">By Dana Whitfield and Ledger Staff</div>'
    article = newsextract.extract(_page("en", byline, "The Riverside Ledger"))
    assert article.authors == ("Dana Whitfield",)


def test_an_agency_credited_with_staff_stays_the_author() -> None:
    article = newsextract.extract(_page("en", '<div class="byline">By Reuters Staff</div>', "X"))
    assert article.authors == ("Reuters",)
