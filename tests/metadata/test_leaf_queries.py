"""Queries of an element told without lexbor when it has no element inside (speed76m): each
answer held to the query it stands for, on every element of invented pages."""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.metadata.copy_note import copy_note_origin
from newsextract.metadata.markup_headlines import links_within
from newsextract.metadata.standfirst import _HEADER_PARTS, _holds_header_part
from newsextract.page import ParsedPage

_TAGS = ("div", "p", "span", "a", "h1", "time", "img", "picture", "figure", "video", "em", "br")
_ATTRIBUTES = (
    "",
    ' rel="author"',
    ' rel="AUTHOR"',
    ' rel="nofollow"',
    ' href="/x"',
    ' class="lead"',
)


def _page(seed: int) -> str:
    """A page of nested elements of ``_TAGS``, some with a ``rel``, empty or with text."""
    draw = random.Random(seed)

    def element(depth: int) -> str:
        tag = draw.choice(_TAGS)
        opening = f"<{tag}{draw.choice(_ATTRIBUTES)}>"
        if tag in ("img", "br"):
            return opening
        inner = "".join(element(depth + 1) for _ in range(draw.randint(0, 3 if depth < 4 else 0)))
        return f"{opening}{draw.choice(('', 'words'))}{inner}</{tag}>"

    return "<html><body>" + "".join(element(0) for _ in range(6)) + "</body></html>"


def _elements(html: str) -> list[LexborNode]:
    body = LexborHTMLParser(html).body
    assert body is not None
    return [node for node in body.traverse() if node.tag != "body"]


@pytest.mark.parametrize("seed", range(40))
def test_the_leaf_answers_are_the_queries(seed: int) -> None:
    for node in _elements(_page(seed)):
        leaf = next(node.iter(), None) is None
        assert _holds_header_part(node, leaf) == (node.css_first(_HEADER_PARTS) is not None)
        assert [n.mem_id for n in links_within(node)] == [n.mem_id for n in node.css("a")]
        if leaf:
            assert len(node.css("p")) <= 1  # the standfirst's paragraph count: one at most


def test_a_leaf_with_a_rel_is_asked_of_lexbor() -> None:
    (node,) = _elements('<body><span rel="author">Jo</span></body>')
    assert _holds_header_part(node, leaf=True)


def test_a_closing_note_is_read_with_its_link_and_a_plain_paragraph_passed_over() -> None:
    story = f"<p>{'Text of the story. ' * 20}</p>"
    note = (
        "<p>This story was first published by "
        '<a href="https://www.harbourtimes.com/story">Harbour Times</a>.</p>'
    )
    plain = "<p>This story was first published by Harbour Times.</p>"
    url = "https://www.dailynews.org/a/story"
    for closing, origin in ((note, "Harbour Times"), (plain, None)):
        html = f"<html><body><article>{story}{closing}<p>Share</p></article></body></html>"
        assert copy_note_origin(ParsedPage(html, url)) == origin
