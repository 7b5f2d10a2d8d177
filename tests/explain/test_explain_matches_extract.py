"""What ``explain`` marks as kept is exactly what ``extract`` returns as the body.

The body's decisions come from the walk extraction read the body from (``read_body``):
the page's walk with its comment sections, its walk as a thread's, the HTML of its script
data; a body from elsewhere (a site rule, trafilatura) is matched by its text. A user
debugging a page sees what extraction kept, text and kind, and nothing else.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from newsextract.body.decisions import BlockDecision, _kept, body_decisions
from newsextract.body.extractor import BodyOptions, read_body
from newsextract.body.model import Block, BlockKind
from newsextract.explain_report import explain_blocks, pipeline_decisions
from newsextract.extract import Extraction, extract_with_resolution
from newsextract.metadata.fields import ArticleField
from newsextract.options import ExtractOptions
from newsextract.page import ParsedPage
from newsextract.rules.model import BodyRule, SiteRule

PAGES = Path(__file__).parent / "pages"
FIXTURES = Path(__file__).parents[1] / "fixtures"
FIXTURE_PAGES = sorted(FIXTURES.glob("*.html"))

_URL = "https://www.example.org/news/2026/story"
_RULE = SiteRule(
    name="lakeside",
    domains=("lakeside.example.org",),
    body=BodyRule(containers=(".story",), drop=(".ad",)),
)


def shown(extraction: Extraction, options: ExtractOptions) -> list[BlockDecision]:
    decisions = body_decisions(extraction.page, BodyOptions(favor=options.favor))
    return pipeline_decisions(decisions, extraction.article, options)


def assert_kept_is_body(html: bytes, url: str | None, **keywords: Any) -> Extraction:
    options = ExtractOptions(**keywords)
    extraction = extract_with_resolution(html, url, options=options)
    kept = [(block.text, block.kind) for block in shown(extraction, options) if block.kept]
    assert kept == [(block.text, block.kind) for block in extraction.article.body_blocks]
    return extraction


@pytest.mark.parametrize("path", FIXTURE_PAGES, ids=[path.stem for path in FIXTURE_PAGES])
def test_kept_blocks_are_the_article_body_on_every_fixture(path: Path) -> None:
    expected = json.loads(path.with_name(f"{path.stem}.expected.json").read_text("utf-8"))
    assert_kept_is_body(path.read_bytes(), expected.get("url"))


@pytest.mark.parametrize("favor", ["precision", "recall"])
@pytest.mark.parametrize("name", ["harbour_article.html", "thread_in_comment_boxes.html"])
def test_kept_blocks_are_the_body_whatever_the_favor(name: str, favor: str) -> None:
    assert_kept_is_body((PAGES / name).read_bytes(), _URL, favor=favor)


def test_a_thread_read_from_its_comment_boxes_shows_its_posts_kept() -> None:
    """The posts are the body only on the second walk, read as a thread's: the listing is
    of that walk (it showed every post dropped as furniture, the body being the posts)."""
    extraction = assert_kept_is_body((PAGES / "thread_in_comment_boxes.html").read_bytes(), _URL)
    assert len(extraction.article.body_blocks) == 3
    listing = explain_blocks(extraction)
    assert "  + p    My cordierite shelf split clean" in listing
    assert "named as furniture" not in listing


def test_an_article_with_readers_comments_keeps_them_out() -> None:
    extraction = assert_kept_is_body(
        (PAGES / "article_with_reader_comments.html").read_bytes(), _URL
    )
    assert "runner beans" not in extraction.article.body
    dropped = [b for b in shown(extraction, ExtractOptions()) if "runner beans" in b.text]
    assert dropped and not dropped[0].kept


def test_a_body_set_in_quotations_is_shown_as_the_body_has_it() -> None:
    """A body whose text is all in ``<blockquote>`` has its blocks made paragraphs: the
    listing shows them as such."""
    posts = "".join(
        f"<div class=post><blockquote class=postcontent><p>{text}</p></blockquote></div>"
        for text in (
            "The allotment committee meets on the first Monday of the month in the hall "
            "behind the church, and new members are welcome to come along.",
            "Is there a waiting list for the plots by the river? My neighbour says it is "
            "two years long, which seems a long time to wait for a patch of soil.",
        )
    )
    html = f"<html><body><h1>Allotment questions</h1><div class=thread>{posts}</div></body></html>"
    extraction = assert_kept_is_body(html.encode(), _URL)
    assert {block.kind.value for block in extraction.article.body_blocks} == {"p"}


def test_a_trafilatura_body_is_shown_by_its_text() -> None:
    extraction = assert_kept_is_body((PAGES / "fallback_body.html").read_bytes(), _URL)
    assert extraction.article.provenance["body"] == "trafilatura"
    assert len(extraction.article.body_blocks) == 3


def test_a_site_rule_body_is_shown_by_its_text() -> None:
    extraction = assert_kept_is_body(
        (PAGES / "site_rule_body.html").read_bytes(),
        "https://lakeside.example.org/news/ferry",
        rules=[_RULE],
    )
    assert extraction.article.provenance["body"] == "rule:lakeside"
    listing = explain_blocks(extraction)
    assert "  x p    Advertisement  (not in the body of site rule lakeside's selectors)" in listing


def test_a_script_body_lists_the_blocks_of_the_script_html() -> None:
    extraction = assert_kept_is_body((FIXTURES / "body_script_state.html").read_bytes(), None)
    assert extraction.article.provenance["body"] == "script"
    listing = explain_blocks(extraction)
    assert listing.count("\n  + ") == len(extraction.article.body_blocks)


def test_a_body_block_found_nowhere_on_the_page_does_not_stop_the_matching() -> None:
    """A block of the body whose text no page block has (a credit cut from its end past
    telling, articleBody's rest) is passed over: the blocks after it are still found."""
    page = ParsedPage((PAGES / "harbour_article.html").read_text(encoding="utf-8"))
    read = read_body(page)
    assert read.walked is not None
    blocks = read.body.blocks
    foreign = Block(
        text="A paragraph the page does not show anywhere at all.", kind=BlockKind.PARAGRAPH
    )
    body = attrs.evolve(read.body, blocks=(blocks[0], foreign, *blocks[1:]))
    kept = _kept(read.walked.blocks, body, {})
    assert [want.text for want, _ in kept.values()] == [block.text for block in blocks]


@pytest.mark.parametrize("path", FIXTURE_PAGES, ids=[path.stem for path in FIXTURE_PAGES])
def test_the_chosen_value_shown_of_each_field_is_the_article_s(path: Path) -> None:
    """The report's fields table shows each field's chosen value as the Article has it."""
    expected = json.loads(path.with_name(f"{path.stem}.expected.json").read_text("utf-8"))
    extraction = extract_with_resolution(path.read_bytes(), expected.get("url"))
    for field in ArticleField:
        resolution = extraction.resolution.resolution(field)
        shown = resolution.value if resolution.chosen is not None else None
        value = getattr(extraction.article, field.value)
        assert shown == value or (shown is None and value in ((), "", False)), field
