"""Two date forms the second blind date probe found misread (issue 12): an update label in
brackets after a date, its own date inside the bracket ("2024年3月5日 10時30分（最終更新
2024年3月5日 12時00分）"), was given to the first date, so the update's time became the
publication's; and Taiwan's years of the Republic of China written without the era's name
("113年3月5日", 2024) gave no date, and "113/03/05 15:20" gave 5 March 2013. Every text
here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract

_TEXT = "市立図書館は二階に新しい閲覧室を開く。長い机と静かなブース、百年分の地元紙の棚が並ぶ。"
_TEXT_TW = "市立圖書館在二樓開放新的閱覽室，設有長桌、安靜的隔間和一個世紀以來的本地報紙書架。"


def _page(lang: str, line: str, text: str) -> str:
    body = "".join(f"<p>{text} {text}</p>" for _ in range(3))
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>閲覧室 | 地方紙</title></head>'
        f'<body><main><article><h1>新しい閲覧室</h1><div class="meta">{line}</div>'
        f"{body}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        (
            "2024年3月5日 10時30分（最終更新 2024年3月5日 12時00分）",
            datetime(2024, 3, 5, 10, 30),
            datetime(2024, 3, 5, 12, 0),
        ),
        (
            "2024年3月5日 10時30分（最終更新 3月5日 12時00分）",
            datetime(2024, 3, 5, 10, 30),
            datetime(2024, 3, 5, 12, 0),
        ),
        # a label the bracket closes stays its date's
        (
            "2024年3月5日 10時30分（配信） 2024年3月6日 12時00分（更新）",
            datetime(2024, 3, 5, 10, 30),
            datetime(2024, 3, 6, 12, 0),
        ),
    ],
)
def test_a_bracketed_update_label_opens_the_date_inside_its_bracket(
    line: str, published: datetime, modified: datetime
) -> None:
    article = newsextract.extract(_page("ja", line, _TEXT), url="https://chiho.example.jp/a/1")
    assert article.published == published
    assert article.modified == modified


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("發布時間：113年3月5日 下午3:20", datetime(2024, 3, 5, 15, 20)),
        ("113年03月05日", datetime(2024, 3, 5)),
        ("中華民國113年3月5日 15:20", datetime(2024, 3, 5, 15, 20)),
        # in numbers with a time after them, no label before (read as 2013 before)
        ("113/03/05 15:20", datetime(2024, 3, 5, 15, 20)),
        ("113.3.5 9:05", datetime(2024, 3, 5, 9, 5)),
    ],
)
def test_a_minguo_year_without_the_eras_name_is_read(line: str, published: datetime) -> None:
    page = _page("zh-TW", line, _TEXT_TW)
    assert newsextract.extract(page, url="https://gangdu.example.com.tw/n/1").published == (
        published
    )


def test_a_count_of_years_before_a_day_is_no_minguo_year() -> None:
    page = _page("zh-TW", "建校113年，3月5日舉行", _TEXT_TW)
    assert newsextract.extract(page, url="https://gangdu.example.com.tw/n/2").published is None


def test_a_longer_number_before_the_digits_is_no_minguo_year() -> None:
    from newsextract.dating.calendars import without_prefixes

    assert without_prefixes("2113/03/05 15:20") == "2113/03/05 15:20"
    assert without_prefixes("113/03/05 15:20") == "2024/03/05 15:20"
    assert without_prefixes("2113年3月5日") == "2113年3月5日"
