"""The lazy selector scan of the byline and lead classes: every match, in page order."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.metadata.html import matches_in_order

PAGE = """<html><body>
<div class="Author-box"><span class="byline">By <a rel="author">Jane Doe</a></span></div>
<p class="lead">A first lead paragraph of the article, long enough.</p>
<address>Someone</address>
<div id="AUTHOR-2"><p class="article-intro">Intro</p></div>
</body></html>"""


@pytest.mark.parametrize(
    "selector",
    [
        "[class*=byline i], [class*=author i], [id*=author i], [rel~=author], address",
        "[class*=lead i], [class*=intro i]",
        "[class*=nothing-here i]",
    ],
    ids=["byline", "lead", "none"],
)
def test_matches_in_order_are_the_selectors_matches(selector: str) -> None:
    body = LexborHTMLParser(PAGE).body
    assert body is not None
    expected = [node.mem_id for node in body.css(selector)]
    assert [node.mem_id for node in matches_in_order(body, selector)] == expected


def test_the_first_match_is_found_without_the_others() -> None:
    body = LexborHTMLParser(PAGE).body
    assert body is not None
    first = next(matches_in_order(body, "[class*=author i], address"))
    assert first.attributes.get("class") == "Author-box"
