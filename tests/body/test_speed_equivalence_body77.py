"""Speed cuts of the body of the 77th wave (speed77w) that must answer exactly as the lexbor
queries they replaced: a small subtree walked for its elements of some tags
(``subtree_tags.tagged_within``, ``holds_tag``), a call box's lone button
(``boxes._holds_a_lone_button``), each held to the query on every element of invented pages,
big subtrees (past ``WALKED_BEFORE_QUERY``) among them."""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.body.boxes import _holds_a_lone_button
from newsextract.body.caption_boxes import _pictures
from newsextract.body.subtree_tags import WALKED_BEFORE_QUERY, holds_tag, tagged_within

_TAGS = (
    "div", "p", "li", "ul", "span", "a", "sup", "img", "picture", "button", "input", "select",
    "textarea", "svg", "template", "br",
)  # fmt: skip
_QUERIES = (
    (frozenset({"p"}), "p"),
    (frozenset({"p", "li"}), "p, li"),
    (frozenset({"img"}), "img"),
    (frozenset({"sup"}), "sup"),
    (frozenset({"button"}), "button"),
    (frozenset({"input", "select", "textarea"}), "input, select, textarea"),
)


def _page(seed: int) -> str:
    """A page of nested elements of ``_TAGS``, some subtrees past the walk's bound."""
    draw = random.Random(seed)

    def element(depth: int) -> str:
        tag = draw.choice(_TAGS)
        if tag in ("img", "br", "input"):
            return f"<{tag}>"
        wide = 3 if depth < 4 else 0
        inner = "".join(element(depth + 1) for _ in range(draw.randint(0, wide)))
        return f"<{tag}>{draw.choice(('', 'words'))}{inner}</{tag}>"

    return "<html><body>" + "".join(element(0) for _ in range(8)) + "</body></html>"


def _elements(html: str) -> list[LexborNode]:
    body = LexborHTMLParser(html).body
    assert body is not None
    return list(body.traverse())


@pytest.mark.parametrize("seed", range(40))
def test_the_walked_answers_are_the_queries(seed: int) -> None:
    for node in _elements(_page(seed)):
        for tags, selector in _QUERIES:
            walked = [n.mem_id for n in tagged_within(node, tags, selector)]
            assert walked == [n.mem_id for n in node.css(selector)]
            assert holds_tag(node, tags, selector) == (node.css_first(selector) is not None)
        assert _pictures(node) == len(node.css("img"))
        assert _holds_a_lone_button(node) == (
            node.css_first("button") is not None
            and node.css_first("input, select, textarea") is None
        )


def test_the_node_itself_is_matched_as_the_query_matches_it() -> None:
    (button,) = (n for n in _elements("<body><button>Go</button></body>") if n.tag == "button")
    assert holds_tag(button, frozenset({"button"}), "button")
    assert _holds_a_lone_button(button)


def test_a_big_subtree_is_asked_of_lexbor() -> None:
    many = "<span>x</span>" * (WALKED_BEFORE_QUERY + 5)
    html = f"<body><div id=box>{many}<button>Go</button><input></div></body>"
    (box,) = (n for n in _elements(html) if n.attributes.get("id") == "box")
    assert holds_tag(box, frozenset({"button"}), "button")
    assert len(tagged_within(box, frozenset({"span"}), "span")) == WALKED_BEFORE_QUERY + 5
    assert not _holds_a_lone_button(box)  # its field makes it a form's
