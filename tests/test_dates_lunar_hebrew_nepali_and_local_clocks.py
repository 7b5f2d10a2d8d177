"""Dates of the lunar Hijri, Hebrew and Bikram Sambat calendars (converted when alone,
given way to the Gregorian date printed beside them), the Gregorian era's mark after a year
on Arabic-script pages, the Swahili and Ethiopian clocks that count the hours from 6 a.m.,
and Burmese's comma in a date (invented date lines)."""

from datetime import datetime

import pytest

from newsextract.dates import find_text_date, parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # alone: converted (convertdate's arithmetic calendar)
        ("٢٤ شعبان ١٤٤٥ هـ", "ar", datetime(2024, 3, 5)),
        ("الاثنين ١٥ رمضان ١٤٤٥هـ الساعة ٠٨:١٥ م", "ar", datetime(2024, 3, 25, 20, 15)),
        # convertdate's arithmetic calendar: Umm al-Qura's 1 Dhu al-Hijjah 1445 was 7 June
        ("1 ذو الحجة 1445", "ar", datetime(2024, 6, 8)),
        # beside the Gregorian date: that one is read (Pakistan's Hijri day is a day behind)
        ("منگل 5 مارچ 2024ء، 23 شعبان المعظم 1445ھ", "ur", datetime(2024, 3, 5)),
        ("الثلاثاء ٢٤ شعبان ١٤٤٥ هـ - ٥ مارس ٢٠٢٤ م - ١٠:٣٠ ص", "ar", datetime(2024, 3, 5, 10, 30)),
    ],
)
def test_hijri_dates(text: str, language: str, want: datetime) -> None:
    assert parse_text_date(text, language) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("٥ مارس ٢٠٢٤ م - ١٠:٣٠ ص", datetime(2024, 3, 5, 10, 30)),
        # the era's "م" is no "p.m." ("م", evening, after a time)
        ("٥ مارس ٢٠٢٤ م ١٠:٣٠", datetime(2024, 3, 5, 10, 30)),
    ],
)
def test_gregorian_era_mark(text: str, want: datetime) -> None:
    assert parse_text_date(text, "ar") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("כ״ה באדר א׳ תשפ״ד", datetime(2024, 3, 5)),
        ('כ"ה אדר א\' התשפ"ד', datetime(2024, 3, 5)),
        ("ט״ו בשבט תשפ״ה", datetime(2025, 2, 13)),
        # Adar II in a year without it is Adar
        ("י״ד באדר ב׳ תשפ״ה", datetime(2025, 3, 14)),
        ('יום שלישי, כ"ה באדר א\' התשפ"ד, 05.03.2024, 10:30', datetime(2024, 3, 5, 10, 30)),
    ],
)
def test_hebrew_dates(text: str, want: datetime) -> None:
    assert parse_text_date(text, "he") == want


def test_hebrew_letters_without_a_month_are_no_date() -> None:
    assert find_text_date('צה"ל הודיע אתמול') is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("२०८० फागुन २२ गते मंगलबार ११:१५", datetime(2024, 3, 5, 11, 15)),
        ("मंगलबार, फाल्गुन २२, २०८०", datetime(2024, 3, 5)),
        ("२०८१ बैशाख १ गते", datetime(2024, 4, 13)),
    ],
)
def test_bikram_sambat_dates(text: str, want: datetime) -> None:
    pytest.importorskip("nepali_datetime")
    assert parse_text_date(text, "ne") == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Machi 5, 2024 saa tatu asubuhi", "sw", datetime(2024, 3, 5, 9, 0)),
        ("Machi 5, 2024 saa nne na nusu asubuhi", "sw", datetime(2024, 3, 5, 10, 30)),
        ("Machi 5, 2024 saa kumi na moja jioni", "sw", datetime(2024, 3, 5, 17, 0)),
        ("Machi 5, 2024 saa 9:45 alasiri", "sw", datetime(2024, 3, 5, 15, 45)),
        ("Machi 5, 2024 saa mbili usiku", "sw", datetime(2024, 3, 5, 20, 0)),
        # a Western time the part of the day fits stays ("10:30 asubuhi", 10:30 a.m.)
        ("Machi 5, 2024 saa 10:30 asubuhi", "sw", datetime(2024, 3, 5, 10, 30)),
        ("Machi 5, 2024 saa 14:30", "sw", datetime(2024, 3, 5, 14, 30)),
        ("የካቲት 26 ቀን 2016 ዓ.ም ከቀኑ 8:30", "am", datetime(2024, 3, 5, 14, 30)),
        ("የካቲት 26 ቀን 2016 ዓ.ም ከጠዋቱ 3:00 ሰዓት", "am", datetime(2024, 3, 5, 9, 0)),
    ],
)
def test_clocks_from_six(text: str, language: str, want: datetime) -> None:
    assert parse_text_date(text, language) == want


def test_hours_ago_in_swahili_are_no_spoken_time() -> None:
    assert parse_text_date("saa mbili zilizopita", "sw") is None


def test_burmese_comma() -> None:
    assert parse_text_date("မတ် ၅၊ ၂၀၂၄ ၁၀:၃၀", "my") == datetime(2024, 3, 5, 10, 30)
    assert find_text_date("မတ် ၅၊ ၂၀၂၄ ၁၀:၃၀") is not None
