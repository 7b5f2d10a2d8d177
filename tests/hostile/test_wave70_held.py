"""Hostile input, wave 70: attacks that held, kept as tests through ``extract``.

Expected outcome: an article inside ``<template>`` is not the page's (a browser shows none of
it); one inside ``<svg><foreignObject>`` or ``<math><mtext>`` is read, as a browser shows it;
a page address written ``https://site.example\\@other.example/`` and a canonical link and
``og:image`` written so are read on the host a browser opens; JSON-LD nested 10,000 deep
through ``author`` or ``@graph``, or holding numbers of a million digits, costs under a
second and loses the block's other fields to nothing."""

from __future__ import annotations

import time

import pytest

import newsextract

from .third import machine_pace

WORDS = "The council met on Tuesday to debate the harbour plan and its costs for the town."
STORY = "".join(f"<p>{WORDS} Paragraph {n} adds its own detail.</p>" for n in range(5))


def test_an_article_inside_a_template_is_not_the_page_s() -> None:
    html = (
        f"<html><body><template><article><h1>Hidden copy</h1>{STORY}</article></template>"
        "<main><h1>Shown headline</h1><p>A short note that a reader sees.</p></main></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example/a")
    assert article.title == "Shown headline"
    assert "Paragraph 3" not in article.body


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("<svg><foreignObject>", "</foreignObject></svg>"), ("<math><mtext>", "</mtext></math>")],
)
def test_an_article_inside_foreign_content_is_read(opening: str, closing: str) -> None:
    html = (
        f"<html><body>{opening}<article><h1>Quay plan</h1>{STORY}</article>{closing}</body></html>"
    )
    article = newsextract.extract(html, url="https://news.example/a")
    assert article.title == "Quay plan"
    assert "Paragraph 4 adds" in article.body


@pytest.mark.parametrize(
    "base", ["https://news.example\\@other.example/a", "https://news.example/a"]
)
def test_addresses_written_with_a_backslash_at_are_on_the_host_a_browser_opens(base: str) -> None:
    html = (
        '<html><head><link rel="canonical" href="https://news.example\\@evil.example/x">'
        '<meta property="og:image" content="\\\\cdn.example\\@evil.example/i.jpg"></head>'
        f"<body><article><h1>Quay</h1>{STORY}</article></body></html>"
    )
    article = newsextract.extract(html, url=base)
    assert article.canonical_url == "https://news.example/@evil.example/x"
    assert article.image == "https://cdn.example/@evil.example/i.jpg"


DEEP = 10_000


@pytest.mark.parametrize(
    "block",
    [
        '{"a":' * DEEP + "1" + "}" * DEEP,
        '{"@type":"NewsArticle","headline":"Quay plan","author":'
        + '{"@type":"Person","name":' * DEEP
        + '"x"'
        + "}" * DEEP
        + "}",
        '{"@type":"NewsArticle","headline":"Quay plan","@graph":'
        + '[{"@graph":' * DEEP
        + "[]"
        + "}]" * DEEP
        + "}",
        '{"@type":"NewsArticle","headline":"Quay plan","wordCount":'
        + "1" * 1_000_000
        + ',"datePublished":1'
        + "0" * 1_000_000
        + ".5e99999}",
    ],
    ids=["plain", "author", "graph", "numbers"],
)
def test_json_ld_nested_deep_or_of_huge_numbers_costs_under_a_second(block: str) -> None:
    html = (
        f'<html><head><script type="application/ld+json">{block}</script></head>'
        f"<body><article><h1>Quay plan</h1>{STORY}</article></body></html>"
    )
    started = time.process_time()
    article = newsextract.extract(html, url="https://news.example/a")
    assert time.process_time() - started < 1.0 * machine_pace()
    assert article.title == "Quay plan"
    assert "Paragraph 2" in article.body
