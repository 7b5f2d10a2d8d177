"""The ancestors' verdicts kept for a page answer as ``in_other_item`` and ``in_sidebar``
do for every element, in any order of asking (speed36)."""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.metadata.ancestor_verdicts import AncestorVerdicts, page_verdicts
from newsextract.metadata.element_places import in_sidebar
from newsextract.metadata.other_items import (
    ANCESTORS_CHECKED,
    in_other_item,
    in_related_list,
    names_comments,
)
from newsextract.page import ParsedPage

# An invented blog page: comments, related posts, a sidebar inside and outside the article,
# a <nav> in it, a layout part named after the sidebar (BEM "__"), and a date 20 levels down.
_DEEP = "<div>" * 20 + "<time>3 March 2025</time>" + "</div>" * 20
_PAGE = f"""<html><body>
<nav class="site-menu"><ul><li><a href="/">Home</a> <span>1 March 2025</span></li></ul></nav>
<div id="page"><main>
<article><header><h1>Pickling beetroot</h1><span class="date">3 March 2025</span></header>
<div class="sidebar"><p>In this post <time>3 March 2025</time></p></div>
<nav><a href="/prev">Older <span>2 March 2025</span></a></nav>
<p>Boil them first.</p>
<section id="comments"><ol class="comment-list"><li class="comment"><div><footer>
<div><a><time>4 March 2025</time></a></div></footer></div></li></ol></section>
</article>
<div class="sidebar__main"><ul class="related-posts"><li><a>Jam</a><span>1 May 2024</span></li>
</ul></div>
</main>
<aside><section><ul><li><a><strong><span>7 June 2024</span></strong></a></li></ul></section></aside>
<div role="complementary"><div><p><span>8 June 2024</span></p></div></div>
<div class="Sidebar-right">{_DEEP}</div>
<div class="recent-posts">{_DEEP}</div>
</div>
<footer><p>© 2025 <span>Last updated 9 March 2025</span></p></footer>
</body></html>"""

_TAGS = ("div", "section", "article", "nav", "aside", "ul", "li", "span", "p", "main")
# Mostly no name, so that the named ones lie at every distance from the elements asking.
_CLASSES = ("",) * 24 + ("sidebar", "side-bar_x", "sidebar__main", "comments", "related", "Side")


def _random_page(seed: int) -> str:
    """Random nesting of the tags and names the climbs read, up to 40 levels deep: one
    chain of elements, each with a few leaves or a short branch beside it."""
    rng = random.Random(seed)

    def element(depth: int) -> str:
        tag = rng.choice(_TAGS)
        name = rng.choice(_CLASSES)
        attr = f' class="{name}"' if name else ""
        if rng.random() < 0.02:
            attr += ' role="complementary"'
        if depth >= 40:
            return f"<{tag}{attr}>x</{tag}>"
        side = depth + rng.choice((8, 20, 40))  # a branch of a few levels, or none
        beside = "".join(element(side) for _ in range(rng.choice((0, 1, 2))))
        return f"<{tag}{attr}>{beside}{element(depth + 1)}</{tag}>"

    return f"<html><body>{element(0)}</body></html>"


def _elements(markup: str) -> list[LexborNode]:
    root = LexborHTMLParser(markup).root
    assert root is not None
    return [node for node in root.traverse() if node.tag != "-text"]


@pytest.mark.parametrize("order", range(4))
def test_verdicts_of_the_invented_page_are_the_functions(order: int) -> None:
    nodes = _elements(_PAGE)
    random.Random(order).shuffle(nodes)
    climbs = AncestorVerdicts()
    for _ in range(2):  # the second round reads the kept verdicts only
        assert [climbs.in_other_item(node) for node in nodes] == [
            in_other_item(node) for node in nodes
        ]
        assert [climbs.in_sidebar(node) for node in nodes] == [in_sidebar(node) for node in nodes]
    expected = {"4 March 2025": (True, False), "7 June 2024": (False, True)}
    for node in nodes:
        if node.tag == "time" or node.text(deep=False) in expected:
            text = node.text()
            if text in expected:
                assert (in_other_item(node), in_sidebar(node)) == expected[text]


@pytest.mark.parametrize("seed", range(12))
def test_verdicts_of_random_trees_are_the_functions(seed: int) -> None:
    nodes = _elements(_random_page(seed))
    random.Random(seed).shuffle(nodes)
    climbs = AncestorVerdicts()
    assert [climbs.in_other_item(node) for node in nodes] == [in_other_item(node) for node in nodes]
    assert [climbs.in_sidebar(node) for node in nodes] == [in_sidebar(node) for node in nodes]


def _comment_boxes_climbed(node: LexborNode) -> tuple[LexborNode, ...]:
    """What ``in_comments_after_text`` measured before speed60: the elements named as
    comments among ``node`` and its ``ANCESTORS_CHECKED`` nearest ancestors below the
    ``<body>``, the outermost first."""
    chain: list[LexborNode] = []
    current: LexborNode | None = node
    for _ in range(ANCESTORS_CHECKED):
        if current is None or current.tag in ("body", "html"):
            break
        chain.append(current)
        current = current.parent
    return tuple(
        box for box in reversed(chain) if box.attributes and names_comments(box.attributes)
    )


def _mem_ids(nodes: tuple[LexborNode, ...]) -> list[int]:
    return [node.mem_id for node in nodes]


@pytest.mark.parametrize("seed", range(12))
def test_comment_boxes_are_the_climbed_ones_in_any_order(seed: int) -> None:
    for markup in (_PAGE, _random_page(seed)):
        nodes = _elements(markup)
        random.Random(seed).shuffle(nodes)
        climbs = AncestorVerdicts()
        for _ in range(2):  # the second round reads the kept boxes only
            assert [_mem_ids(climbs.comment_boxes(node)) for node in nodes] == [
                _mem_ids(_comment_boxes_climbed(node)) for node in nodes
            ]


def test_comment_boxes_nest_outermost_first() -> None:
    markup = (
        '<html><body><div id="comments"><ol class="comment-list"><li class="comment">'
        "<p><time>4 March 2025</time></p></li></ol></div></body></html>"
    )
    (time,) = (node for node in _elements(markup) if node.tag == "time")
    assert [box.tag for box in AncestorVerdicts().comment_boxes(time)] == ["div", "ol", "li"]


@pytest.mark.parametrize("seed", range(6))
def test_related_list_verdicts_are_the_function(seed: int) -> None:
    for markup in (_PAGE, _random_page(seed)):
        nodes = _elements(markup)
        random.Random(seed).shuffle(nodes)
        climbs = AncestorVerdicts()
        for _ in range(2):
            assert [climbs.in_related_list(node) for node in nodes] == [
                in_related_list(node) for node in nodes
            ]


def test_one_set_of_verdicts_a_page() -> None:
    first, second = ParsedPage(_PAGE, None), ParsedPage(_PAGE, None)
    assert page_verdicts(first) is page_verdicts(first)
    assert page_verdicts(first) is not page_verdicts(second)
