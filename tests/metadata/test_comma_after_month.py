"""A comma after the month's name of a day-first date ("3 March, 2025 14:20", Indian and
British pages; "3. marts, 2025", Latvian; "৩ মার্চ, ২০২৫", Bangladeshi) is a date with its
time; it was no date at all."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract.dates import find_text_date, parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3 March, 2025 14:20", "en", datetime(2025, 3, 3, 14, 20)),
        ("Updated: 3rd March, 2025 02:20 PM", "en", datetime(2025, 3, 3, 14, 20)),
        ("3. marts, 2025 14:20", "lv", datetime(2025, 3, 3, 14, 20)),
        ("৩ মার্চ, ২০২৫ ১৪:২০", "bn", datetime(2025, 3, 3, 14, 20)),
        ("3 March, 2025", None, datetime(2025, 3, 3)),
    ],
)
def test_a_comma_after_the_month(text: str, language: str | None, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected


def test_a_page_dated_with_a_comma_after_the_month() -> None:
    page = article_page(
        "en",
        "City council approves new bus depot",
        '<div class="byline">By Priya Nair</div><div class="date">3 March, 2025 14:20</div>'
        "<p>The council approved the depot on Monday after a two-year consultation.</p>"
        "<p>Work on the site near the ring road starts in the autumn.</p>",
    )
    assert newsextract.extract(page).published == datetime(2025, 3, 3, 14, 20)
