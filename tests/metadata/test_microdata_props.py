"""Microdata properties are read from one ``[itemprop]`` query: each name's elements are the
ones ``[itemprop~="name"]`` finds (tokens cut at HTML's white space, exact case)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.metadata import microdata
from newsextract.page import ParsedPage

PAGE = """<html><body><div itemscope itemtype="https://schema.org/NewsArticle" itemprop="x">
<h1 itemprop="headline name">Title of the story</h1>
<meta itemprop="Headline" content="Wrong case">
<span itemprop="author\u00a0x">Not a token</span>
<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span></div>
<time itemprop="datePublished\tdateModified" datetime="2024-03-05T10:00:00Z">5 March</time>
<p itemprop="keywords keywords">rail, strikes</p>
</div></body></html>"""


@pytest.mark.parametrize(
    "name",
    ["headline", "Headline", "name", "author", "datePublished", "dateModified", "keywords", "x"],
)
def test_props_are_the_queries_elements(name: str) -> None:
    scope = LexborHTMLParser(PAGE).css_first("[itemscope]")
    assert scope is not None
    expected = [node.mem_id for node in scope.css(f'[itemprop~="{name}"]')]
    assert [node.mem_id for node in microdata._props(scope).get(name, [])] == expected


def test_candidates_read_the_item() -> None:
    found = {c.field: c.value for c in microdata.candidates(ParsedPage(PAGE))}
    assert found["title"] == "Title of the story"
    assert found["authors"] == ("Jane Doe",)
    assert str(found["published"]) == "2024-03-05 10:00:00+00:00"
