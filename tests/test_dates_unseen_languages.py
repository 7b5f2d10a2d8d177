"""Dates of languages the dev sets lack, found by probe pages written by hand (issue 12)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsextract.dates import parse_text_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CLDR's Arabic day periods after a 12-hour time, with or without the tanwin
        ("5 مارس 2024 - 01:30 ظهرا", datetime(2024, 3, 5, 13, 30)),
        ("5 مارس 2024 - 01:30 ظهرًا", datetime(2024, 3, 5, 13, 30)),
        ("5 مارس 2024 - 04:15 بعد الظهر", datetime(2024, 3, 5, 16, 15)),
        ("5 مارس 2024 - 09:00 مساء", datetime(2024, 3, 5, 21, 0)),
        ("5 مارس 2024 - 09:00 صباحا", datetime(2024, 3, 5, 9, 0)),
        ("5 مارس 2024 - 10:30 ليلا", datetime(2024, 3, 5, 22, 30)),
    ],
)
def test_arabic_day_periods(text: str, expected: datetime) -> None:
    assert parse_text_date(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Basque: CLDR's long date, y'ko' MMMM'ren' d'a', and the day's "ean" (on the 5th)
        ("2024ko martxoaren 5a, 10:30", "eu", datetime(2024, 3, 5, 10, 30)),
        ("2021eko abenduaren 31ean 18:05", "eu", datetime(2021, 12, 31, 18, 5)),
        ("2024ko martxoaren 5a", None, datetime(2024, 3, 5)),
        # Latvian: y. 'gada' d. MMMM, the month in the locative newsrooms write or CLDR's
        ("2024. gada 5. martā 10:30", "lv", datetime(2024, 3, 5, 10, 30)),
        ("2024. gada 5. marts", "lv", datetime(2024, 3, 5)),
        ("5. martā 2024 10:30", "lv", datetime(2024, 3, 5, 10, 30)),
        ("2023. gada 17. decembrī", None, datetime(2023, 12, 17)),
        # Mongolian's numbered form as before
        ("2025 оны 3 сарын 3 14:20", "mn", datetime(2025, 3, 3, 14, 20)),
    ],
)
def test_year_first_dates_with_words_after_the_year(
    text: str, language: str | None, expected: datetime
) -> None:
    assert parse_text_date(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024. gada 35. martā",  # no such day
        "2024ko ekitaldia 5",  # a word that is no month's
    ],
)
def test_no_day_from_words_after_the_year(text: str) -> None:
    assert parse_text_date(text) is None


@pytest.mark.parametrize(
    ("text", "language", "offset"),
    [
        ("05.03.2024 10:30 TSİ", "tr", 3),
        ("05.03.2024 10:30 (TSİ)", "tr", 3),
        ("5 Mart 2024 10:30 Türkiye saati", "tr", 3),
        ("5 Μαρτίου 2024, 10:30 ώρα Ελλάδας", "el", 2),
        ("15 Ιουλίου 2024, 10:30 ώρα Ελλάδας", "el", 3),  # summer time: the zone, not an offset
        ("05/03/2024 10:30 giờ Hà Nội", "vi", 7),
        ("5 березня 2024, 10:30 за Києвом", "uk", 2),
        ("5. března 2024 10:30 SEČ", "cs", 1),
        ("5. července 2024 10:30 SELČ", "cs", 2),
        ("5. marca 2024 10:30 SEČ", "sk", 1),
        ("5 martie 2024, 10:30 ora României", "ro", 2),
        ("5 март 2024, 10:30 българско време", "bg", 2),
        ("5 Mac 2024 10:30 waktu Malaysia", "ms", 8),
        ("5 de março de 2024 às 10h30 (horário de Brasília)", "pt", -3),
    ],
)
def test_zone_words_of_the_language_files(text: str, language: str, offset: int) -> None:
    found = parse_text_date(text, language)
    assert found is not None
    assert found.utcoffset() == timedelta(hours=offset)


def test_tehran_time_after_the_solar_hijri_day() -> None:
    found = parse_text_date("۱۵ اسفند ۱۴۰۲ ساعت ۱۰:۳۰ به وقت تهران", "fa")
    assert found == datetime(2024, 3, 5, 10, 30, tzinfo=timezone(timedelta(hours=3, minutes=30)))
