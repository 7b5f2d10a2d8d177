"""Dates in layouts and languages the dev sets lack (issue 12, unseen pages): an ambiguous
zone read by the page's country, a time no data can read leaving the day, a written zone
lent to a source without one. (The forms of the time beside a day, parts of the day, a
year's abbreviation, the time first, are rows of test_dates.py's table.)"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.dates import find_text_date, parse_text_date, read_written_date
from newsextract.dating.zones import page_countries

INDIA = timezone(timedelta(hours=5, minutes=30))


def _read(text: str, language: str | None, countries: frozenset[str] = frozenset()) -> object:
    span = find_text_date(f"Publicado: {text}")
    assert span is not None, text
    return parse_text_date(span, language, countries)


@pytest.mark.parametrize(
    ("text", "language", "countries", "expected"),
    [
        # India Standard Time on an Indian page in English and in Hindi.
        ("5 March 2024, 10:30 AM IST", "en", {"IN"}, datetime(2024, 3, 5, 10, 30, tzinfo=INDIA)),
        ("05 मार्च 2024, 10:30 IST", "hi", {"IN"}, datetime(2024, 3, 5, 10, 30, tzinfo=INDIA)),
        # Irish Summer Time and Israel Standard Time on their countries' pages.
        (
            "5 July 2024, 10:30 IST",
            "en",
            {"IE"},
            datetime(2024, 7, 5, 10, 30, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            "5 March 2024, 10:30 IST",
            "en",
            {"IL"},
            datetime(2024, 3, 5, 10, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
        # The other abbreviations the tz database gives several offsets.
        (
            "March 5, 2024 5:12 p.m. CST",
            "en",
            {"US"},
            datetime(2024, 3, 5, 17, 12, tzinfo=timezone(timedelta(hours=-6))),
        ),
        (
            "July 5, 2024 5:12 p.m. CDT",
            "en",
            {"US"},
            datetime(2024, 7, 5, 17, 12, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            "March 5, 2024 5:12 p.m. PST",
            "en",
            {"PH"},
            datetime(2024, 3, 5, 17, 12, tzinfo=timezone(timedelta(hours=8))),
        ),
        (
            "2024年3月5日 10:30 CST",
            "zh",
            {"CN"},
            datetime(2024, 3, 5, 10, 30, tzinfo=timezone(timedelta(hours=8))),
        ),
        # No country, or signals pointing to two of its countries: the wall clock alone.
        ("5 March 2024, 10:30 AM IST", "en", set(), datetime(2024, 3, 5, 10, 30)),
        ("5 March 2024, 10:30 AM IST", "en", {"IN", "IE"}, datetime(2024, 3, 5, 10, 30)),
    ],
)
def test_an_ambiguous_zone_is_read_by_the_page_country(
    text: str, language: str, countries: set[str], expected: datetime
) -> None:
    assert _read(text, language, frozenset(countries)) == expected


@pytest.mark.parametrize(
    ("html_lang", "host", "language", "expected"),
    [
        ("en-IN", "www.example.com", "en", {"IN"}),
        ("en", "www.example.in", "en", {"IN"}),
        ("en-US", "news.example.co.il", "en", {"US", "IL"}),
        (None, "www.example.com", "hi", {"IN"}),
        (None, "www.example.com", "he", {"IL"}),
        (None, None, "en", set()),
        # A generic top-level domain names no country.
        ("en", "example.news", None, set()),
    ],
)
def test_the_page_country_comes_from_its_lang_host_and_language(
    html_lang: str | None, host: str | None, language: str | None, expected: set[str]
) -> None:
    assert page_countries(html_lang, host, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("5 March 2024 by Smith, 10:30", "en"),
        ("5. März 2024 Berlin, 10:30 Uhr", "de"),
        ("5 mars 2024 Paris | 10h30", "fr"),
        ("March 5, 2024 Staff, 10:30 am", "en"),
    ],
)
def test_a_time_that_cannot_be_read_leaves_the_day(text: str, language: str) -> None:
    """Words between a day and its time that no data knows: the day without its time."""
    assert _read(text, language) == datetime(2024, 3, 5)


def test_a_written_zone_gives_a_source_without_offset_its_offset() -> None:
    """A <meta> time without an offset and the same wall clock written with "IST" on an
    Indian page: the publication is that time at +05:30."""
    paragraph = "<p>" + "इंदौर मेट्रो का ट्रायल रन मंगलवार को सफलतापूर्वक पूरा हो गया। " * 4 + "</p>"
    html = (
        '<html lang="hi"><head><meta charset="utf-8"><title>मेट्रो का ट्रायल रन पूरा</title>'
        '<meta property="article:published_time" content="2024-03-05T10:30:00"></head><body>'
        '<article><h1>मेट्रो का ट्रायल रन पूरा</h1><div class="article-date">05 मार्च 2024, 10:30 IST'
        f"</div>{paragraph * 3}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://www.nagarkhabar.example.in/rajya/metro")
    assert article.published == datetime(2024, 3, 5, 10, 30, tzinfo=INDIA)


@pytest.mark.parametrize(
    ("span", "language"),
    [("12 квітня 2024 р., 18:40", "uk"), ("12 квітня 2024 року о 18:40", "uk")],
)
def test_a_word_for_year_before_the_time_is_read_without_dateparser(
    span: str, language: str
) -> None:
    """dateparser's words for "year" are filler between a day and its time: the plain reader
    reads the span (dateparser costs milliseconds a call)."""
    assert read_written_date(span, language) == datetime(2024, 4, 12, 18, 40)
