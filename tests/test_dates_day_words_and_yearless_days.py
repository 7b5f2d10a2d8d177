"""A post's stamp naming its day in a word ("сегодня в 10:30", "Yesterday, 05:12 PM") and a
day written without its year ("Jan 2", "2 января"): each read against the fetch's instant
only, and nothing else taken for one. Every line here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsextract.dating.relative import find_day_word_stamp
from newsextract.dating.yearless import yearless_day

_FETCHED = datetime(2023, 3, 1, 12, 0)  # naive UTC, as ``relative_date`` passes it


@pytest.mark.parametrize(
    ("text", "language", "back"),
    [
        ("сегодня в 10:30", "ru", 0),
        ("вчера в 10:30", "ru", 1),
        ("Yesterday, 05:12 PM", "en", 1),
        ("Today at 10:30", "en", 0),
        ("heute, 10:30 Uhr", "de", 0),
        ("今天 10:30", "zh", 0),
        ("어제 10:30", "ko", 1),
    ],
)
def test_a_day_word_before_a_time_is_a_stamp(text: str, language: str, back: int) -> None:
    stamp = find_day_word_stamp(text, language)
    assert stamp is not None
    assert (stamp.amount, stamp.unit) == (back, "day")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Today's headlines 10:30", "en"),  # a word of the line, no stamp's
        ("today 2023", "en"),  # no time after it
        ("Yesterday, 05:12 PM", None),  # the page's language unknown: its words unknown
        ("Todayville 10:30", "en"),  # inside a longer word
    ],
)
def test_other_lines_are_no_day_word_stamp(text: str, language: str | None) -> None:
    assert find_day_word_stamp(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Jan 2", "en", datetime(2023, 1, 2)),
        ("2 января", "ru", datetime(2023, 1, 2)),
        # the clock is not the day's number, but the post's time (wave 74d)
        ("2 янв в 10:30", "ru", datetime(2023, 1, 2, 10, 30)),
        ("Dec 30 · 6 min read", "en", datetime(2022, 12, 30)),  # a reading time beside it
        ("Dec 30", "en", datetime(2022, 12, 30)),  # after the fetch's day: last year's
        ("Mar 5", "en", datetime(2022, 3, 5)),
    ],
)
def test_a_day_without_its_year_takes_the_fetchs(text: str, language: str, day: datetime) -> None:
    assert yearless_day(text, language, _FETCHED) == day


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chapter 2", "en"),
        ("Top 10", "en"),
        ("2 min read", "en"),
        ("Jan 2, 2023", "en"),  # a year: the written dates' reading, not this one
        ("Jan 2", None),  # no language: a month's word read in every language is a guess
        ("Jan 2 – Jan 9 at the town hall", "en"),  # a longer line: prose or a range
    ],
)
def test_other_lines_are_no_yearless_day(text: str, language: str | None) -> None:
    assert yearless_day(text, language, _FETCHED) is None
