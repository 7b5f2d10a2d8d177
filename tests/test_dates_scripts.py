"""Dates written in scripts and calendars beyond the Latin alphabet's: digits made ASCII,
Buddhist-era and two-digit years, a Thai page, a hostile unspaced word. (The written forms
themselves are rows of test_dates.py's table of dates with their time.)"""

from __future__ import annotations

from datetime import datetime

import newsextract
from newsextract.dates import (
    ascii_digits,
    common_era,
    find_text_date,
    full_year,
)


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
