"""A kicker, a short link to a section page set right before the headline, gives the
category when no other source names one (metadata/kicker.py), after a breadcrumb trail."""

from __future__ import annotations

import pytest

import newsextract

URL = "https://www.piergazette.example.org/local/2024/pier-vote"
HEADLINE = "Pier plan goes to a vote in the spring"
TEXT = "<p>" + "The council weighed the plan for the old pier for an hour on Tuesday. " * 4


def _page(before: str, head: str = "") -> str:
    return (
        f'<html lang="en"><head><title>{HEADLINE}</title>{head}</head><body><main><article>'
        f"{before}{TEXT}</p></article></main></body></html>"
    )


@pytest.mark.parametrize(
    "before",
    [
        f'<header><a class="kicker" href="/local/">Local</a><h1>{HEADLINE}</h1></header>',
        f'<header><span class="section"><a href="/local/">Local</a></span><h1>{HEADLINE}</h1>'
        "</header>",
        f'<div class="topline"><a href="https://piergazette.example.org/local/">Local</a></div>'
        f"<header><h1>{HEADLINE}</h1></header>",
    ],
)
def test_a_section_link_right_before_the_headline_is_the_category(before: str) -> None:
    article = newsextract.extract(_page(before), url=URL)
    assert article.categories == ("Local",)
    assert article.provenance["categories"] == "html:kicker"


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/">Pier Gazette</a>',  # the home page
        '<a href="/people/jane-roe/">Jane Roe</a>',  # a writer's page
        '<a href="/tag/harbour/">Harbour</a>',  # a tag's page
        '<a href="/2024/03/">March 2024</a>',  # an archive's month
        '<a href="/local/older-pier-story">An older story about the pier and its ferry</a>',
        '<a href="https://other.example.net/world/">World</a>',  # another site
        '<p>Filed under <a href="/local/">Local</a> by the desk</p>',  # a line of text
    ],
)
def test_no_other_link_before_the_headline_is_a_category(link: str) -> None:
    page = _page(f"<header>{link}<h1>{HEADLINE}</h1></header>")
    assert newsextract.extract(page, url=URL).categories == ()


def test_a_source_or_a_breadcrumb_trail_comes_first() -> None:
    before = f'<header><a href="/local/">Local</a><h1>{HEADLINE}</h1></header>'
    head = '<meta property="article:section" content="Region">'
    assert newsextract.extract(_page(before, head), url=URL).categories == ("Region",)
    trail = (
        '<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/region/">Region</a> › '
        '<a href="/region/coast/">Coast</a></nav>'
    )
    article = newsextract.extract(_page(trail + before), url=URL)
    assert article.categories == ("Region", "Coast")
    assert article.provenance["categories"] == "html:breadcrumb"
