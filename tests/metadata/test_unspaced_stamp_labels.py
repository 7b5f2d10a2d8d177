"""A page's stamp under a label glued into one word in a script written without spaces
("投稿日時:", "posted" and "date and time"; "发表时间:"): a publication or update label opening
the word makes it a date's label, not an event's or an offer's data label ("開催日時:", "held
on", stays one). Invented pages in Japanese, Chinese and Thai."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.language_probes.kit import news_cms

import newsextract

_TEXT = {
    "ja": "ボランティアは週末に川岸に沿って四百本の若いオークを植え、市議会は最初の乾燥した夏の間"
    "ずっと水をやると約束した。",
    "zh": "志愿者周末在河岸种下了四百棵小橡树，市议会承诺在第一个干旱的夏天给它们浇水。",
    "th": "อาสาสมัครปลูกต้นโอ๊กอ่อนสี่ร้อยต้นริมฝั่งแม่น้ำในช่วงสุดสัปดาห์ และสภาเมืองสัญญาว่าจะรดน้ำตลอดฤดูร้อนแรก",
}


def _page(lang: str, line: str) -> str:
    return news_cms(
        lang, "川岸 | 新聞", "川岸の若いオーク", (_TEXT[lang],) * 3, site="新聞", meta=line
    )


@pytest.mark.parametrize(
    ("lang", "line", "published", "modified"),
    [
        ("ja", "投稿日時: 2024年3月5日 14:30", datetime(2024, 3, 5, 14, 30), None),
        ("ja", "配信日時: 2024/03/05 14:30", datetime(2024, 3, 5, 14, 30), None),
        (
            "ja",
            "公開日 2024年3月1日 更新日時: 2024年3月5日 14:30",
            ...,
            datetime(2024, 3, 5, 14, 30),
        ),
        ("zh", "发表时间: 2024年3月5日 14:30", datetime(2024, 3, 5, 14, 30), None),
        ("zh", "發布日期: 2024-03-05 14:30", datetime(2024, 3, 5, 14, 30), None),
        ("th", "เผยแพร่เมื่อ: 5 มีนาคม 2567 14:30 น.", datetime(2024, 3, 5, 14, 30), None),
    ],
)
def test_glued_stamp_label(lang: str, line: str, published: object, modified: object) -> None:
    article = newsextract.extract(
        _page(lang, f'<span class="date">{line}</span>'), url="https://kawa.example.jp/a/1"
    )
    if published is not ...:
        assert article.published == published
    assert article.modified == modified


def test_event_label_stays_data() -> None:
    """ "開催日時" ("held on") opens with no stamp's label: the event's hour is not the page's."""
    article = newsextract.extract(
        _page("ja", '<span class="date">開催日時: 2024年6月15日 14:30</span>'),
        url="https://kawa.example.jp/a/1",
    )
    assert article.published is None or article.published.hour == 0
