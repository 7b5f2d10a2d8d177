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


# Items and publishers in the forms the two queries the source no longer makes would find.
ITEMS = [
    '<div itemscope itemtype="https://schema.org/NewsArticle" id="a">x</div>',
    '<div itemscope itemtype="http://SCHEMA.org/BLOGPOSTING" id="a">x</div>',
    '<div itemscope itemtype="https://schema.org/WebPage"><article itemscope'
    ' itemtype="https://schema.org/LiveBlogPosting" id="a">x</article></div>',
    '<div itemtype="https://schema.org/Article">no itemscope</div>'
    '<div itemscope="" itemtype="https://schema.org/DiscussionForumPosting" id="a">x</div>',
    '<div itemscope itemtype="https://schema.org/ART\u0130CLE">a Turkish capital</div>',
    '<div itemscope itemtype="https://schema.org/Person">no article</div>',
]
_ARTICLE_QUERY = (
    "[itemscope][itemtype*=Article i], [itemscope][itemtype*=BlogPosting i], "
    "[itemscope][itemtype*=LiveBlog i], [itemscope][itemtype*=DiscussionForumPosting i]"
)


@pytest.mark.parametrize("body", ITEMS)
def test_article_item_is_the_querys_first(body: str) -> None:
    page = ParsedPage(f"<html><body><span itemprop=x></span>{body}</body></html>")
    expected = page.tree.css_first(_ARTICLE_QUERY)
    found = microdata._article_item(page)
    assert (found.mem_id if found else None) == (expected.mem_id if expected else None)


PUBLISHERS = [
    # the publisher inside the item, above it, in another case, or none
    '<div itemscope itemtype="https://schema.org/NewsArticle"><div itemprop="publisher">'
    '<span itemprop="name">Daily Planet</span></div><span itemprop="name">x</span></div>',
    '<div itemprop="publisher" itemscope><span itemprop="name">Above</span><div itemscope'
    ' itemtype="https://schema.org/NewsArticle"><span itemprop="name">Inside</span></div></div>',
    '<div itemprop="Publisher"><div itemscope itemtype="https://schema.org/NewsArticle">'
    '<span itemprop="name">Wrong case</span></div></div>',
    '<div itemprop="x\u000cpublisher"><div itemscope itemtype="https://schema.org/NewsArticle">'
    '<span itemprop="headline name">Form feed</span></div></div>',
    '<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="name">'
    "Jane</span></div>",
    '<div itemscope itemtype="https://schema.org/NewsArticle" itemprop="publisher name">'
    "Itself</div>",
]


@pytest.mark.parametrize("body", PUBLISHERS)
def test_publisher_name_is_the_querys(body: str) -> None:
    page = ParsedPage(f"<html><body>{body}</body></html>")
    scope = microdata._article_item(page) or page.tree.root
    assert scope is not None
    expected = scope.css_first('[itemprop~="publisher"] [itemprop~="name"]')
    found = microdata._publisher_name(scope, microdata._props(scope))
    assert (found.mem_id if found else None) == (expected.mem_id if expected else None)


def test_a_description_under_headings_is_a_section_not_the_lead() -> None:
    # A patent page marks its whole "Description" section (its own headings and numbered
    # paragraphs) as the item's description: the body's text, not a standfirst.
    section = """<html><body><div itemscope itemtype="https://schema.org/CreativeWork">
<h1 itemprop="headline">Folding rain barrel</h1>
<section itemprop="description"><h2>Description</h2><h3>Technical field</h3>
<p>[0001] The invention relates to a folding barrel that stores rain from a gutter.</p>
</section></div></body></html>"""
    found = {c.field: c.value for c in microdata.candidates(ParsedPage(section))}
    assert "lead" not in found
    summary = section.replace("<h2>Description</h2><h3>Technical field</h3>", "")
    found = {c.field: c.value for c in microdata.candidates(ParsedPage(summary))}
    assert str(found["lead"]).startswith("[0001] The invention")
