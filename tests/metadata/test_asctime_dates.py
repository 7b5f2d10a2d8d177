"""A date in C's asctime order, its time (and zone) between the day and the year: "Mon Mar  4
09:34:12 CET 2024", as Unix ``date`` and mail archives print it, and a header that sets its
day, its time and its year in elements of their own ("Mär 04 · 09:34 · 2023"). Read as the
date it is, in every language whose month names dateparser's data has. Pages invented."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.dates import find_text_date, parse_text_date
from newsextract.dating.spaced_parts import with_year_before_time
from newsextract.metadata.short_text_days import short_text_day

_TEXT = "<p>" + "The club rides out every Saturday from the station square at nine. " * 4


def _split_header(lang: str, month_day: str, clock: str, year: str) -> str:
    """A theme's header: the month and day, the time and the year each in a span of its own."""
    return (
        f'<html lang="{lang}"><head><title>Season opens</title></head><body>'
        '<div class="entry-top"><h1>Season opens</h1>\n<span class="entry-stamp">\n'
        f'<span class="stamp-day"><span>{month_day}</span></span>\n'
        f'<span class="stamp-rest"><span class="stamp-clock">{clock}</span>\n'
        f'<span class="stamp-year">{year}</span></span>\n'
        '<span class="stamp-by"><strong>Desk</strong></span></span></div>'
        f"{_TEXT}</p></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "month_day"),
    [("en", "Mar 04"), ("de", "Mär 04"), ("fr", "mars 04"), ("nl", "mrt 04"), ("es", "mar 04")],
)
def test_a_header_with_day_time_and_year_apart(lang: str, month_day: str) -> None:
    page = _split_header(lang, month_day, "09:34", "2023")
    article = newsextract.extract(page, url="https://cycleclub.example.ch/news/season.html")
    assert article.published == datetime(2023, 3, 4, 9, 34)


def _mail_archive(stamp: str) -> str:
    """A mail archive's message page (pipermail's layout): the date in an unclassed <i>."""
    return (
        "<html><head><title> [build-dev] linking fails</title></head><body>"
        "<h1>[build-dev] linking fails</h1><b>Jane Roe</b> "
        '<a href="mailto:jane%40example.org">jane at example.org</a><br>'
        f"<i>{stamp}</i><p><ul><li>Previous message: "
        '<a href="000123.html">[build-dev] other</a></li></ul><hr><pre>Hello list,\n'
        "I tried the patch and the build still fails at the linking step with the same "
        "message as before. Any idea what else to check?\nRegards</pre><hr></body></html>"
    )


@pytest.mark.parametrize(
    "stamp", ["Mon Mar  4 09:34:12 CET 2024", "Mon Mar 4 09:34:12 2024", "Mon Mar 4 09:34 2024"]
)
def test_a_mail_archives_date(stamp: str) -> None:
    url = "https://lists.example.org/pipermail/build-dev/2024-March/000124.html"
    published = newsextract.extract(_mail_archive(stamp), url=url).published
    assert published is not None and published.date() == datetime(2024, 3, 4).date()


def test_the_reordered_span_keeps_its_length_and_place() -> None:
    text = "Posted Mon Mar  4 09:34:12 CET 2024 by Jane"
    moved = with_year_before_time(text)
    assert len(moved) == len(text)
    assert moved.startswith("Posted Mon Mar  4 2024") and moved.endswith(" by Jane")
    assert find_text_date(text) is not None
    assert parse_text_date("Mar 4 09:34:12 2024", "en") == datetime(2024, 3, 4, 9, 34, 12)
    assert short_text_day("Mon Mar 4 09:34:12 2024") == datetime(2024, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Score 4 10:30 2024",  # no month's name: moved, but nothing reads it as a date
        "Open 9 10:30",  # no year
        "Mar 4 10:30 1727",  # no year of the web
        "Mar 4 10:30 20245",  # the digits run on
    ],
)
def test_what_is_no_asctime_date(text: str) -> None:
    assert parse_text_date(text, "en") is None
