"""A reprinted Chinese article's "原标题：…" (original title) line above its text, and its
closing "责任编辑：" / "编辑：" desk credit: neither is the title nor a paragraph of the body
(issue 12)."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract.body.furniture_lines import is_furniture_line

_TEXT = (
    "<p>市政府今天宣布，新的公交线路将于下个月开通，覆盖城市东部的五个街道和两个工业园区。</p>"
    "<p>据介绍，这条线路全长二十公里，沿途设站十八个，预计每天可服务乘客三万人次。</p>"
    "<p>市交通局负责人表示，线路开通后将根据客流情况调整发车间隔，高峰时段每五分钟一班。</p>"
)


@pytest.mark.parametrize(
    "note",
    [
        "原标题：东部新公交线路下月开通 覆盖五个街道",
        "原标题: 东部新公交线路下月开通",
        "原標題：東部新公車路線下月開通",
    ],
)
@pytest.mark.parametrize("desk", ["责任编辑：张三", "编辑：张三", "（责任编辑：张三）"])
def test_an_original_title_line_and_the_desk_credit_leave_the_body(note: str, desk: str) -> None:
    inner = f"<p>{note}</p>{_TEXT}<p>{desk}</p>"
    article = newsextract.extract(article_page("zh", "新公交线路开通", inner))
    assert article.title == "新公交线路开通"
    assert article.body.startswith("市政府今天宣布")
    assert article.body.endswith("每五分钟一班。")


def test_a_sentence_naming_an_original_title_stays_text() -> None:
    """Without its colon the words open a sentence about a renamed film or book."""
    assert not is_furniture_line("原标题为《春天》，上映时改为现在的名字。")
    assert is_furniture_line("原标题：东部新公交线路下月开通")


@pytest.mark.parametrize(
    "credit",
    [
        "来源：人民日报 编辑：张三",
        "来源：人民日报　作者：张三",
        "来源：人民日报 原标题：东部新公交线路下月开通",
        "来源：人民日报",
    ],
)
def test_a_source_line_running_on_into_another_label_gives_the_source_alone(credit: str) -> None:
    """A desk writes its credits in a row: the source ends where the next label begins."""
    article = newsextract.extract(article_page("zh", "新公交线路开通", f"{_TEXT}<p>{credit}</p>"))
    assert article.source == "人民日报"
    assert article.body.endswith("每五分钟一班。")
