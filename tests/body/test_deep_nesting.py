"""The walk over deeply nested markup: bounded work per element, the same blocks.

A chain of nested elements (tens of thousands of unclosed ``<b>``, a page builder gone wrong)
once cost a walk of each element's whole subtree, so that the work grew with the square of
the depth. These tests hold the two guards: a big subtree is asked about once for the whole
walk, and containers below ``MAX_CONTAINER_DEPTH`` are read as one block of text.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.body.blocks import MAX_CONTAINER_DEPTH, walk
from newsextract.body.walk_records import Walk

PROSE = "A sentence of the article that carries on for a while."


def _walk(html: str) -> Walk:
    body = LexborHTMLParser(html).body
    assert body is not None
    return walk(body)


@pytest.mark.parametrize("filler", [0, 100])
def test_an_inline_element_with_a_big_subtree_holds_its_block(filler: int) -> None:
    # More elements below the <span> than the walk tests one by one, then a paragraph: the
    # paragraph is still found, and made a block of its own.
    inline = "<i>x</i>" * filler
    html = f"<body><span>{inline}<p>{PROSE}</p></span></body>"
    texts = [block.text for block in _walk(html).blocks]
    assert PROSE in texts


def test_an_inline_element_with_a_big_subtree_and_no_block_stays_inline() -> None:
    inline = "<i>x</i> " * 100
    html = f"<body><p>Before <span>{inline}</span> after.</p></body>"
    blocks = _walk(html).blocks
    assert len(blocks) == 1
    assert blocks[0].text.startswith("Before x x")


def test_containers_below_the_depth_limit_are_read_as_one_block() -> None:
    depth = MAX_CONTAINER_DEPTH + 300
    html = "<body>" + "<div>level " * depth + f"<p>{PROSE}</p>" + "</div>" * depth + "</body>"
    walked = _walk(html)
    containers = walked.containers
    deepest = max(containers.depth)
    assert deepest <= MAX_CONTAINER_DEPTH
    assert any(PROSE in block.text for block in walked.blocks)
    # Every level's text is kept: above the limit as blocks, below it in the last one.
    assert sum(block.text.count("level") for block in walked.blocks) == depth


def test_ordinary_nesting_is_walked_container_by_container() -> None:
    html = "<body>" + "<div>" * 40 + f"<p>{PROSE}</p>" + "</div>" * 40 + "</body>"
    walked = _walk(html)
    assert max(walked.containers.depth) >= 40
