"""Chinese and Taiwanese reporter credits: the label, the name at once, a slash and the place
the story was filed from ("記者王小明／台北報導": reporter Wang Xiaoming, reporting from Taipei)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline

from .pages import article_page

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "市議會週二通過明年度預算，議員們經過長時間討論，會議一直持續到深夜才結束。",
        "市府官員表示，新增經費將用於道路修繕、校舍改建以及興建新的淨水廠。",
        "部分議員認為計畫過度依賴舉債，恐將造成未來財政負擔。",
        "預算將於下一個會計年度開始實施。",
    )
)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("記者王小明／台北報導", ["王小明"]),
        ("記者王小明/綜合報導", ["王小明"]),
        ("记者李华／北京报道", ["李华"]),
        ("記者王小明、陳大同／台中報導", ["王小明", "陳大同"]),
        # The label and a slash before the name, as before.
        ("文／王小明", ["王小明"]),
    ],
)
def test_the_names_before_the_place_of_the_report(credit: str, names: list[str]) -> None:
    assert split_byline(credit) == names


@pytest.mark.parametrize(
    "block",
    [
        '<div class="article-info">記者王小明／台北報導</div>',
        '<div class="reporter">記者王小明/綜合報導</div>',
        # At the start of the first paragraph, in brackets.
        "<p>【記者王小明／台北報導】市議會週二召開臨時會，討論明年度的預算案。</p>",
        "<p>（記者王小明／台北報導）市議會週二召開臨時會，討論明年度的預算案。</p>",
    ],
)
def test_a_reporter_credit_on_the_page_gives_the_author(block: str) -> None:
    html = article_page(
        "zh-TW", "市議會通過明年度預算", block + PARAGRAPHS, title="市議會通過明年度預算 | 城市日報"
    )
    article = newsextract.extract(html, url="https://news.example.com.tw/news/5512345")
    assert article.authors == ("王小明",)


def test_a_word_that_opens_with_the_label_is_no_credit() -> None:
    """ "記者會" (a press conference) opens with the label: no name follows it and a slash."""
    assert split_byline("記者會上表示") != ["會上表示"]
