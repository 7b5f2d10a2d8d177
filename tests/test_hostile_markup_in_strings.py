"""Markup hidden in strings the page limits never see: a JSON-LD ``articleBody`` (or an
inline script's HTML string) is parsed as HTML of its own, and its ``<`` may be written
``\\u003c``, so the page's tag count and nesting checks (``page_limits``) pass it.

An ``articleBody`` of 60,000 nested ``<div>`` (a 600 KB page) took 15 s, and the cost grew
with the square of the depth. Those strings are now read through ``readable_markup``, as
discovery reads a home page: cut after ``MAX_PAGE_TAGS`` tags, nesting flattened.
"""

from __future__ import annotations

import json
import time

import pytest

import newsextract
from newsextract.body.jsonld_body import body_blocks

TEXT = "The council voted on the new harbour plan after a long debate on costs. "
PAGE = (
    '<html><head><script type="application/ld+json">{ld}</script></head><body><article>'
    "<h1>Harbour plan</h1><p>{text}</p></article></body></html>"
)


def _page(depth: int, *, escaped: bool) -> str:
    body = "<div>" * depth + TEXT * 20
    ld = json.dumps({"@type": "NewsArticle", "headline": "Harbour plan", "articleBody": body})
    return PAGE.format(ld=ld.replace("<", "\\u003c") if escaped else ld, text=TEXT * 3)


@pytest.mark.parametrize("escaped", [False, True], ids=["raw", "escaped"])
def test_a_deeply_nested_article_body_costs_no_more_than_its_size(escaped: bool) -> None:
    html = _page(60_000, escaped=escaped)
    started = time.process_time()
    article = newsextract.extract(html, url="https://news.example.org/2024/05/01/harbour")
    assert time.process_time() - started < 5
    assert article.title == "Harbour plan"
    assert "harbour plan" in (article.body or "")


def test_an_article_body_of_ordinary_markup_is_read_as_before() -> None:
    raw = "<p>First paragraph of the story.</p><p>Second paragraph, with <b>bold</b> words.</p>"
    texts = [block.text for block in body_blocks(raw)]
    assert texts == ["First paragraph of the story.", "Second paragraph, with bold words."]
