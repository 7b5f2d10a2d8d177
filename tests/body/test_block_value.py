"""``scoring.block_value``: a block's worth as prose, read the same on ASCII text (told by
a flag of the string) as on text in other scripts (read character by character)."""

from __future__ import annotations

import pytest

from newsextract.body.model import BlockKind
from newsextract.body.scoring import block_value
from newsextract.body.walk_records import RawBlock


def _paragraph(text: str, links: int = 0) -> RawBlock:
    return RawBlock(text, BlockKind.PARAGRAPH, 0, 0, links, "p")


def test_an_ascii_paragraph_counts_its_length_and_commas() -> None:
    text = "The council met on Monday, voted twice, and adjourned after midnight."
    # 1 + length / 100 + two commas at 0.2, a <p> at x1.2
    assert block_value(_paragraph(text)) == pytest.approx((1 + len(text) / 100 + 0.4) * 1.2)


def test_accented_latin_text_counts_as_ascii_text_would() -> None:
    text = "Le conseil s'est réuni lundi, a voté deux fois, puis a levé la séance."
    assert block_value(_paragraph(text)) == pytest.approx((1 + len(text) / 100 + 0.4) * 1.2)


def test_a_cjk_character_counts_as_three_and_its_commas_count() -> None:
    text = "市议会周一开会，两次投票，并在午夜后休会。" * 2
    assert block_value(_paragraph(text)) == pytest.approx((1 + 3 * len(text) / 100 + 0.6) * 1.2)


def test_a_short_or_linked_block_is_worth_nothing() -> None:
    assert block_value(_paragraph("Read more")) == 0.0
    text = "A list of links to other stories, each one a headline of its own."
    assert block_value(_paragraph(text, links=len(text))) == 0.0
