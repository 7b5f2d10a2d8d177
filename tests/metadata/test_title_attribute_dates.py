"""A date element showing a relative time ("2 hours ago", "пре 2 сата") with the absolute
date in its ``title`` attribute (the tooltip): the tooltip is read as a written date."""

from __future__ import annotations

from datetime import datetime

import newsextract

_PAGE = """<!doctype html><html lang="{lang}"><head><title>Harbour ferry returns</title></head>
<body><article><h1>Harbour ferry returns</h1>
<div class="story-meta">{dates}</div>
<p>The harbour ferry returned to service on Tuesday after a winter of repairs to its engines
and a new landing stage at the north quay, the operator said.</p>
<p>Crossings run every twenty minutes at peak times, and bicycles travel free until the end
of the month.</p></article></body></html>"""


def _extract(dates: str, lang: str = "en") -> newsextract.Article:
    html = _PAGE.format(dates=dates, lang=lang)
    return newsextract.extract(html, url="https://harbour.example/ferry")


def test_a_time_element_showing_hours_ago_reads_its_title() -> None:
    article = _extract('Published <time title="June 11, 2024 9:15 AM">2 hours ago</time>')
    assert article.published == datetime(2024, 6, 11, 9, 15)


def test_an_update_label_before_the_element_makes_it_modified() -> None:
    dates = (
        '<span class="date">June 11, 2024 9:15 AM</span> '
        '<span class="updated">Updated <time title="June 11, 2024 1:40 PM">3 hrs ago</time></span>'
    )
    article = _extract(dates)
    assert article.published == datetime(2024, 6, 11, 9, 15)
    assert article.modified == datetime(2024, 6, 11, 13, 40)


def test_a_date_classed_span_in_serbian() -> None:
    dates = '<span class="article__date" title="уторак, 11.06.2024. 09:15">пре 2 сата</span>'
    assert _extract(dates, "sr").published == datetime(2024, 6, 11, 9, 15)


def test_a_date_shown_as_text_keeps_the_text() -> None:
    dates = '<time title="June 1, 2024 8:00 AM">June 11, 2024 9:15 AM</time>'
    assert _extract(dates).published == datetime(2024, 6, 11, 9, 15)


def test_a_day_shown_takes_its_time_and_offset_from_the_tooltip() -> None:
    """A Hugo theme's post meta: the day shown, the stamp with its time and zone in the
    tooltip."""
    dates = "<span title='2024-06-11 09:15:00 +0200 CEST'>11. Juni 2024</span> · 4 Minuten"
    article = _extract(dates, lang="de")
    assert article.published is not None
    assert article.published.isoformat() == "2024-06-11T09:15:00+02:00"


def test_a_tooltip_of_another_day_lends_no_time() -> None:
    dates = "<span title='2024-06-12 09:15:00 +0200'>11. Juni 2024</span>"
    article = _extract(dates, lang="de")
    assert article.published == datetime(2024, 6, 11)


def test_a_tooltip_without_a_time_adds_nothing_to_the_day_shown() -> None:
    dates = '<span title="11.06.2024">11. Juni 2024</span>'
    article = _extract(dates, lang="de")
    assert article.published == datetime(2024, 6, 11)


def test_a_clock_icon_titled_as_the_update_labels_the_date_after_it() -> None:
    """MkDocs Material's revision dates after the text: an empty icon whose tooltip is the
    label, then the date; the update's icon makes its date the modified one."""
    facts = (
        '<aside class="md-source-file"><span class="md-source-file__fact">'
        '<span class="md-icon" title="Last update"></span> '
        '<span class="git-revision-date">June 12, 2024</span></span></aside>'
    )
    html = _PAGE.format(dates="June 11, 2024 9:15 AM", lang="en").replace(
        "</article>", f"{facts}</article>"
    )
    article = newsextract.extract(html, url="https://harbour.example/ferry")
    assert article.published == datetime(2024, 6, 11, 9, 15)
    assert article.modified == datetime(2024, 6, 12)


def test_an_icon_with_text_of_its_own_gives_no_label() -> None:
    dates = '<a href="/edit" title="Last update">Edit</a> <span class="date">June 11, 2024</span>'
    article = _extract(dates)
    assert article.published == datetime(2024, 6, 11)
    assert article.modified is None
