"""A year written as its last two digits after an apostrophe, following a day and a month
("5 maart '24", "March 5, '24"), and a Levant month's name followed by the Arabic comma
("12 كانون الثاني، 2024"; "آب", August, of two letters; "آذار (مارس)", both names) are
read; an apostrophe year after no day ("Seizoen '23-'24", "the '90s") is no date."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.dates import find_text_date, parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("5 maart '24", "nl", datetime(2024, 3, 5)),
        ("5 maart ’24 om 10:30", "nl", datetime(2024, 3, 5, 10, 30)),
        ("12 okt. '23", "nl", datetime(2023, 10, 12)),
        ("March 5, '24", "en", datetime(2024, 3, 5)),
        ("5. März '24", "de", datetime(2024, 3, 5)),
        ("5 mars '98", "fr", datetime(1998, 3, 5)),
    ],
)
def test_apostrophe_years(text: str, language: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected


@pytest.mark.parametrize("text", ["Seizoen '23-'24", "the '90s were loud", "Top 5 hits '24"])
def test_no_apostrophe_year_without_a_day_and_month(text: str) -> None:
    span = find_text_date(text)
    assert span is None or parse_text_date(span, "en") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 كانون الثاني، 2024", datetime(2024, 1, 12)),
        ("الجمعة 12 أيلول، 2023", datetime(2023, 9, 12)),
        ("3 حزيران، 2024", datetime(2024, 6, 3)),
        ("15 آب، 2023", datetime(2023, 8, 15)),
        ("15 آب 2023", datetime(2023, 8, 15)),
        # the month's other name after it, in brackets or after a slash
        ("5 آذار (مارس)، 2024", datetime(2024, 3, 5)),
        ("12 كانون الثاني/يناير 2024", datetime(2024, 1, 12)),
    ],
)
def test_levant_months_with_an_arabic_comma(text: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, "ar") == expected


def test_a_bracketed_word_that_is_no_month_stays() -> None:
    assert find_text_date("5 آذار (المقبل) 2024") is None


def test_a_page_dated_with_an_apostrophe_year() -> None:
    page = (
        '<html lang="nl"><head><title>Nieuwe fietspaden in de binnenstad</title></head><body>'
        '<article><h1>Nieuwe fietspaden in de binnenstad</h1><p class="date">5 maart \'24</p>'
        "<p>De gemeenteraad heeft de nieuwe fietspaden goedgekeurd na een lang debat over "
        "parkeerplaatsen in de oude binnenstad. Bewoners vroegen al jaren om veiligere "
        "routes naar de scholen.</p></article></body></html>"
    )
    article = newsextract.extract(page, url="https://www.stadsbode-voorbeeld.nl/nieuws/1")
    assert article.published is not None
    assert article.published.date() == datetime(2024, 3, 5).date()
