"""Round 13b (issue 11): the notes Chinese, Japanese and Korean papers close a story with.
A copyright notice's reservation is language data (``rights_reserved``: "版权所有",
"不得转载", "無断転載", "무단 전재"); a note's opening that ends in a colon or a Chinese or
Japanese character ("声明：", "编辑：") runs on into its text without a space, so it is read
as the note's opening there too (a Latin or Korean one still ends at a word's end)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.body.about_lines import is_about_line
from newsextract.body.furniture_lines import is_furniture_line

_FIXTURE = Path(__file__).parent.parent / "fixtures" / "zh_news_footer_notes.html"


def test_a_chinese_storys_closing_notes_are_left_out() -> None:
    body = newsextract.extract(_FIXTURE.read_text(encoding="utf-8")).body or ""
    assert body.startswith("中国人民银行9月24日宣布")
    assert body.endswith("有助于推动贷款利率下行。")


@pytest.mark.parametrize(
    "line",
    [
        "未经许可，不得转载。",
        "版權所有，轉載必究",
        "無断転載・複製を禁じます",
        "<저작권자 © 예시일보, 무단 전재 및 재배포 금지>",
        "[ⓒ 예시뉴스, 무단전재-재배포, AI 학습 및 활용 금지]",
        "© 2024 أخبار المثال. جميع الحقوق محفوظة",
        "© 2024 उदाहरण समाचार. सर्वाधिकार सुरक्षित.",
        "© 2024 Приклад Медіа. Усі права захищені.",
    ],
)
def test_a_reservation_of_rights_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    ("line", "about"),
    [
        ("声明：转载此文是出于传递更多信息之目的。", True),
        ("编辑：赵六　校对：钱七", True),
        ("本文经授权转载自新京报。", True),
        ("First published in The Guardian.", True),
        ("First publishedness is no word.", False),
        ("기자 소개합니다", False),  # Korean ends its words with a space
    ],
)
def test_a_note_opening_runs_on_in_a_script_without_spaces(line: str, about: bool) -> None:
    assert is_about_line(line) is about
