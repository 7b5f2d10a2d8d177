"""A blog theme's calendar badge: the day, the month's name and the year in elements of their
own, set apart by slashes ("12 / MAR / 2024"), is the post's date; a fraction or a day in
numbers keeps its reading."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract
from newsextract.dates import find_text_dates


@pytest.mark.parametrize(
    ("text", "day"),
    [("12 / MAR / 2024", "12   MAR   2024"), ("3/Okt/2022", "3 Okt 2022")],
)
def test_a_slashed_badge_reads_as_its_day(text: str, day: str) -> None:
    assert [found.span for found in find_text_dates(text)] == [day]


@pytest.mark.parametrize("text", ["1/2 cup of flour", "mix 3/4 of it"])
def test_a_fraction_is_no_date(text: str) -> None:
    assert list(find_text_dates(text)) == []


def test_a_posts_badge_date_is_its_published_day() -> None:
    badge = (
        "<div class='post-date-badge'><span class='d'>12</span> / <span class='m'>MAR</span>"
        " / <span class='y'>2024</span></div>"
    )
    page = article_page("en", "The bridge reopens", badge + filler("bridge"))
    article = newsextract.extract(page, "https://riverpath.example.org/bridge-reopens/")
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-03-12"
