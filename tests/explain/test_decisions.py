"""body.decisions: every block of a page, kept or dropped with the extractor's own reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract.body.blocks import walk
from newsextract.body.cleanup import judge_blocks, select_blocks
from newsextract.body.decisions import (
    CLOSING_NOTE,
    NOT_IN_JSONLD,
    OUTSIDE_REGION,
    block_elements,
    body_decisions,
)
from newsextract.body.extractor import BodyOptions, extract_body
from newsextract.body.region import choose_region
from newsextract.body.scoring import tally
from newsextract.page import ParsedPage

PAGES = Path(__file__).parent / "pages"
FIXTURES = Path(__file__).parents[1] / "fixtures"


def page(name: str = "harbour_article.html") -> ParsedPage:
    return ParsedPage((PAGES / name).read_text(encoding="utf-8"))


def reasons() -> dict[str, str]:
    return {block.text[:30]: block.reason for block in body_decisions(page()).blocks}


def test_kept_blocks_are_the_body() -> None:
    decisions = body_decisions(page())
    assert decisions.body.method == "generic"
    assert [b.text for b in decisions.kept()] == [b.text for b in extract_body(page()).blocks]
    assert all(b.reason == "kept" for b in decisions.kept())
    assert [e.attributes.get("class") for e in decisions.region] == ["story-body"]


def test_each_dropped_block_says_why() -> None:
    why = reasons()
    assert why["Harbour ferry returns after a "] == "the page's title heading (h1)"
    assert why["By Ada Lind · 2 May 2024"] == OUTSIDE_REGION
    assert why["Share this story with friends "] == (
        'under a container named as furniture (<div class="share-bar">)'
    )
    assert why["Weather for the coast this wee"].startswith("a link list (")
    assert why["Harbour wall to be rebuilt"] == (
        'under a container named as furniture (<ul class="related-links">)'
    )
    assert why["Ada Lind is a reporter for the"] == CLOSING_NOTE


def test_each_block_has_the_element_it_was_read_from() -> None:
    decisions = body_decisions(page())
    tags = [(b.element.tag, b.text[:12]) for b in decisions.blocks]
    assert ("h1", "Harbour ferr") in tags
    assert ("h2", "Fares stay t") in tags
    assert ("li", "Fish market ") in tags
    for block in decisions.blocks:
        assert " ".join(block.element.text(deep=True).split()).startswith(block.text[:30])


def test_loose_text_is_read_from_its_container() -> None:
    parsed = ParsedPage("<body><div id=box>Loose words of the text<p>A paragraph</p></div></body>")
    walked = walk(parsed.body)  # type: ignore[arg-type]
    elements = block_elements(walked)
    assert [(e.tag, e.attributes.get("id")) for e in elements] == [("div", "box"), ("p", None)]


PARAGRAPHS = [
    "The night train to the mountains runs again from June, twelve years after the last one.",
    "Tickets go on sale next week, and the operator expects the summer trains to fill quickly.",
    "Sleeping cars were rebuilt in the old works by the river, where the line began in 1911.",
]
JSONLD_PAGE = f"""<html><head><script type="application/ld+json">
{{"@type": "NewsArticle", "articleBody": "{" ".join(PARAGRAPHS)}"}}</script></head><body>
<article><p>{PARAGRAPHS[0]}</p><p>Listen to this article, read aloud by our narrator today</p>
<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></article></body></html>"""


def test_a_body_from_json_ld_marks_the_page_blocks_it_left_out() -> None:
    decisions = body_decisions(ParsedPage(JSONLD_PAGE))
    assert decisions.body.method == "jsonld+page"
    assert [b.text for b in decisions.kept()] == PARAGRAPHS
    assert [(b.text[:6], b.reason) for b in decisions.dropped()] == [("Listen", NOT_IN_JSONLD)]


@pytest.mark.parametrize("favor", ["precision", "balanced", "recall"])
@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("body_*.html")))
def test_judge_blocks_keeps_what_select_blocks_keeps(name: str, favor: str) -> None:
    parsed = ParsedPage((FIXTURES / name).read_text(encoding="utf-8"))
    walked = walk(parsed.body or parsed.root, figures=True)  # type: ignore[arg-type]
    sums = tally(walked)
    region = choose_region(walked, sums)
    if region is None:
        return
    judged = judge_blocks(walked, sums, region, favor)
    kept = [block.text for block, reason in judged if reason is None]
    assert kept == [b.text for b in select_blocks(walked, sums, region, favor)]
    decisions = body_decisions(parsed, BodyOptions(favor=favor))  # type: ignore[arg-type]
    if decisions.body.method == "generic":
        assert [b.text for b in decisions.kept()] == [b.text for b in decisions.body.blocks]
