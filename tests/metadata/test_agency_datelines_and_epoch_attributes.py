"""Two readings of the page search added by wave 73d (``page_dates``): a Chinese agency's
dateline at the opening of the text ("（中央社記者…台北5日電）", "新华社北京3月5日电") dating
the page before a later day another step found (``agency_datelines``), and an instant since
1970 in a ``data-`` attribute named with a date word (``source_days.from_epoch_attribute``).
The blind pages are in ``test_blind_date_probes_73d``."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.metadata.agency_datelines import dateline_day


@pytest.mark.parametrize(
    ("html", "later", "want"),
    [
        # the day alone: the month and year of the later day
        (
            "<h1>x</h1><p>（中央社記者王小明台北5日電）市立",
            datetime(2024, 3, 6, 9, 10),
            datetime(2024, 3, 5),
        ),
        # the day alone after the later day's: the month before
        ("<h1>x</h1><p>（中央社台北31日電）市立", datetime(2024, 4, 2), datetime(2024, 3, 31)),
        # the month and the day, across a year's end
        ("<h1>x</h1><p>新华社北京12月30日电 市", datetime(2024, 1, 2), datetime(2023, 12, 30)),
        # wide digits
        ("<h1>x</h1><p>（中央社台北５日電）", datetime(2024, 3, 6), datetime(2024, 3, 5)),
        # the same day as the later one: nothing to change
        ("<h1>x</h1><p>（中央社台北6日電）", datetime(2024, 3, 6), None),
        # more than a month before: another story's (a quoted report)
        ("<h1>x</h1><p>新华社北京1月5日电", datetime(2024, 3, 6), None),
        # before the headline: a teaser's, not the story's
        ("<p>（中央社台北2日電）</p><h1>x</h1><p>市立", datetime(2024, 3, 6), None),
        # no day before the mark ("日電" in a company's name)
        ("<h1>x</h1><p>日電公司今天宣布", datetime(2024, 3, 6), None),
    ],
)
def test_dateline_day(html: str, later: datetime, want: datetime | None) -> None:
    assert dateline_day(html, later) == want


def _page(meta: str, first: str, head: str = "") -> str:
    return (
        f'<html lang="zh-TW"><head><meta charset="utf-8"><title>閱覽室</title>{head}</head>'
        f"<body><article><h1>市立圖書館開放新閱覽室</h1>{meta}<p>{first}市立圖書館在二樓開放"
        "新的閱覽室，設有長桌、安靜的隔間和百年來的地方報紙書架。</p></article></body></html>"
    )


def test_a_publication_meta_keeps_its_day_over_the_dateline() -> None:
    """A story filed before midnight and published after it: the publication's own stamp
    stays (the dateline overrules only a later day the page search found elsewhere)."""
    html = _page("", "（中央社台北4日電）", head='<meta name="pubdate" content="2024-03-05">')
    got = newsextract.extract(html, url="https://www.example.tw/news/a1")
    assert got.published is not None and got.published.date() == datetime(2024, 3, 5).date()


@pytest.mark.parametrize(
    "attribute",
    ['data-updated="1709705400"', 'data-end-time="1709705400"', 'data-id="1709705400"'],
)
def test_an_epoch_in_a_change_or_countdown_attribute_dates_nothing(attribute: str) -> None:
    """A later change's, a countdown's or an id's number is no publication."""
    html = (
        '<html lang="en"><head><title>Reading room</title></head><body><article>'
        f"<h1>Library opens its reading room</h1><span {attribute}>Soon</span><p>The town "
        "library opens its new reading room on the second floor, with long tables and quiet "
        "booths.</p></article></body></html>"
    )
    assert newsextract.extract(html, url="https://www.example.com/news/a1").published is None


def test_an_epoch_in_a_published_attribute_dates_the_page() -> None:
    html = (
        '<html lang="en"><head><title>Reading room</title></head><body><article>'
        '<h1>Library opens its reading room</h1><span data-publish-time="1709705400000">'
        "Yesterday</span><p>The town library opens its new reading room on the second floor, "
        "with long tables and quiet booths.</p></article></body></html>"
    )
    got = newsextract.extract(html, url="https://www.example.com/news/a1").published
    assert got is not None and got.date() == datetime(2024, 3, 6).date()
