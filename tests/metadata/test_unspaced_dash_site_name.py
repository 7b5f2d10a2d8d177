"""A Chinese or Japanese portal's name after a dash set without spaces ("标题-江城新闻网"),
or before one ("江城新闻网-标题"): cut where that part names the site (site_names.py
``_unspaced_dash``)."""

from __future__ import annotations

import pytest

from newsextract.metadata.site_names import strip_site_name

SITE = ["江城新闻网"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("老城区将新建三座公园-江城新闻网", "老城区将新建三座公园"),
        ("老城区将新建三座公园—江城新闻网", "老城区将新建三座公园"),
        # a dash inside the headline, no site after it: kept
        ("日本-中国関係の新しい段階", "日本-中国関係の新しい段階"),
        ("老城区将新建三座公园-其他网站", "老城区将新建三座公园-其他网站"),
    ],
)
def test_the_site_after_an_unspaced_dash_is_cut(title: str, expected: str) -> None:
    assert strip_site_name(title, SITE) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("江城新闻网-老城区将新建三座公园", "老城区将新建三座公园"),
        ("江城新闻网－老城区将新建三座公园", "老城区将新建三座公园"),
        # the site's name first, a dash inside the headline after it: cut at the first
        ("江城新闻网-日本-中国関係の新しい段階", "日本-中国関係の新しい段階"),
        # another site's name first: kept
        ("其他网站-老城区将新建三座公园", "其他网站-老城区将新建三座公园"),
    ],
)
def test_the_site_before_an_unspaced_dash_is_cut(title: str, expected: str) -> None:
    assert strip_site_name(title, SITE) == expected
