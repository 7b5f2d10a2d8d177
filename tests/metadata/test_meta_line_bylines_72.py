"""A post's meta line naming its writer after its date (wave 72): parts set apart by the
ideographic space (Chinese and Japanese portals), and a full-width bar between a label and
its name. (A label right after the date with no mark, "4 March 2024 10:20 By Jane Roe", is
not read: the test on every line opening with a figure cost 0.2 % of the dev pages'
instructions, probe th_news_buddhist_year_byline_tags.)"""

from __future__ import annotations

import pytest

import newsextract

_ZH_TEXT = (
    "<p>3月4日，江城市政府召开新闻发布会，介绍今年城市更新的主要安排。</p>"
    "<p>今年全市计划改造老旧小区一百二十个，惠及居民约三万户。</p>"
)
_EN_TEXT = (
    "<p>The council met on Monday to discuss the new library plans for the town centre.</p>"
    "<p>Residents asked about parking and the opening hours of the reading room.</p>"
)


def _page(lang: str, line: str, text: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Plans - Ledger</title></head><body><div '
        f'class="article"><h1>Plans</h1><div class="info">{line}</div><div class="content">'
        f"{text}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("zh", "2024-03-05 10:20\u3000来源：江城日报\u3000作者：张伟", "张伟"),
        ("zh", "2024-03-05 10:20\u3000作者：张伟", "张伟"),
        ("zh", "文｜陈静", "陈静"),
    ],
)
def test_byline_after_the_date_of_a_meta_line(lang: str, line: str, name: str) -> None:
    text = _EN_TEXT if lang == "en" else _ZH_TEXT
    article = newsextract.extract(_page(lang, line, text), url="https://x.example/a/1.html")
    assert article.authors == (name,)


@pytest.mark.parametrize(
    "line",
    [
        "3 comments, 12 shares",  # a figure opens it, no date, no label
        "2024-03-05 10:20",  # a date alone
    ],
)
def test_a_line_opening_with_a_figure_and_no_byline_names_no_one(line: str) -> None:
    article = newsextract.extract(_page("en", line, _EN_TEXT), url="https://x.example/a/1.html")
    assert article.authors == ()
