"""A relative time shown ("3小时前", "3 hours ago") with the instant in seconds since 1970 in
a ``data-timestamp``-style attribute (Chinese portals): before, the page's date was its URL's
day at midnight; the attribute gives the instant (metadata probe round 10)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.metadata.pages import article_page, filler

import newsextract
from newsextract.dates import parse_text_date


def _page(attribute: str, shown: str) -> str:
    inner = (
        f'<div class="article-info"><span class="author">作者：王丽</span>'
        f'<span class="time" {attribute}>{shown}</span></div>{filler("地铁")}'
    )
    return article_page("zh-CN", "杭州新地铁线路开通运营", inner)


URL = "https://news.example.cn/a/20250303/98765.html"


def test_an_epoch_attribute_gives_the_instant() -> None:
    article = newsextract.extract(_page('data-timestamp="1740982800"', "3小时前"), url=URL)
    assert article.published == datetime(2025, 3, 3, 6, 20, tzinfo=UTC)


def test_milliseconds_too() -> None:
    article = newsextract.extract(_page('data-time="1740982800000"', "3小时前"), url=URL)
    assert article.published == datetime(2025, 3, 3, 6, 20, tzinfo=UTC)


def test_a_number_that_is_no_epoch_is_left_alone() -> None:
    article = newsextract.extract(_page('data-time="12345"', "3小时前"), url=URL)
    assert article.published == datetime(2025, 3, 3)


def test_an_epoch_span_stays_an_instant() -> None:
    assert parse_text_date("1740982800", "zh") == datetime(2025, 3, 3, 6, 20, tzinfo=UTC)


def test_a_relative_day_in_words_keeps_its_epoch_attribute() -> None:
    """ "昨天" ("yesterday") has no digit: the element is read for its attribute all the same,
    in milliseconds too."""
    for attribute in ('data-timestamp="1740982800"', 'data-time="1740982800000"'):
        article = newsextract.extract(_page(attribute, "昨天"), url=URL)
        assert article.published == datetime(2025, 3, 3, 6, 20, tzinfo=UTC)
