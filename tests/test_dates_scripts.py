"""Dates written in scripts and calendars beyond the Latin alphabet's: other digits, month
names with vowel signs, dotted abbreviations, the Buddhist era, year-first worded dates."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.dates import (
    ascii_digits,
    common_era,
    find_text_date,
    full_year,
    parse_text_date,
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Arabic-Indic digits, as Egyptian and Gulf sites print them.
        ("٥ مارس ٢٠٢٤ ١٠:٣٠", "ar", datetime(2024, 3, 5, 10, 30)),
        # Full-width digits in a Japanese date.
        ("２０２４年３月５日 10:30", "ja", datetime(2024, 3, 5, 10, 30)),
        # A Hindi month name: its vowel signs are no word characters to Python's regex.
        ("05 मार्च 2024, 10:30 AM", "hi", datetime(2024, 3, 5, 10, 30)),
        # A Thai month abbreviation with a dot inside, in the Buddhist era (2567 = 2024);
        # dateparser alone reads "มี.ค." as January.
        ("5 มี.ค. 2567 10:30 น.", "th", datetime(2024, 3, 5, 10, 30)),
        ("5 มีนาคม 2567", "th", datetime(2024, 3, 5)),
        # Hungarian writes the year first.
        ("2024. március 5. 10:30", "hu", datetime(2024, 3, 5, 10, 30)),
        # Persian digits, the Arabic comma and a connector of the language file.
        ("۵ مارس ۲۰۲۴، ساعت ۱۰:۳۰", "fa", datetime(2024, 3, 5, 10, 30)),
        # A year with its ordinal dot, then a connector and the time (Serbian).
        ("05.03.2024. у 10:30", "sr", datetime(2024, 3, 5, 10, 30)),
        # A two-digit year with a time after it (Israeli pages).
        ("05.03.24 | 10:30", "he", datetime(2024, 3, 5, 10, 30)),
        # A space after the clock's colon, as Bangladeshi newsrooms print a time.
        ("৫ এপ্রিল ২০২৪, ১০: ৩০", "bn", datetime(2024, 4, 5, 10, 30)),
        # The weekday's name between the date and its time (Turkish pages).
        ("12 Nisan 2024 Cuma 15:05", "tr", datetime(2024, 4, 12, 15, 5)),
        # Khmer digits, and the words glued before the day, the month and the year
        # ("ទី", "ខែ", "ឆ្នាំ"; the language file's calendar prefixes).
        ("ថ្ងៃអង្គារ ទី០៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១០:៣០", "km", datetime(2024, 3, 5, 10, 30)),
        ("ទី៥ ខែមីនា ឆ្នាំ២០២៤", "km", datetime(2024, 3, 5)),
    ],
)
def test_dates_in_other_scripts_are_found_and_read(
    text: str, language: str, expected: datetime
) -> None:
    span = find_text_date(f"Közzétéve: {text}")
    assert span is not None
    assert parse_text_date(span, language) == expected


def test_other_digits_become_ascii_in_place() -> None:
    assert ascii_digits("٢٠٢٤ ۱۴۰۲ २०२४ ๒๕๖๗ ２０２４") == "2024 1402 2024 2567 2024"
    assert ascii_digits("plain 2024") == "plain 2024"


def test_only_buddhist_era_years_move() -> None:
    assert (common_era(2567), common_era(2024), common_era(1999)) == (2024, 2024, 1999)


def test_a_thai_page_gets_its_date_with_time() -> None:
    paragraph = "<p>" + "ฝนตกหนักทั่วกรุงเทพ น้ำท่วมหลายพื้นที่ในช่วงเช้าวันนี้ " * 6 + "</p>"
    html = (
        '<html lang="th"><head><title>ฝนตกหนักทั่วกรุงเทพ</title></head><body><article>'
        '<h1>ฝนตกหนักทั่วกรุงเทพ</h1><div class="date">เผยแพร่ 5 มี.ค. 2567 10:30 น.</div>'
        f"{paragraph * 3}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example.co.th/local/1")
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2024, 3, 5, 10, 30)


def test_a_two_digit_year_needs_a_time_after_it() -> None:
    assert find_text_date("Version 1.2.34 ist da") is None
    assert find_text_date("am 05.03.24") is None


def test_two_digit_years_are_of_the_web() -> None:
    assert (full_year("24"), full_year("98"), full_year("2024")) == (2024, 1998, 2024)


def test_a_long_unspaced_word_is_read_in_linear_time() -> None:
    """A month's name is bounded (``MAX_MONTH_CHARS``): unbounded, a 50,000-letter word (a
    site rule's date field on a hostile page) took 43 s of regex backtracking."""
    assert find_text_date("abcdefghij" * 5000) is None
    assert find_text_date("ฝนตกหนัก" * 5000) is None
