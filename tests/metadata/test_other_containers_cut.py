"""``_other_items``' query keeps a word's ``[id*=…]`` part only where an id holds the word and
its ``[class*=…]`` part only where a class does: the elements found are the same."""

from __future__ import annotations

import pytest

from newsextract.metadata.source_days import _other_containers
from newsextract.page import ParsedPage

PAGES = [
    '<aside class="Side-Bar"><p>1</p></aside><div id="related-box"><p>2</p></div>',
    '<div class="most-read"><div id="sidebar-2"><p class="x">3</p></div></div>',
    '<section id="Trending" class="latest also"><p>4</p></section><div class="reviews">5</div>',
    '<div class="events" id="event-list"><div itemscope itemtype="x/Review">6</div></div>',
    "<main><p class=lead>nothing here</p></main>",
]


@pytest.mark.parametrize("body", PAGES)
def test_the_cut_query_finds_the_same_elements(body: str) -> None:
    page = ParsedPage(f"<html><body>{body}</body></html>")
    assert page.root is not None
    whole = [node.mem_id for node in page.root.css(_other_containers(page.names))]
    cut = _other_containers(page.names, page.names_by_attribute)
    assert [node.mem_id for node in page.root.css(cut)] == whole


def test_a_word_only_classes_hold_has_no_id_part() -> None:
    page = ParsedPage('<html><body><div class="related-posts" id="main">x</div></body></html>')
    cut = _other_containers(page.names, page.names_by_attribute)
    assert "[class*=related i]" in cut
    assert "[id*=related i]" not in cut
    assert "[id*=related i]" in _other_containers(page.names)
