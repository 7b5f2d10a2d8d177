"""An <h1> split into elements joins them as a reader sees them: with a space between words
of spaced scripts, and without one between characters of a script written without spaces
(Japanese, Chinese, Thai) or beside their punctuation ("「", "」", "！")."""

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
    ],
)
def test_parts_of_a_headline_join_as_shown(inner: str, expected: str) -> None:
    node = LexborHTMLParser(f"<h1>{inner}</h1>").css_first("h1")
    assert node is not None
    assert headline_text(node) == expected
