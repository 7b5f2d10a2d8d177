"""Gaps found on unseen-language probe pages: dates' marks, zones, day periods and months,
and a byline of adjacent author links (invented pages and names)."""

from datetime import datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.dates import parse_text_date

_FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do eiusmod. " * 8


def _page(lang: str, date_line: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Story</title></head><body><article>'
        f'<h1>A headline of the story here</h1><p class="date">{date_line}</p>'
        f"<p>{_FILLER}</p><p>{_FILLER}</p></article></body></html>"
    )


def _tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a month's name with a combining mark no precomposed letter has (Yoruba March)
        ("5 Ẹrẹ̀nà 2024, 14:30", "yo", datetime(2024, 3, 5, 14, 30)),
        # BST: Bangladesh Standard Time on a Bengali page, British Summer Time elsewhere
        ("5 March 2024, 10:30 BST", "bn", datetime(2024, 3, 5, 10, 30, tzinfo=_tz(6))),
        ("5 July 2024, 10:30 BST", "en", datetime(2024, 7, 5, 10, 30, tzinfo=_tz(1))),
        ("5 July 2024, 10:30 BST", None, datetime(2024, 7, 5, 10, 30, tzinfo=_tz(1))),
        # a part of the day's initials with dots (Filipino "ng hapon": afternoon)
        ("Marso 5, 2024, 2:30 n.h.", "tl", datetime(2024, 3, 5, 14, 30)),
        ("Marso 5, 2024, 9:15 n.u.", "tl", datetime(2024, 3, 5, 9, 15)),
        # an hour's word between the time and its zone (Bulgarian "ч.")
        (
            "5 март 2024, 14:30 ч. (българско време)",
            "bg",
            datetime(2024, 3, 5, 14, 30, tzinfo=_tz(2)),
        ),
        ("5 юли 2024, 14:30 ч.", "bg", datetime(2024, 7, 5, 14, 30)),
        # a language dateparser lacks: its file's months, never another language's
        ("3 mas 2025", "ht", datetime(2025, 3, 3)),
        ("3 desanm 2024", "ht", datetime(2024, 12, 3)),
    ],
)
def test_written_dates(text: str, language: str | None, want: datetime) -> None:
    assert parse_text_date(text, language) == want


def test_ambiguous_month_word_unread_on_a_language_without_data() -> None:
    # "mas" names March (Zulu) and June (Ewe): on a page of a language dateparser has no
    # data for and whose file lists no months, it is not read as either
    from newsextract.dating.words import month_number

    assert month_number("mas", "ht") == 3  # its own file's month
    assert month_number("mas", "xq") is None  # a code with no data at all
    assert month_number("march", "xq") == 3  # one month in every language


@pytest.mark.parametrize(
    ("lang", "line", "want"),
    [
        ("bn", "৫ মার্চ ২০২৪, ১০:৩০ BST", datetime(2024, 3, 5, 10, 30, tzinfo=_tz(6))),
        ("tl", "Marso 5, 2024, 2:30 n.h.", datetime(2024, 3, 5, 14, 30)),
        (
            "bg",
            "5 март 2024, 14:30 ч. (българско време)",
            datetime(2024, 3, 5, 14, 30, tzinfo=_tz(2)),
        ),
    ],
)
def test_page_dates(lang: str, line: str, want: datetime) -> None:
    article = newsextract.extract(_page(lang, line), url="https://news.example.org/a/story")
    assert article.published == want


def test_adjacent_author_links_with_particles() -> None:
    html = (
        '<html lang="nl"><head><title>Story</title></head><body><article>'
        "<h1>Story headline here</h1>"
        '<div class="byline">Door <a href="/auteur/jvdb">Jan van der Berg</a>'
        '<a href="/auteur/sob">Seán Ó Briain</a></div>'
        f"<p>{_FILLER}</p></article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example.org/a/story")
    assert article.authors == ("Jan van der Berg", "Seán Ó Briain")
    assert article.byline is not None
    assert "Seán Ó Briain" in article.byline and "Jan van der Berg" in article.byline


@pytest.mark.parametrize("agency", ["PNA", "Montsame", "KPL", "APP", "BelTA"])
def test_national_agency_in_a_dateline(agency: str) -> None:
    html = (
        '<html lang="en"><head><title>Story</title></head><body><article>'
        "<h1>Port reopens after the storm passes</h1>"
        f"<p>HARBOUR CITY ({agency}) — The port reopened on Tuesday. {_FILLER}</p>"
        f"<p>{_FILLER}</p></article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example.org/a/story")
    assert article.source == agency


def test_whole_page_search_reads_no_disputed_month() -> None:
    # the whole-page date search knows no page language: "mas" (Zulu March, Ewe June) is
    # left to the written date's reading in the page's own language (Haitian March)
    from newsextract.dating.words import settled_month_numbers

    assert "mas" not in settled_month_numbers()
    assert settled_month_numbers()["mac"] == 3  # Malay and ten others' March, one's February
    assert settled_month_numbers()["listopad"] == 11  # disputed, but Polish (a priority language)
    article = newsextract.extract(_page("ht", "3 mas 2025"), url="https://news.example.org/a/b")
    assert article.published == datetime(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "language", "hours"),
    [
        ("10:30 BST, 5 March 2024", "en", 1),  # the zone between the time and the day
        ("10:30 BST March 5, 2024", "bn", 6),
        ("Tuesday 5 March 2024 10.30 BST", "en", 1),
        ("Tuesday 5 March 2024 10.30 BST", "bn", 6),
    ],
)
def test_bst_anywhere_in_the_span(text: str, language: str, hours: int) -> None:
    assert parse_text_date(text, language) == datetime(2024, 3, 5, 10, 30, tzinfo=_tz(hours))
