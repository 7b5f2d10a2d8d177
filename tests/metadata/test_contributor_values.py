"""A value that opens with another contributor's labelled credit ("责任编辑：王小明", the
editor in charge) names no author, whatever box it stands in."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.name_cleaning import clean_name


@pytest.mark.parametrize(
    "value", ["责任编辑：赵立新", "責任編輯：趙立新", "編集：佐藤一郎", "Foto: Jana Beispiel"]
)
def test_a_credit_opening_the_value_is_no_author(value: str) -> None:
    assert clean_name(value) is None
    assert split_byline(value) == []


def test_a_credit_after_the_name_is_still_cut() -> None:
    assert split_byline("记者 陈明 责任编辑：赵立新") == ["陈明"]


_PAGE = """<!doctype html><html lang="zh-CN"><head><title>城市新公园开放</title></head><body>
<article><h1>城市新公园开放</h1>
<div class="article-body">
<p>占地约三十公顷的城市新公园今天正式向市民开放，园内设有步道、湖泊和儿童游乐区。</p>
<p>公园管理处表示，开放首周每天限流两万人，市民可通过小程序提前预约入园时段。</p>
<p>附近的两条公交线路也将调整走向，在公园南门和东门增设站点，方便市民出行。</p></div>
<p class="show_author">责任编辑：赵立新</p></article></body></html>"""


def test_an_editor_credit_in_an_author_box_gives_no_author() -> None:
    article = newsextract.extract(_PAGE, url="https://news.example.cn/park")
    assert article.authors == ()
