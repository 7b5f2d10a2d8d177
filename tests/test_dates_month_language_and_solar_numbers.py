"""A written date is read in the page's language also where it fills a field whole (Croatian
"listopada" is October; Polish, first in the table of every language, makes it November),
and a Solar Hijri date written in numbers ("۱۴۰۲/۰۶/۲۹") is its Gregorian day."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsextract.dates import parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("24. listopada 2023. u 14:13", "hr", datetime(2023, 10, 24, 14, 13)),
        ("24. listopada 2023. u 14:13", "pl", datetime(2023, 11, 24, 14, 13)),
        ("3. studenoga 2023. 09:05", "hr", datetime(2023, 11, 3, 9, 5)),
        # a day in numbers keeps the order its dots give, whatever the language's own
        ("05.03.2024 10:30", "tl", datetime(2024, 3, 5, 10, 30)),
    ],
)
def test_a_month_name_is_read_in_the_pages_language(
    text: str, language: str, expected: datetime
) -> None:
    assert parse_text_date(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۱۴۰۲/۰۶/۲۹ ۱۳:۵۷", datetime(2023, 9, 20, 13, 57)),
        ("۱۴۰۱/۱۰/۲۷ ۱۸:۱۸", datetime(2023, 1, 17, 18, 18)),
        ("1402-06-29", datetime(2023, 9, 20)),
        ("1399/12/30", datetime(2021, 3, 20)),
    ],
)
def test_a_solar_hijri_date_in_numbers(text: str, expected: datetime) -> None:
    assert parse_text_date(text, "fa") == expected


@pytest.mark.parametrize("text", ["1445/09/01", "1402/13/01", "1402/12/31"])
def test_no_solar_hijri_day_is_made_up(text: str) -> None:
    """A lunar Hijri year (1411 on), a thirteenth month, a day the month does not have."""
    value = parse_text_date(text, "fa")
    assert value is None or value.year < 2000


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the month as NFC text writes it: U+09AF U+09BC, where dateparser's data has U+09DF
        ("২৩ জানুয়ারি ২০২৪, সকাল ১০:৫৬", "bn", datetime(2024, 1, 23, 10, 56)),
        ("৫ ফেব্রুয়ারি ২০২৪, বিকেল ৪:১০", "bn", datetime(2024, 2, 5, 16, 10)),
        # Greek "p.m." written with dots ("μ.μ."; dateparser lists "μμ")
        ("26 Ιουνίου 2024, 05:03 μ.μ.", "el", datetime(2024, 6, 26, 17, 3)),
        ("26 Ιουνίου 2024, 05:03 π.μ.", "el", datetime(2024, 6, 26, 5, 3)),
    ],
)
def test_a_time_with_the_days_part_in_words(text: str, language: str, expected: datetime) -> None:
    assert parse_text_date(text, language) == expected


def test_a_vietnamese_date_with_the_words_of_its_parts() -> None:
    """ "ngày 11 tháng 5 năm 2024": day 11, month 5 ("tháng 5"), year 2024; with its zone's
    words in brackets."""
    from newsextract.dates import find_text_dates

    text = "Thứ Hai, ngày 11 tháng 5 năm 2024 lúc 10:28 (giờ Hà Nội)"
    span = next(find_text_dates(text)).span
    found = parse_text_date(span, "vi")
    assert found is not None
    assert found.isoformat() == "2024-05-11T10:28:00+07:00"
    assert parse_text_date("ngày 3 tháng 12 năm 2023, 08:15", "vi") == datetime(2023, 12, 3, 8, 15)
