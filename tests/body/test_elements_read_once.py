"""A paragraph's elements read once (``elements_below``) answer as the walks they replace:
``holds_any``, ``link_chars`` and ``inline_parts`` given the list say what each says when it
walks the paragraph itself."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.body.inline_text import inline_parts
from newsextract.body.link_checks import link_chars
from newsextract.body.subtree_tags import Holders, elements_below, holds_any
from newsextract.body.tag_sets import INLINE_HAS_BLOCKS

_PARAGRAPHS = (
    "<p>Plain words, <b>bold</b> and <a href='/next'>the next page</a>.</p>",
    "<p>A time <time>14:52</time><span>Mira Tolvanen</span> and "
    "<a href='#notes'>notes</a><sup>3</sup>, <a href='/forms/rules.pdf'>the rules</a>.</p>",
    "<p>Hidden <span class='sr-only'>for screen readers</span> and "
    "<span style='display: none'>a count</span> <a href='/x'>link<svg><title>opens</title>"
    "</svg></a>.</p>",
    "<p>A box inside <span><div>a card</div></span> after.</p>",
    "<p>Many " + "<i>x</i>" * 70 + " marks.</p>",
)


def _paragraph(html: str) -> LexborNode:
    parser = LexborHTMLParser(html)
    paragraph = parser.css_first("p")
    assert paragraph is not None
    return paragraph


@pytest.mark.parametrize("html", _PARAGRAPHS)
def test_elements_below_answers_as_holds_any(html: str) -> None:
    paragraph = _paragraph(html)
    holders = Holders()
    holders.root = paragraph.parent
    held, elements = elements_below(paragraph, INLINE_HAS_BLOCKS, holders)
    assert held is holds_any(paragraph, INLINE_HAS_BLOCKS, holders)
    if elements is not None:  # every element, each with its tag, in document order
        below = list(paragraph.traverse())[1:]
        assert [element.mem_id for element, _ in elements] == [e.mem_id for e in below]
        assert [tag for _, tag in elements] == [e.tag for e in below]


@pytest.mark.parametrize("html", _PARAGRAPHS[:-1])  # the last one is past the list's reach
@pytest.mark.parametrize("elsewhere", [False, True])
@pytest.mark.parametrize("attachments", [False, True])
def test_the_list_gives_what_the_walks_give(html: str, elsewhere: bool, attachments: bool) -> None:
    paragraph = _paragraph(html)
    holders = Holders()
    holders.root = paragraph.parent
    _, elements = elements_below(paragraph, frozenset({"table"}), holders)
    assert elements is not None
    options = {"elsewhere": elsewhere, "attachments": attachments}
    assert link_chars(paragraph, elements=elements, **options) == link_chars(paragraph, **options)
    for by_attributes in (False, True):
        assert inline_parts(
            paragraph, by_attributes=by_attributes, elements=elements, **options
        ) == inline_parts(paragraph, by_attributes=by_attributes, **options)
