"""An <h1> split into elements joins them as a reader sees them: with a space between words
of spaced scripts, and without one between characters of a script written without spaces
(Japanese, Chinese, Thai) or beside their punctuation ("「", "」", "！"), nor between a
number and Han or kana ("2年ぶり")."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.metadata.headline import headline_text


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("<span>市議会が</span><span>新しい交通計画を可決</span>", "市議会が新しい交通計画を可決"),
        ("<span>百年老市场</span><em>修缮后重新开放</em>", "百年老市场修缮后重新开放"),
        ("<span>สภาเมือง</span><span>อนุมัติแผน</span>", "สภาเมืองอนุมัติแผน"),
        ("<span>「新計画」</span><span>を可決</span>", "「新計画」を可決"),
        ("<span>Council</span><span>approves timetable</span>", "Council approves timetable"),
        ("<span>시의회</span><span>새 계획 통과</span>", "시의회 새 계획 통과"),
        # a number beside Han or kana, set without spaces too, even across a line break
        ("図書館が<br>2年ぶりに再開", "図書館が2年ぶりに再開"),
        ("<span>市图书馆修缮</span><span>2年后重新开放</span>", "市图书馆修缮2年后重新开放"),
        ("<span>2024</span><span>年度予算を可決</span>", "2024年度予算を可決"),
        # Thai sets a space around a number; Korean spaces its words
        ("<span>งบประมาณปี</span><span>2567</span>", "งบประมาณปี 2567"),
        ("<span>도서관</span><span>2년 만에 재개관</span>", "도서관 2년 만에 재개관"),
    ],
)
def test_parts_of_a_headline_join_as_shown(inner: str, expected: str) -> None:
    node = LexborHTMLParser(f"<h1>{inner}</h1>").css_first("h1")
    assert node is not None
    assert headline_text(node) == expected
