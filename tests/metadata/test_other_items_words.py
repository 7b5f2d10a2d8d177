"""A name in ASCII holding no word of the other items' names is told without matching its
tokens; every name the full test reads as an other item's holds one of those words."""

from __future__ import annotations

import pytest

from newsextract.metadata import other_items
from newsextract.page import ParsedPage

NAMES = [
    "comments", "comment-body", "CommentList", "comments_area", "disqus_thread",
    "related-posts", "Related", "reviews", "spr-reviews", "woocommerce-Reviews",
    "product_review", "customer-reviews", "commentary", "review", "post-content",
    "x comments", "comments\u00a0x", "\u017fpr-reviews", "D\u0130SQUS", "RELATED",
    "widget_recent_entries", "recent-posts", "wp-block-latest-posts", "popular-posts",
    "mostRead", "most-viewed", "trending", "latest-news", "recently", "most", "latest",
    "post-trending", "wp-block-latest-posts__post-date",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("attribute", ["class", "id"])
def test_other_items_are_those_the_tokens_name(name: str, attribute: str) -> None:
    page = ParsedPage(f'<html><body><div {attribute}="{name}"><p><time>x</time></p></div>')
    time = page.tree.css_first("time")
    assert time is not None
    tokens = name.split() if attribute == "class" else [name]
    expected = any(other_items._OTHER_ITEMS.match(token) for token in tokens)
    assert other_items.in_other_item(time) is expected
