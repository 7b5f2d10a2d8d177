"""Round 13b (issue 11): a post's or a recipe's tally of votes and its star rating ("추천 15",
"★★★★★ (128 โหวต)", "15 إعجاب", "4.67 from 21 votes") is named so by its class ("votes",
"vote", "rating"), whatever language its words are in: furniture, never the text."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.body.class_names import class_weight

_FIXTURE = Path(__file__).parent.parent / "fixtures" / "ko_qa_votes.html"


def test_a_korean_answers_vote_counts_are_left_out() -> None:
    body = newsextract.extract(_FIXTURE.read_text(encoding="utf-8")).body or ""
    assert "보증금을 바로 돌려줘야 하나요?" in body
    assert "보증금 반환 의무가 없습니다" in body
    assert "두 달 만에 돌려받았어요" in body
    assert "추천" not in body
    assert "42명 평가" not in body


@pytest.mark.parametrize("name", ["votes", "vote", "wprm-recipe-rating", "star-ratings"])
def test_tallies_are_furniture(name: str) -> None:
    assert class_weight(name) < 0


@pytest.mark.parametrize("name", ["devoted", "voter-guide-body", "generating"])
def test_the_words_count_only_whole(name: str) -> None:
    assert class_weight(name) >= 0
