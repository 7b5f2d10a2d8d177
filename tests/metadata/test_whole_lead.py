"""A description cut short gives way to the body's paragraph it begins."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.model import Block, BlockKind
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.whole_lead import whole_lead
from newsextract.origin import Origin

PARAGRAPH = (
    "The council voted on Tuesday to close the old harbour bridge for repairs until spring. "
    "Drivers will have to use the ring road."
)


def _description(text: str, origin: Origin = Origin.OPENGRAPH) -> Candidate:
    return Candidate(field=ArticleField.LEAD, value=text, origin=origin)


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(kind=BlockKind.PARAGRAPH, text=t) for t in texts]


@pytest.mark.parametrize("mark", ["…", "...", " […]", " [...]"])
def test_a_description_cut_with_a_mark_gives_way_to_the_paragraph(mark: str) -> None:
    cut = PARAGRAPH[:70].rstrip() + mark
    whole = whole_lead(_description(cut), _paragraphs("Harbour news", PARAGRAPH))
    assert whole is not None
    assert whole.value == PARAGRAPH
    assert whole.provenance == "body:paragraph-whole"


@pytest.mark.parametrize(
    ("lead", "blocks", "why"),
    [
        (_description(PARAGRAPH[:70]), _paragraphs(PARAGRAPH), "no cut mark: whole as it is"),
        (_description("The council voted…"), _paragraphs(PARAGRAPH), "too short to match once"),
        (
            _description(PARAGRAPH[:70] + "…", Origin.HTML),
            _paragraphs(PARAGRAPH),
            "a standfirst the page sets itself",
        ),
        (
            _description("A different opening of some other text, cut by the CMS…"),
            _paragraphs(PARAGRAPH),
            "begins no paragraph",
        ),
        (
            _description(PARAGRAPH[:70] + "…"),
            _paragraphs("One.", "Two.", "Three.", PARAGRAPH),
            "the paragraph is past the body's opening",
        ),
        (
            _description(PARAGRAPH[:70] + "…"),
            _paragraphs(PARAGRAPH + " More words." * 60),
            "a paragraph longer than a standfirst: the article's text itself",
        ),
    ],
)
def test_no_whole_lead(lead: Candidate, blocks: list[Block], why: str) -> None:
    assert whole_lead(lead, blocks) is None, why


def test_extract_gives_the_whole_paragraph_as_the_lead() -> None:
    cut = PARAGRAPH[:80].rstrip() + " […]"
    html = (
        f'<html lang="en"><head><meta property="og:description" content="{cut}"></head>'
        f"<body><article><h1>Harbour bridge to close</h1><p>{PARAGRAPH}</p>"
        f"<p>{'The repairs will cost the city two million. ' * 4}</p></article></body></html>"
    )
    article = newsextract.extract(html)
    assert article.lead == PARAGRAPH
    assert article.provenance["lead"] == "body:paragraph-whole"
    assert article.body.startswith(PARAGRAPH)  # the body keeps its first paragraph


def test_a_description_running_through_two_paragraphs_gives_both_whole() -> None:
    first = "The council met on Tuesday."
    second = "It voted to close the old harbour bridge for repairs until the spring comes."
    cut = f"{first} {second[:40]}…"
    whole = whole_lead(_description(cut), _paragraphs(first, second, "More text."))
    assert whole is not None
    assert whole.value == f"{first} {second}"
    # The cut text going on otherwise than the next paragraph: no lead from the body.
    assert whole_lead(_description(cut), _paragraphs(first, "Another paragraph.")) is None
