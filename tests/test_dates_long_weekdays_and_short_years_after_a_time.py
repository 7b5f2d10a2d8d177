"""Date forms of the dates29 round: a weekday's name longer than eight letters between a
time and its day ("10:30 a.m. ET Wednesday, March 5, 2025"; Polish "poniedziałek" between a
day and its time) no longer loses the time and its zone; a two-digit year is read after a
time written before it ("10:30 05.03.21") as it was before one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.dates import find_text_date, parse_text_date

EST = timezone(timedelta(hours=-5))


def _page(line: str, lang: str = "en") -> bytes:
    return f"""<html lang="{lang}"><head><title>Harbour plan approved</title></head><body>
<article><h1>Harbour plan approved</h1><div class="date">{line}</div>
<p>The council of Examplevale approved the harbour plan on a vote of seven to two after a
long debate about the costs of dredging and the new quay.</p>
<p>Work starts next spring and should end within two years, the mayor said, adding that the
budget holds a reserve for overruns.</p></article></body></html>""".encode()


@pytest.mark.parametrize(
    "text",
    [
        "10:30 a.m. ET Wednesday, March 5, 2025",
        "10:30 a.m. ET, Wednesday, March 5, 2025",
        "10:30 a.m. EST Wednesday, March 5, 2025",
    ],
)
def test_a_zone_before_a_long_weekday_is_kept(text: str) -> None:
    assert parse_text_date(text, "en") == datetime(2025, 3, 5, 10, 30, tzinfo=EST)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("5 marca 2024, poniedziałek, 10:30", "pl", datetime(2024, 3, 5, 10, 30)),
        ("2021 m. kovo 5 d., ketvirtadienis, 10:30", "lt", datetime(2021, 3, 5, 10, 30)),
        ("10:30, Donnerstag, 7. März 2024", "de", datetime(2024, 3, 7, 10, 30)),
    ],
)
def test_a_long_weekday_between_a_day_and_its_time_keeps_the_time(
    text: str, language: str, expected: datetime
) -> None:
    assert parse_text_date(text, language) == expected


def test_a_page_with_the_zone_before_a_long_weekday_keeps_time_and_offset() -> None:
    article = newsextract.extract(
        _page("Published 10:30 a.m. ET Wednesday, March 5, 2025"),
        url="https://courier.example.com/harbour-plan",
    )
    assert article.published == datetime(2025, 3, 5, 10, 30, tzinfo=EST)


def test_a_page_with_a_long_weekday_between_its_time_and_day_keeps_the_time() -> None:
    article = newsextract.extract(
        _page("10:30, Donnerstag, 7. März 2024", "de"), url="https://bote.example.org/hafen"
    )
    assert article.published == datetime(2024, 3, 7, 10, 30)


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("10:30 05.03.21", "de", datetime(2021, 3, 5, 10, 30)),
        ("10:30 | 05/03/21", "en-GB", datetime(2021, 3, 5, 10, 30)),
        ("14:20 · 05-03-21", "nl", datetime(2021, 3, 5, 14, 20)),
    ],
)
def test_a_two_digit_year_after_its_time_is_read(line: str, lang: str, expected: datetime) -> None:
    article = newsextract.extract(_page(line, lang), url="https://bode.example.org/haven")
    assert article.published == expected


@pytest.mark.parametrize(
    "text",
    [
        "1.2.34",  # no time before it: a version number
        "see 3/4/21",  # a fraction or a date, no time says which
        "10:30 1.2.34.5",  # the digits run on: a version
    ],
)
def test_a_two_digit_year_without_a_time_before_it_is_still_no_date(text: str) -> None:
    assert find_text_date(text) is None
