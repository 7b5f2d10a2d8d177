"""An entry's stamp written as a span of two timed stamps after a wave dash ("2024/03/05 14:20
〜 2024/03/07 09:10"): its first writing, then its last edit. A span of days alone (an
event's, a sale's) dates no edit."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import filler

import newsextract

URL = "https://dict.example.org/entry/harbour-market"


def _entry(lang: str, stamp: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>harbour market</title></head>'
        '<body><h1 id="title">harbour market</h1><ul id="entries"><li data-id="7">'
        f'<div class="content">{filler("market")}</div><footer><div class="info">'
        f'<a class="entry-date" href="/entry/7">{stamp}</a><a class="entry-author" href="#">'
        "umi</a></div></footer></li></ul></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [("ja", "2024/03/05 14:20 〜 2024/03/07 09:10"), ("fi", "05.03.2024 14:20 ~ 07.03.2024 09:10")],
)
def test_a_span_of_two_stamps_is_the_first_writing_and_the_edit(lang: str, stamp: str) -> None:
    article = newsextract.extract(_entry(lang, stamp), URL)
    assert article.published is not None and article.modified is not None
    assert article.published.replace(tzinfo=None) == datetime(2024, 3, 5, 14, 20)
    assert article.modified.replace(tzinfo=None) == datetime(2024, 3, 7, 9, 10)


def test_a_span_of_days_is_no_edit() -> None:
    article = newsextract.extract(_entry("ja", "2024/03/05 〜 2024/03/07"), URL)
    assert article.modified is None
