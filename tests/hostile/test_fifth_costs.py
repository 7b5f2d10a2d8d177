"""The fifth red team (wave 60), on cost: a robots.txt of many wildcard rules (each tried on
every URL the fetcher checks), feeds whose tags and character references feedparser reads
one Python call each, and JSON-LD, attributes and entities of hostile shapes (bounded
already: kept as guards). Each case runs in a forked child (``third.cost``)."""

from __future__ import annotations

import json
import time

import pytest

import newsextract
from newsextract.fetching.robots import MAX_ROBOTS_WILDCARD_RULES, bounded_robots, rules_for_status
from newsextract.render import render_markdown
from newsextract.rules.tooling import explain

from .third import page, within_bounds

LONG_URL = "https://news.example/" + "a" * 8_000
# A URL check's CPU bound: a fetch checks every page and every redirect hop.
CHECK_BOUND = 0.02


def _wildcards(count: int, line: str = "Disallow: /*zq{}\n") -> str:
    return "User-agent: *\n" + "".join(line.format(i) for i in range(count))


def test_a_robots_txt_of_forty_thousand_wildcard_rules_costs_little_a_url() -> None:
    # Before: 0.26 s of CPU a check of a URL of 8 KB (1.6 s one of 64 KB), on every page.
    rules = rules_for_status(200, _wildcards(40_000))
    started = time.process_time()
    assert rules.allows(LONG_URL, "newsextract")
    assert time.process_time() - started < CHECK_BOUND


def test_the_wildcard_rules_before_the_cap_are_kept() -> None:
    text = _wildcards(MAX_ROBOTS_WILDCARD_RULES - 1) + "Disallow: /private*\nDisallow: /late*\n"
    rules = rules_for_status(200, text)
    assert not rules.allows("https://news.example/private/a", "newsextract")
    assert rules.allows("https://news.example/late/a", "newsextract")  # the rule past the cap
    assert rules.allows("https://news.example/news/a", "newsextract")


@pytest.mark.parametrize(
    "text",
    [
        _wildcards(3, "Disallow: /a*{}\n"),
        "User-agent: *\n" + "# Disallow: /*x\n" * 5_000 + "Disallow: /*private\n",
        "User-agent: *\nDisallow: /" + "*a" * 100_000 + "\n",  # one rule of many parts
        "User-agent: *\n" + "Sitemap: https://news.example/*.xml\n" * 5_000,
    ],
)
def test_a_file_within_the_cap_is_read_whole(text: str) -> None:
    assert bounded_robots(text) == text


def test_the_cap_counts_rules_in_any_case_and_spacing() -> None:
    line = "  disALLOW :/x*{}\n"
    text = _wildcards(MAX_ROBOTS_WILDCARD_RULES + 10, line)
    assert bounded_robots(text).count("\n") == MAX_ROBOTS_WILDCARD_RULES + 1  # and User-agent


def _read(html: str) -> object:
    def call() -> None:
        article = newsextract.extract(html, "https://news.example.org/2024/05/plan")
        render_markdown(article)
        explain(article)

    return call


def _ld(value: str) -> str:
    return page("", head=f"<script type='application/ld+json'>{value}</script>")


SHAPES = {
    "jsonld-nested-lists": lambda: _ld("[" * 100_000 + "]" * 100_000),
    "jsonld-nested-objects": lambda: _ld('{"a":' * 50_000 + "1" + "}" * 50_000),
    "jsonld-nested-graphs": lambda: _ld('{"@graph":[' * 20_000 + "{}" + "]}" * 20_000),
    "jsonld-authors": lambda: _ld(
        json.dumps(
            {
                "@type": "NewsArticle",
                "headline": "Quay plan",
                "author": [{"@type": "Person", "name": f"Ann Lee{i}"} for i in range(100_000)],
            }
        )
    ),
    "jsonld-keywords": lambda: _ld(
        json.dumps({"@type": "NewsArticle", "keywords": [f"k{i}" for i in range(100_000)]})
    ),
    "jsonld-huge-numbers": lambda: _ld(
        '{"@type":"NewsArticle","datePublished":' + "9" * 100_000 + ',"wordCount":1e999999}'
    ),
    "jsonld-nan": lambda: _ld(
        '{"@type":"NewsArticle","headline":NaN,"datePublished":Infinity,"author":-Infinity}'
    ),
    "jsonld-scripts": lambda: page(
        "", head='<script type="application/ld+json">{"@type":"NewsArticle"}</script>' * 20_000
    ),
    "jsonld-repeated-keys": lambda: _ld("{" + ",".join(f'"k":{i}' for i in range(100_000)) + "}"),
    "jsonld-types": lambda: _ld(json.dumps({"@type": ["NewsArticle"] * 100_000})),
    "giant-attribute": lambda: page("<p title='" + "x" * 900_000 + "'>word</p>"),
    "million-entities": lambda: page("<p>" + "&amp;" * 180_000 + "</p>"),
    "long-named-entities": lambda: page("<p>" + "&NotNestedGreaterGreater;" * 35_000 + "</p>"),
    "entities-in-an-attribute": lambda: page("<img alt='" + "&amp;" * 180_000 + "' src=a.jpg>"),
    "charset-metas-in-the-body": lambda: page("<meta charset=utf-16>" * 10_000),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_a_hostile_shape_is_read_rendered_and_explained_within_the_bound(name: str) -> None:
    within_bounds(_read(SHAPES[name]()))
