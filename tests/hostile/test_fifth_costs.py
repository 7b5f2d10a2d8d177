"""The fifth red team (wave 60), on cost: a robots.txt of many wildcard rules (each tried on
every URL the fetcher checks), feeds whose tags and character references feedparser reads
one Python call each, and JSON-LD, attributes and entities of hostile shapes (bounded
already: kept as guards). Each case runs in a forked child (``third.cost``)."""

from __future__ import annotations

import contextlib
import json
import time

import pytest

import newsextract
from newsextract.discovery.feeds import FeedTooLongError, parse_feed
from newsextract.fetching.robots import MAX_ROBOTS_WILDCARD_RULES, bounded_robots, rules_for_status
from newsextract.render import render_markdown
from newsextract.rules.model import BodyRule, FieldRule, SiteRule
from newsextract.rules.patterns import searches_siblings
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


# -- feeds: at most MAX_FEED_TAGS tags and MAX_FEED_REFERENCES references reach feedparser
FEED_HEAD = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour</title>"
FEED_END = b"</channel></rss>"
# A feed's CPU bound: discovery reads up to 50 sources of a site.
FEED_BOUND = 1.5


def _item(number: int, description: bytes = b"A short summary.") -> bytes:
    return (
        b"<item><title>Quay plan %d</title><link>https://news.example/2024/05/quay-%d</link>"
        b"<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>%s</description>"
        b"</item>" % (number, number, description)
    )


FEEDS = {
    # before: 1.7 s (100,000 tags were read), 2.1 s (10,000 items), 2.3 s (2.8 million
    # references, each a call of feedparser's)
    "empty-tags": lambda: FEED_HEAD + b"<a/>" * 200_000 + FEED_END,
    "nested-tags": lambda: FEED_HEAD + b"<a>" * 100_000 + b"</a>" * 100_000 + FEED_END,
    "ordinary-items": lambda: FEED_HEAD + b"".join(_item(i) for i in range(20_000)) + FEED_END,
    "escaped-markup": lambda: (
        FEED_HEAD
        + b"".join(_item(i, b"&lt;p&gt;x&lt;/p&gt;" * 200) for i in range(2_000))
        + FEED_END
    ),
    "references-in-one-title": lambda: (
        FEED_HEAD + b"<item><title>" + b"&amp;" * 1_500_000 + b"</title></item>" + FEED_END
    ),
}


def _parsed(data: bytes) -> object:
    def call() -> None:
        # the entries before the cut are kept: what a long feed gives
        with contextlib.suppress(FeedTooLongError):
            list(parse_feed(data, "https://news.example/feed"))

    return call


@pytest.mark.parametrize("name", list(FEEDS))
def test_a_hostile_feed_is_read_within_its_bound(name: str) -> None:
    within_bounds(_parsed(FEEDS[name]()), cpu_bound=FEED_BOUND)


def test_a_feed_past_the_references_cap_keeps_the_items_before_it() -> None:
    items = [_item(i, b"&lt;p&gt;Words&lt;/p&gt;" * 100) for i in range(1_500)]
    with pytest.raises(FeedTooLongError, match="character references") as caught:
        list(parse_feed(FEED_HEAD + b"".join(items) + FEED_END, "https://news.example/feed"))
    kept = caught.value.pages
    assert 1_000 < len(kept) < 1_500
    assert kept[0].url == "https://news.example/2024/05/quay-0"


def test_a_feed_of_whole_articles_in_escaped_markup_is_read_whole() -> None:
    body = b"&lt;p&gt;The board met on Monday to settle the plan for the quay.&lt;/p&gt;" * 40
    data = FEED_HEAD + b"".join(_item(i, body) for i in range(300)) + FEED_END
    assert len(list(parse_feed(data, "https://news.example/feed"))) == 300


# -- short rule selectors that search a run of siblings: each use cost 1.5-2 s on a page of
# 10,000 <div> side by side, under the length past which a selector is weighed
WIDE = page("".join(f'<div class="a b c"><span>x{i}</span></div>' for i in range(10_000)))
SIBLING_SEARCHES = ["div.zz ~ div", "*[title] ~ *", "*:lexbor-contains('x' i) *"]
PLACES = ["title", "authors", "containers", "drop"]


def _rule(selector: str, place: str) -> SiteRule:
    fields = {place: FieldRule(selectors=(selector,))} if place in ("title", "authors") else {}
    body = None
    if place == "containers":
        body = BodyRule(containers=(selector,))
    elif place == "drop":
        body = BodyRule(drop=(selector,))
    return SiteRule(name="sibling-search", domains=("news.example.org",), fields=fields, body=body)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("selector", SIBLING_SEARCHES)
def test_a_short_sibling_searching_selector_on_a_wide_page_is_within_the_bound(
    selector: str, place: str
) -> None:
    rule = _rule(selector, place)
    within_bounds(lambda: newsextract.extract(WIDE, "https://news.example.org/a/b", rules=[rule]))


def test_a_sibling_searching_selector_runs_on_an_ordinary_page() -> None:
    html = page("<p class=note>Photo: Harbour board</p><p>Caption follows the note.</p>")
    rule = SiteRule(
        name="sibling-search",
        domains=("news.example.org",),
        fields={"title": FieldRule(selectors=("p.note ~ p",))},
    )
    article = newsextract.extract(html, "https://news.example.org/a/b", rules=[rule])
    assert article.title == "Caption follows the note."


@pytest.mark.parametrize(
    ("selector", "searches"),
    [
        ("div ~ p", True),
        ("h1~p", True),
        ("p:lexbor-contains('Photo')", True),
        ("[class~=note] p", False),  # an attribute's word test, no combinator
        ("p[title='a ~ b']", False),
        ("div p", False),
    ],
)
def test_which_selectors_search_siblings(selector: str, searches: bool) -> None:
    assert searches_siblings(selector) is searches
