"""A page dated only by a relative stamp ("3 hours ago", "vor 2 Tagen", "3 saat önce") is
dated back from when it was fetched (``fetched_at``), as precise as the stamp; without a
fetch time it has no date (``extract`` never reads the clock); a source's own date wins."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.dates import parse_text_date

FETCHED = datetime(2024, 3, 5, 14, 47, 30, tzinfo=UTC)


def _story(stamp: str, *, lang: str = "en", head: str = "", related: str = "") -> str:
    """A local paper's story whose only date is the stamp in its meta line (invented)."""
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Ferry returns</title>{head}'
        '</head><body><article><h1>Ferry returns to the harbour</h1><div class="post-meta">'
        f'<span class="posted-on">{stamp}</span></div><p>The old ferry came back to the '
        "harbour on Tuesday after a winter in the dry dock, repainted and with a new engine."
        "</p><p>Its first crossing of the season leaves at nine, the harbour master said.</p>"
        f"</article>{related}</body></html>"
    )


@pytest.mark.parametrize(
    ("stamp", "lang", "want", "precision"),
    [
        ("3 hours ago", "en", datetime(2024, 3, 5, 11, 0, tzinfo=UTC), "hour"),
        ("vor 25 Minuten", "de", datetime(2024, 3, 5, 14, 22, tzinfo=UTC), "minute"),
        ("il y a 2 jours", "fr", datetime(2024, 3, 3), "day"),
        ("3 saat önce", "tr", datetime(2024, 3, 5, 11, 0, tzinfo=UTC), "hour"),
        ("2 недели назад", "ru", datetime(2024, 2, 20), "day"),
        ("3小时前", "zh", datetime(2024, 3, 5, 11, 0, tzinfo=UTC), "hour"),
    ],
)
def test_a_relative_stamp_dates_the_page_back_from_the_fetch(
    stamp: str, lang: str, want: datetime, precision: str
) -> None:
    article = newsextract.extract(_story(stamp, lang=lang), fetched_at=FETCHED)
    assert article.published == want
    assert article.provenance["published"] == f"text:relative-stamp:{precision}"


def test_without_a_fetch_time_a_relative_stamp_gives_no_date() -> None:
    assert newsextract.extract(_story("3 hours ago")).published is None


def test_a_fetch_time_without_an_offset_is_utc() -> None:
    naive = FETCHED.replace(tzinfo=None)
    article = newsextract.extract(_story("3 hours ago"), fetched_at=naive)
    assert article.published == datetime(2024, 3, 5, 11, 0, tzinfo=UTC)


def test_the_fetch_time_keeps_its_offset() -> None:
    cet = timezone(timedelta(hours=1))
    article = newsextract.extract(_story("3 hours ago"), fetched_at=FETCHED.astimezone(cet))
    assert article.published == datetime(2024, 3, 5, 12, 0, tzinfo=cet)


def test_a_source_date_wins_over_the_stamp() -> None:
    node = {"@context": "https://schema.org", "@type": "NewsArticle"}
    node["datePublished"] = "2024-03-01T09:15:00+00:00"
    head = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    article = newsextract.extract(_story("3 hours ago", head=head), fetched_at=FETCHED)
    assert article.published == datetime(2024, 3, 1, 9, 15, tzinfo=UTC)


def test_a_related_story_stamp_is_not_the_page_date() -> None:
    related = (
        '<aside class="sidebar"><ul><li><a href="/other">Harbour fees rise</a>'
        '<span class="date">2 hours ago</span></li></ul></aside>'
    )
    html = _story("", related=related)
    assert newsextract.extract(html, fetched_at=FETCHED).published is None


def test_a_stamp_older_than_the_web_is_no_date() -> None:
    article = newsextract.extract(_story("60 years ago"), fetched_at=FETCHED)
    assert article.published is None


def test_the_fetch_time_is_checked() -> None:
    with pytest.raises(newsextract.OptionError, match="fetched_at"):
        newsextract.extract(_story("3 hours ago"), fetched_at="yesterday")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["10h15", "20/02/2027 10h15", "há 3 horas", "hace 2 días"])
def test_a_written_date_is_never_read_against_the_clock(text: str) -> None:
    """dateparser's relative and no-spaces parsers read a clock time or a stamp against the
    clock ("10h15" as ten hours fifteen ago, or as 5 January 2010): such text gives no date,
    so a page extracts the same on every run."""
    assert parse_text_date(text, "pt") is None
