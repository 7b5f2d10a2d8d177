"""Date forms of metadata probe round 10: numbers read in the order of the page's country
(dateparser's locales: "03/04/2025" is 3 April on a British page, 4 March on an American
one), the Japanese imperial era ("令和7年3月3日"), the Thai era's mark before the year ("พ.ศ.
2568"), Korean portals' "2025. 3. 3. 14:20", Arabic's one-letter after-noon mark ("٠٢:٢٠
م"), and a weekday written before numbers settling which is the day ("Tue, 03/04/2025")."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.dates import find_text_dates, parse_text_date
from newsextract.dating.words import weekday_settled


def _read(text: str, language: str, countries: frozenset[str] = frozenset()) -> datetime | None:
    found = next(find_text_dates(text), None)
    return parse_text_date(found.span, language, countries) if found is not None else None


@pytest.mark.parametrize(
    ("text", "countries", "expected"),
    [
        ("Published: 03/04/2025 14:20", {"GB"}, datetime(2025, 4, 3, 14, 20)),
        ("Published: 03/04/2025", {"AU"}, datetime(2025, 4, 3)),
        ("Posted 03/04/2025 2:20 PM", {"US"}, datetime(2025, 3, 4, 14, 20)),
        ("Posted 03/04/2025 2:20 PM", set(), datetime(2025, 3, 4, 14, 20)),  # en's own order
        # two countries whose locales disagree: the language's order
        ("03/04/2025 14:20", {"US", "GB"}, datetime(2025, 3, 4, 14, 20)),
    ],
)
def test_numbers_in_the_order_of_the_page_country(
    text: str, countries: set[str], expected: datetime
) -> None:
    assert _read(text, "en", frozenset(countries)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("更新日：令和7年3月3日 14時20分", "ja", datetime(2025, 3, 3, 14, 20)),
        ("令和7年（2025年）3月3日 午後2時20分", "ja", datetime(2025, 3, 3, 14, 20)),
        ("平成30年12月1日", "ja", datetime(2018, 12, 1)),
        ("令和元年5月1日", "ja", datetime(2019, 5, 1)),
        ("วันจันทร์ที่ 3 มีนาคม พ.ศ. 2568 เวลา 14:20 น.", "th", datetime(2025, 3, 3, 14, 20)),
        ("입력 2025. 3. 3. 14:20", "ko", datetime(2025, 3, 3, 14, 20)),
        ("الإثنين، ٣ مارس ٢٠٢٥ - ٠٢:٢٠ م", "ar", datetime(2025, 3, 3, 14, 20)),
        ("الإثنين، ٣ مارس ٢٠٢٥ - ١٠:٢٠ ص", "ar", datetime(2025, 3, 3, 10, 20)),
        ("الإثنين، ٣ مارس ٢٠٢٥ - ١٤:٢٠ م", "ar", datetime(2025, 3, 3, 14, 20)),
    ],
)
def test_eras_marks_and_portal_forms(text: str, language: str, expected: datetime) -> None:
    assert _read(text, language) == expected


def test_a_version_number_is_no_korean_date() -> None:
    assert next(find_text_dates("버전 2025. 3. 3"), None) is None


@pytest.mark.parametrize(
    ("day", "before", "span", "language", "expected"),
    [
        # Drupal's default "D, m/d/Y - H:i", read day first: the weekday swaps it back
        (datetime(2025, 4, 3, 14, 20), "Tue, ", "03/04/2025 - 14:20", "en",
         datetime(2025, 3, 4, 14, 20)),
        (datetime(2025, 3, 4), "Thu ", "03/04/2025", "en", datetime(2025, 4, 3)),
        (datetime(2025, 3, 4), "Di., ", "4.3.2025", "de", datetime(2025, 3, 4)),  # agrees
        (datetime(2025, 3, 4), "Do., ", "4.3.2025", "de", datetime(2025, 4, 3)),
        # no weekday of the page's language or of English: "on" is one elsewhere
        (datetime(2025, 3, 5), "Posted on ", "05/03/2025", "en", datetime(2025, 3, 5)),
        # a worded month, or a day over 12, is never swapped
        (datetime(2025, 3, 4), "Thu ", "4 March 2025", "en", datetime(2025, 3, 4)),
        (datetime(2025, 3, 13), "Tue ", "13/03/2025", "en", datetime(2025, 3, 13)),
    ],
)  # fmt: skip
def test_a_weekday_before_the_numbers_settles_their_order(
    day: datetime, before: str, span: str, language: str, expected: datetime
) -> None:
    assert weekday_settled(day, before, span, language) == expected


def test_a_drupal_date_with_its_weekday_beats_the_page_search() -> None:
    page = (
        '<html lang="en"><head><title>Library plan</title></head><body><article>'
        "<h1>Library plan unveiled at packed meeting</h1>"
        '<div class="node__meta">By <span class="field--name-uid">Laura Mendes</span>, '
        '<span class="field field--name-created">Tue, 03/04/2025 - 14:20</span></div>'
        "<p>" + "More than 150 residents filled the council chambers. " * 6 + "</p>"
        "<p>" + "The design adds a children's wing and a maker space. " * 6 + "</p>"
        "</article></body></html>"
    )
    article = newsextract.extract(page, url="https://www.example.org/news/library-plan")
    assert article.published == datetime(2025, 3, 4, 14, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("โดย วิภา ศรีสุข | 3 มี.ค. 68 09:30 น.", datetime(2025, 3, 3, 9, 30)),
        ("อัปเดต 12 ก.พ. 68", datetime(2025, 2, 12)),
        ("3 มีนาคม 68 14:20", datetime(2025, 3, 3, 14, 20)),
    ],
)
def test_a_two_digit_buddhist_year_after_a_thai_month(text: str, expected: datetime) -> None:
    assert _read(text, "th") == expected


def test_two_digits_after_another_thai_word_are_no_year() -> None:
    assert next(find_text_dates("อายุ 45 ปี 68 คน"), None) is None


def test_a_time_before_the_day_keeps_the_next_time_for_the_next_date() -> None:
    """AP's date line writes each time before its day: the day's span ends at the day, and the
    next label and time open the next date."""
    line = "Updated 11:30 AM EST, February 12, 2025 · Published 9:45 AM EST, February 12, 2025"
    found = list(find_text_dates(line))
    assert [f.span for f in found] == [
        "11:30 AM EST, February 12, 2025",
        "9:45 AM EST, February 12, 2025",
    ]
    assert found[1].label.strip(" ·") == "Published"
