"""One ld+json block of a huge ``@graph``: the page's first MAX_JSONLD_NODES nodes are read,
and each node's types are found once, not once for every kind of node asked for."""

from __future__ import annotations

from newsextract import extract
from newsextract.jsonld import MAX_JSONLD_LIST, MAX_JSONLD_NODES, JsonLdGraph, parse_block
from newsextract.page import ParsedPage

_ARTICLE = (
    "<article><h1>Harbour plan approved</h1>"
    + "<p>The council of Exampleton voted on the harbour plan after a long debate.</p>" * 4
    + "</article>"
)
_PERSON = '{"@type":"Person","name":"Ann Example"}'


def _ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


def _page(*blocks: str) -> str:
    return f"<html><head>{''.join(blocks)}</head><body>{_ARTICLE}</body></html>"


def test_a_graph_past_the_cap_is_read_to_it() -> None:
    graph = _ld('{"@graph":[' + ",".join([_PERSON] * 50_000) + "]}")
    page = ParsedPage(_page(graph))
    assert len(page.jsonld.nodes) == MAX_JSONLD_NODES
    assert extract(_page(graph)).title == "Harbour plan approved"


def test_the_cap_counts_the_nodes_of_every_block() -> None:
    half = _ld("[" + ",".join([_PERSON] * (MAX_JSONLD_NODES // 2 + 1)) + "]")
    article = _ld('{"@type":"NewsArticle","headline":"Ferry timetable changes"}')
    page = ParsedPage(_page(half, half, article))
    assert len(page.jsonld.nodes) == MAX_JSONLD_NODES
    assert extract(_page(half, half, article)).title == "Harbour plan approved"
    assert extract(_page(article, half, half)).title == "Ferry timetable changes"


def test_parse_block_reads_its_first_nodes() -> None:
    text = "[" + ",".join([_PERSON] * 10) + "]"
    assert len(parse_block(text)) == 10
    assert len(parse_block(text, 3)) == 3
    assert parse_block(text, 0) == []


def test_of_type_finds_nodes_and_main_entities_in_page_order() -> None:
    article = {"@type": ["WebPage"], "mainEntity": {"@id": "#a"}}
    story = {"@id": "#a", "@type": "https://schema.org/NewsArticle", "headline": "x"}
    post = {"@type": "schema:BlogPosting", "headline": "y"}
    graph = JsonLdGraph([article, story, post])
    assert graph.of_type("NewsArticle", "BlogPosting") == [story, story, post]
    assert graph.of_type("WebPage") == [article]
    assert graph.of_type("Person") == []


def test_a_property_list_past_the_cap_is_cut_to_it() -> None:
    people = ",".join(f'{{"@type":"Person","name":"Writer {i}"}}' for i in range(20_000))
    node = f'{{"@type":"NewsArticle","headline":"Ferry timetable changes","author":[{people}]}}'
    [article] = parse_block(node)
    assert len(article["author"]) == MAX_JSONLD_LIST
    assert article["author"][0]["name"] == "Writer 0"
    found = extract(_page(_ld(node)))
    assert found.title == "Ferry timetable changes"


def test_nodes_and_short_blocks_are_not_cut() -> None:
    graph = "[" + ",".join([_PERSON] * (MAX_JSONLD_LIST * 3)) + "]"
    assert len(parse_block(graph)) == MAX_JSONLD_LIST * 3
    tags = ",".join(f'"tag {i}"' for i in range(MAX_JSONLD_LIST + 5))
    [node] = parse_block(f'{{"@type":"NewsArticle","keywords":[{tags}]}}')
    assert len(node["keywords"]) == MAX_JSONLD_LIST + 5  # a block under 100,000 characters
