"""A label written right after the date it labels (Japanese "2024年3月5日 10時30分 公開"):
the language files' ``labels_after_date``."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract import labels, language_files

_PAGE = """<html lang="ja"><head><title>川沿いに新しい自転車道が開通</title></head><body><main>
<h1>川沿いに新しい自転車道が開通</h1><div class="info">{line}</div>
<p>市は5日、川沿いの旧道を改修した自転車道の供用を始めた。全長は約4キロで、駅と市立中学校を結ぶ。
これまで自転車は車道を走るしかなく、住民から安全な通学路を求める声が上がっていた。</p></main></body></html>"""


@pytest.mark.parametrize(
    "line",
    [
        "2024年3月5日 10時30分 公開 2024年3月7日 9時00分 更新",
        "2024年3月5日 10:30 配信（2024年3月7日 9:00 更新）",
        # labels before the dates, as they are written with a colon or "日": unchanged
        "公開日：2024年3月5日 10:30 更新日：2024年3月7日 9:00",
        # a date with its label before it keeps it, whatever follows
        "更新 2024年3月7日 9:00 公開 2024年3月5日 10:30",
    ],
)
def test_published_and_modified(line: str) -> None:
    article = newsextract.extract(_PAGE.format(line=line))
    assert article.published == datetime(2024, 3, 5, 10, 30)
    assert article.modified == datetime(2024, 3, 7, 9, 0)


def test_the_list_is_published_or_updated_labels() -> None:
    assert "公開" in labels.labels_after_date()
    with pytest.raises(ValueError, match="labels_after_date"):
        language_files._labels_after(
            "xx", {"published": ["a"], "updated": [], "labels_after_date": ["b"]}
        )
