"""Speed cuts of the date searches that must answer exactly as the code they replaced (issue
14, p99_33): name prefilters on lowered ASCII names, the source's worded date searched only
after white space, the elements inside those read listed once."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.metadata import other_items, page_dates, visible_dates
from newsextract.metadata.site_header import has_ancestor

# Names built from the prefilters' words in mixed case, between other letters and the
# letters a case-blind match pairs with ASCII ones ("ſ" and "s", the Kelvin sign and "k").
_PIECES = st.sampled_from(
    ["Comment", "DISQUS", "reView", "RELATED", "eLated", "Recent", "laTest", "Popular", "MOST",
     "Trending", "side", "SIDE", "SiDebar", "ſide", "\u212a", "İ", "-", "_", " ", "x", "q"]
)  # fmt: skip
_NAMES = st.lists(_PIECES | st.text(max_size=3), max_size=6).map("".join)
_OTHER_ITEM_WORD_AS_BEFORE = re.compile("|".join(other_items._OTHER_ITEM_WORDS), re.IGNORECASE)


@settings(max_examples=150, deadline=None)
@given(_NAMES)
def test_name_prefilters_answer_as_the_case_blind_searches(names: str) -> None:
    before = not names.isascii() or _OTHER_ITEM_WORD_AS_BEFORE.search(names) is not None
    assert other_items._may_name_other_item(names) == before
    assert other_items._may_name_related(names) == (
        other_items._RELATED_WORD.search(names) is not None
    )
    assert page_dates._may_name_sidebar(names) == (
        page_dates._SIDEBAR_WORD.search(names) is not None
    )


_BEFORE_YEAR = st.lists(
    st.sampled_from(["March", "5th", "de", "of", "Mai", "12", ",", ".", " ", "\t", "\u00a0",
                     "\u2003", "/", "-", "x"]),
    max_size=8,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_BEFORE_YEAR)
def test_worded_date_before_a_year_is_found_as_by_the_search(before: str) -> None:
    html = f"{before}2024 <p>"
    start = len(before)
    found = page_dates._WORDED_BEFORE.search(html, max(0, start - page_dates._WORDED_REACH), start)
    if found is None:
        assert page_dates._worded_before(html, start, 2024) is None


_PAGE = """<body><div class=meta><span>3 May</span><b><i>2024</i></b></div>
<div class=date>5 May 2024<time>5 May</time></div><p>x<span class=date>6 May</span></p></body>"""


def _elements(markup: str) -> list[LexborNode]:
    body = LexborHTMLParser(markup).body
    assert body is not None
    return list(body.traverse())


def test_read_blocks_answer_as_the_walk_up_the_ancestors() -> None:
    elements = _elements(_PAGE)
    for chosen in range(len(elements)):
        read = visible_dates._ReadBlocks()
        ids: set[int] = set()
        for index, node in enumerate(elements):
            inside = bool(ids) and has_ancestor(node, ids=ids)
            assert read.inside(node) == inside
            assert read.holds(node) == (node.mem_id in ids or inside)
            if (index == chosen or index % 3 == chosen % 3) and not inside:
                read.add(node)
                ids.add(node.mem_id)
