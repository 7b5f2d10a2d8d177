"""Date forms of metadata probe round 26 (visible dates in languages the dev sets lack): a
day in e-mail form with a 12-hour time ("Wed, 12 Feb 2025 03:40 PM (IST)", as Indian pages
print it in any language) keeps its afternoon; a time written before its day with its zone
and the day's weekday between them ("9:42 a.m. ET, Wed Feb 12, 2025") keeps its zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.dates import find_text_date, parse_machine_date, parse_text_date

IST = timezone(timedelta(hours=5, minutes=30))
EST = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Feb 2025 03:40 PM", datetime(2025, 2, 12, 15, 40)),
        ("Wed, 12 Feb 2025 03:40 pm", datetime(2025, 2, 12, 15, 40)),
        ("12 Feb 2025 12:05 AM", datetime(2025, 2, 12, 0, 5)),
        ("12 Feb 2025 3:40 p.m. EST", datetime(2025, 2, 12, 15, 40, tzinfo=EST)),
        # a 24-hour time stays RFC 2822's
        ("Wed, 12 Feb 2025 15:40:00 GMT", datetime(2025, 2, 12, 15, 40, tzinfo=UTC)),
    ],
)
def test_an_email_form_day_with_a_twelve_hour_time_keeps_its_half_of_the_day(
    text: str, expected: datetime
) -> None:
    assert parse_machine_date(text) == expected


def test_an_indian_page_english_form_date_keeps_its_afternoon_and_offset() -> None:
    value = parse_text_date("Wed, 12 Feb 2025 03:40 PM (IST)", "hi", frozenset({"IN"}))
    assert value == datetime(2025, 2, 12, 15, 40, tzinfo=IST)


@pytest.mark.parametrize(
    "text",
    ["9:42 a.m. ET, Tue Feb 11, 2025", "9:42 a.m. ET Tuesday, February 11, 2025"],
)
def test_a_zone_before_the_weekday_of_a_day_after_its_time_is_kept(text: str) -> None:
    assert parse_text_date(text, "en") == datetime(2025, 2, 11, 9, 42, tzinfo=EST)


def test_words_other_than_a_weekday_after_the_zone_give_no_zone() -> None:
    """A name between the zone and the day ("ET by Jane Roe") is no weekday: the zone is
    not taken from a run of words it only opens."""
    value = parse_text_date("9:42 a.m. ET by Roe February 12, 2025", "en")
    assert value is None or value.tzinfo is None


@pytest.mark.parametrize("text", ["12 กุมภาพันธ์ 2568 16:45 น. (ICT)", "12 กุมภาพันธ์ 2568 16:45 น. ICT"])
def test_a_zone_after_the_thai_hour_word_is_read(text: str) -> None:
    """Thai "น." (นาฬิกา, o'clock) after a time names the hour (the language file's
    ``hour_words``): the zone after it is still the time's."""
    ict = timezone(timedelta(hours=7))
    assert parse_text_date(text, "th") == datetime(2025, 2, 12, 16, 45, tzinfo=ict)


def test_bidirectional_marks_between_a_day_and_its_time_keep_them_one_date() -> None:
    """Right-to-left pages set marks (U+200F) around a date's parts: they read as spaces."""
    span = find_text_date("\u200f12.02.2025\u200f | \u200f16:45\u200f")
    assert span is not None
    assert parse_text_date(span, "he") == datetime(2025, 2, 12, 16, 45)


def test_finnish_time_named_after_a_time_gives_helsinki_offset() -> None:
    """ "Suomen aikaa" (Finnish time), the language file's zone word: +02:00 in winter."""
    value = parse_text_date("12.2.2025 klo 16.45 Suomen aikaa", "fi")
    assert value == datetime(2025, 2, 12, 16, 45, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(
    ("text", "hour"),
    [("১২ ফেব্রুয়ারি ২০২৫, ০৪:৪৫ পিএম", 16), ("১২ ফেব্রুয়ারি ২০২৫, ১২:১০ এএম", 0)],
)
def test_am_and_pm_spelt_in_bengali_letters_set_the_half_of_the_day(text: str, hour: int) -> None:
    value = parse_text_date(text, "bn")
    assert value is not None
    assert value.hour == hour


@pytest.mark.parametrize(
    ("text", "language", "countries", "expected"),
    [
        ("12/02/25 | 16:45", "he", {"IL"}, datetime(2025, 2, 12, 16, 45)),
        ("2/12/25 4:45 PM", "en", {"US"}, datetime(2025, 2, 12, 16, 45)),
    ],
)
def test_a_slashed_two_digit_year_with_a_time_after_it_is_a_date(
    text: str, language: str, countries: set[str], expected: datetime
) -> None:
    span = find_text_date(text)
    assert span == text
    assert parse_text_date(span, language, frozenset(countries)) == expected


def test_a_slashed_two_digit_year_without_a_time_is_no_date_span() -> None:
    """ "1/2/34" alone is as likely a fraction or a score as a date."""
    assert find_text_date("1/2/34") is None


def test_a_hungarian_last_modification_label_fills_modified() -> None:
    html = """<html lang="hu"><head><title>Új kerékpárút a folyóparton | Völgyi Hírek</title>
    </head><body><article><h1>Új kerékpárút a folyóparton</h1>
    <div class="cikk-adatok">Publikálva: 2025. február 12. 16:45<br>
    Utolsó módosítás: 2025. február 13. 09:10</div>
    <p>Az önkormányzat szerdán átadta a folyópart új, két kilométeres kerékpárútját.</p>
    <p>A lakók évek óta kérték, hogy a gyerekek biztonságosan jussanak el az iskolába.</p>
    </article></body></html>"""
    article = newsextract.extract(html, url="https://volgyihirek.example.hu/helyi/kerekparut")
    assert article.published == datetime(2025, 2, 12, 16, 45)
    assert article.modified == datetime(2025, 2, 13, 9, 10)
