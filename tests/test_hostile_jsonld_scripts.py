"""A page of tens of thousands of ld+json blocks: the first MAX_JSONLD_SCRIPTS are read."""

from __future__ import annotations

from newsextract import extract
from newsextract.jsonld import MAX_JSONLD_SCRIPTS
from newsextract.page import ParsedPage

_ARTICLE = (
    "<article><h1>Harbour plan approved</h1>"
    + "<p>The council of Exampleton voted on the harbour plan after a long debate.</p>" * 4
    + "</article>"
)


def _ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


def test_blocks_past_the_cap_are_not_read() -> None:
    block = _ld('{"@type":"WebPage","name":"x"}')
    html = f"<html><head>{block * 40_000}</head><body>{_ARTICLE}</body></html>"
    page = ParsedPage(html)
    assert len(page.jsonld.nodes) == MAX_JSONLD_SCRIPTS
    assert extract(html).title == "Harbour plan approved"


def test_article_node_within_the_cap_is_read() -> None:
    filler = _ld('{"@type":"BreadcrumbList"}') * (MAX_JSONLD_SCRIPTS - 1)
    article = _ld('{"@type":"NewsArticle","headline":"Ferry timetable changes"}')
    html = f"<html><head>{filler}{article}{filler}</head><body>{_ARTICLE}</body></html>"
    assert extract(html).title == "Ferry timetable changes"
    past = f"<html><head>{filler}{filler}{article}</head><body>{_ARTICLE}</body></html>"
    assert extract(past).title == "Harbour plan approved"


def test_a_real_pages_many_blocks_are_all_read() -> None:
    blocks = "".join(_ld(f'{{"@type":"ImageObject","name":"image {i}"}}') for i in range(28))
    page = ParsedPage(f"<html><head>{blocks}</head><body>{_ARTICLE}</body></html>")
    assert len(page.jsonld.nodes) == 28
