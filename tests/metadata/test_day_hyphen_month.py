"""Dates written with hyphens: a day joined to its month's name, as Uzbek writes it ("3-mart
2025, 14:20"), and a two-digit year after hyphens with a time (Dutch "03-03-25, 14:20"),
are dates with their time."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract.dates import find_text_date, parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3-mart 2025, 14:20", "uz", datetime(2025, 3, 3, 14, 20)),
        ("12-may 2024 09:05", "uz", datetime(2024, 5, 12, 9, 5)),
        ("3-mart 2025-yil, 14:20", "uz", datetime(2025, 3, 3, 14, 20)),
        ("5. März 2024, 10:30", "de", datetime(2024, 3, 5, 10, 30)),  # unchanged
    ],
)
def test_a_day_hyphen_month_date(text: str, language: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected


def test_an_uzbek_post_date_is_read() -> None:
    page = article_page(
        "uz",
        "Toshkentda yangi metro liniyasi qurilishi boshlandi",
        '<div class="entry-meta"><span class="posted-on">3-mart 2025, 14:20</span></div>'
        "<p>Toshkent shahrida yangi metro liniyasi qurilishi boshlandi, unda sakkiz bekat bor.</p>"
        "<p>Qurilish ishlari 2027-yilda yakunlanishi rejalashtirilgan.</p>",
    )
    assert newsextract.extract(page).published == datetime(2025, 3, 3, 14, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03-03-25, 14:20", datetime(2025, 3, 3, 14, 20)),  # Dutch pages
        ("05.03.24 | 10:30", datetime(2024, 3, 5, 10, 30)),  # unchanged
    ],
)
def test_a_two_digit_year_with_hyphens_before_a_time(text: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, "nl") == expected


def test_a_two_digit_year_with_hyphens_and_no_time_is_no_date() -> None:
    assert find_text_date("versie 1-2-34") is None
