"""A site rule's signature of ``<meta>`` and ``<link>`` elements is asked of ``<head>`` and
of the few such elements outside it (``registry.signature_found``), with the answer of a
query of the whole tree; ``ParsedPage.canonical_links`` keeps what
``link[rel~=canonical][href]`` finds, read off every ``<link>``."""

from __future__ import annotations

import pytest

from newsextract.page import ParsedPage
from newsextract.rules import RuleRegistry, SiteRule
from newsextract.rules.registry import _head_alternatives, signature_found

WORDPRESS = 'meta[name="generator"][content^="WordPress"], link[href*="/wp-content/themes/"]'
SIGNATURES = [
    WORDPRESS,
    'meta[name="Generator" i][content^="Drupal"]',
    "meta[itemprop=datePublished]",
    "link[rel]",
    "META[NAME]",
    "meta",
    "div.post",  # no head element: the tree is queried
    "head > meta[name=generator]",
    'meta[content="a,b"]',
]
PAGES = [
    "<html><head><meta name=generator content='WordPress 6.5'></head><body><p>x</p></body>",
    "<html><head><title>t</title></head><body><p>x</p>"
    "<link rel=stylesheet href='/wp-content/themes/dawn/a.css'></body></html>",
    "<html><head></head><body><div itemscope><meta itemprop=datePublished content=2024-01-02>"
    "</div><div class=post>y</div></body></html>",
    "<html><head><noscript><link rel=stylesheet href='/wp-content/themes/x.css'></noscript>"
    "</head><body><p>z</p></body></html>",
    "<html><head><meta charset=utf-8></head><body><svg><meta name=generator content=Drupal>"
    "</meta></svg><p>w</p></body></html>",
    "<p>no head written</p><meta name=Generator content='Drupal 10'>",
    "<html><head></head><body>"
    + "<meta itemprop=name content=n>" * 12
    + "<meta content='a,b'></body></html>",
    "<html><head></head><body>"
    + "<link rel=preload href=/f.woff>" * 70
    + "<meta name=generator content=Ghost></body></html>",
]


@pytest.mark.parametrize("html", PAGES)
@pytest.mark.parametrize("selector", SIGNATURES)
def test_as_a_query_of_the_tree(html: str, selector: str) -> None:
    page = ParsedPage(html)
    assert signature_found(page, selector) == (page.tree.css_first(selector) is not None)


def test_only_head_elements_are_read_so() -> None:
    assert _head_alternatives(WORDPRESS) == (
        ("meta", frozenset({"name", "content"})),
        ("link", frozenset({"href"})),
    )
    for other in ("div.post", "head > meta", "meta:first-child", 'meta[content="a,b"]'):
        assert _head_alternatives(other) is None
    assert _head_alternatives(r'meta[name="a\"b"]') is None  # an escape: not read here


def test_a_family_rule_matches_by_its_signature_in_the_body() -> None:
    rule = SiteRule(name="press", signature=WORDPRESS)
    registry = RuleRegistry().add([rule])
    assert registry.match(ParsedPage(PAGES[1])) is rule
    assert registry.match(ParsedPage(PAGES[2])) is None


@pytest.mark.parametrize(
    ("rel", "canonical"),
    [
        ("canonical", True),
        ("CANONICAL", True),
        ("alternate\tcanonical", True),
        ("alternate\xa0canonical", False),  # a no-break space is no separator
        ("canonical\x0bx", False),
        ("canonicals", False),
        ("canon\u0130cal", False),  # a dotted capital I lowers to "i" and a dot: no ASCII "i"
        ("", False),
    ],
)
def test_canonical_links_as_the_query(rel: str, canonical: bool) -> None:
    page = ParsedPage(f'<html><head><link rel="{rel}" href="/a"><link rel="{rel}"></head></html>')
    expected = [node.mem_id for node in page.tree.css("link[rel~=canonical][href]")]
    assert [node.mem_id for node in page.canonical_links] == expected
    assert bool(expected) is canonical
