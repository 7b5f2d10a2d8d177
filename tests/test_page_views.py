"""The views ``ParsedPage`` computes once for every later stage."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract import page
from newsextract.page import ParsedPage


def test_own_texts_are_each_elements_own_text_in_page_order() -> None:
    page = ParsedPage(
        "<html><body><div>\n  <p>By <a href='/a'>Ann Lee</a></p>\n</div>"
        "<ul><li><strong>Tags:</strong> <a>x</a></li></ul><span>   </span></body></html>"
    )
    found = [(tag, own) for _, tag, own in page.own_texts]
    # The <div> holds only white space of its own, the <a> is no text holder, the last
    # <span> holds white space alone.
    assert found == [("p", "By "), ("strong", "Tags:")]


def test_a_fragment_without_body_tags_has_own_texts() -> None:
    assert ParsedPage("<p>text</p>").own_texts[0][2] == "text"  # the parser adds a body


def test_a_long_own_text_is_not_kept_but_read_again() -> None:
    prose = "word " * 100
    page = ParsedPage(f"<html><body><p>{prose}</p><p>By Ann Lee</p></body></html>")
    (first, _, long_text), (_, _, short_text) = page.own_texts
    assert long_text is None and first.text(deep=False) == prose
    assert short_text == "By Ann Lee"


_VIEWS_PAGE = """<html><head>
<meta name="description" content="First"><meta charset="utf-8">
<script type="application/LD+JSON">{"@type": "NewsArticle", "headline": "A"}</script>
<script>var x = 1;</script><meta property="og:title" content="T">
</head><body>
<time>no stamp</time><time datetime="2024-05-01">1 May</time>
<svg><script type="text/javascript">1</script></svg>
<p><time datetime="2024-05-02T10:00">2 May</time></p>
<script type="application/ld+json">{"@type": "Person", "name": "B"}</script>
<meta itemprop="datePublished" content="2024-05-03">
<a rel="author" href="/a">A</a><a href="/b">B</a><link rel="Canonical" href="https://x.test/">
</body></html>"""


def test_the_views_read_by_one_query_are_those_of_their_own_selectors() -> None:
    page = ParsedPage(_VIEWS_PAGE)
    tree = page.tree
    assert [t.mem_id for t in page.dated_times] == [t.mem_id for t in tree.css("time[datetime]")]
    assert [t.attributes["datetime"] for t in page.dated_times] == [
        "2024-05-01",
        "2024-05-02T10:00",
    ]
    assert dict(page.meta) == {
        "description": ("First",),
        "og:title": ("T",),
        "datepublished": ("2024-05-03",),
    }
    assert [node.get("@type") for node in page.jsonld.nodes] == ["NewsArticle", "Person"]
    body = page.body
    assert body is not None
    assert [a.mem_id for a in page.rel_links] == [a.mem_id for a in body.css("a[rel]")]
    assert len(page.rel_links) == 1
    canonical = tree.css("link[rel~=canonical][href]")
    assert [n.mem_id for n in page.canonical_links] == [n.mem_id for n in canonical]
    assert len(page.canonical_links) == 1


@pytest.mark.parametrize(
    "markup",
    [
        _VIEWS_PAGE,
        "<p>no script</p>",
        # A script inside a <noscript> copy is one a query finds (only the views' elements
        # are set aside there), and so is one of no type, of a type in capitals, or with
        # spaces around the JSON-LD type (no JSON-LD block then).
        "<html><head><script>a</script></head><body><noscript><script>b</script>"
        "<script type='application/ld+json'>{}</script></noscript>"
        "<script type=' application/ld+json'>c</script><script type=MODULE>d</script>"
        "<div><script type='Application/LD+json'>{}</script></div></body></html>",
    ],
)
def test_the_other_scripts_are_those_a_query_finds_but_json_ld(markup: str) -> None:
    parsed = ParsedPage(markup)
    json_ld = {node.mem_id for node in parsed.tree.css(page._VIEW_ELEMENTS["script"])}
    queried = [n.mem_id for n in parsed.tree.css("script") if n.mem_id not in json_ld]
    assert [node.mem_id for node in parsed.other_scripts] == queried


# Pages with and without the filed attribute names (and one in capitals, which the parser
# lowers): a query of a name no element has must still find nothing.
_FILED_NAMES_PAGES = (
    "<html><body><p>plain text, no attributes</p><div><span>x</span></div></body></html>",
    '<html><body><div role="main" ITEMPROP="articleBody"><time datetime="2024-01-02">2 Jan'
    '</time><button aria-expanded="false" aria-controls="more">More</button><div id="more"'
    ' hidden>Rest</div><a data-toggle="collapse" href="#x">x</a><nav aria-label="Trail">'
    '<a href="/">Home</a></nav><div itemscope itemtype="https://schema.org/Review">r</div>'
    "<time pubdate>old</time><byline>By Ann Lee</byline></div></body></html>",
)
_FILED_NAMES_SELECTORS = (
    "[aria-expanded], [data-toggle], [data-bs-toggle]",
    "article, main, [role=main], [itemprop~=articleBody]",
    "time, [datetime], textarea",
    "[itemtype]",
    "[itemscope][itemtype*=review i]",
    "time[pubdate], time[itemprop~=datePublished]",
    "nav[aria-label], ol[aria-label]",
    "[role=rowheader], [role=columnheader]",
    "address, byline, a[href*='/author/']",
    "*",
)


def test_filed_attribute_names_change_no_query_nor_the_tree() -> None:
    # The names filed for speed (``_QUERIED_ATTRIBUTES``) sit on an element outside the
    # tree: every query finds what a plain parse finds, and the markup is the same.
    for html in _FILED_NAMES_PAGES:
        tree, plain = ParsedPage(html).tree, LexborHTMLParser(html)
        assert tree.html == plain.html
        for selector in _FILED_NAMES_SELECTORS:
            assert [n.html for n in tree.css(selector)] == [n.html for n in plain.css(selector)]
            assert tree.body is not None and plain.body is not None
            first, plain_first = tree.body.css_first(selector), plain.body.css_first(selector)
            assert (first and first.html) == (plain_first and plain_first.html)


def test_each_filed_attribute_name_is_one_a_selector_asks_for() -> None:
    # A name no selector of the package asks for any more is filed for nothing.
    sources = "\n".join(
        path.read_text(encoding="utf-8") for path in Path(page.__file__).parent.rglob("*.py")
    )
    assert list(page._QUERIED_ATTRIBUTES) == sorted(set(page._QUERIED_ATTRIBUTES))
    for name in page._QUERIED_ATTRIBUTES:
        assert f"[{name}" in sources, name
    assert f" {page._QUERIED_TAG}, " in sources


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>no headline</p></body></html>",
        "<html><head><h1>in head</h1></head><body><h1>Two</h1></body></html>",
        "<h1>fragment</h1><article><h1>second</h1></article>",
        "<html><body><template><h1>inert</h1></template><div><h1>Shown</h1></div></body></html>",
        "<html><body><svg><h1>foreign</h1></svg><h1>After</h1></body></html>",
    ],
)
def test_the_first_headline_is_the_first_h1_a_query_finds(markup: str) -> None:
    page = ParsedPage(markup)
    first = page.headlines[0] if page.headlines else None
    for found in (page.tree.css_first("h1"), page.root.css_first("h1") if page.root else None):
        assert (first.mem_id if first else None) == (found.mem_id if found else None)
