"""A giant date attribute is read by its start, as the whole text collapsed reads."""

from __future__ import annotations

from newsextract.metadata.short_text_days import MAX_SEGMENT, short_text_day


def test_giant_datetime_is_read_by_its_start() -> None:
    text = "2024-03-05T10:30:00+01:00 " + "x " * 3_000_000
    day = short_text_day(text)
    assert day is not None and (day.year, day.month, day.day) == (2024, 3, 5)


def test_white_space_before_a_date_is_collapsed_whatever_its_length() -> None:
    text = " " * 10_000 + "5 March 2024"
    day = short_text_day(text)
    assert day is not None and (day.year, day.month, day.day) == (2024, 3, 5)


def test_a_start_that_collapses_short_is_read_with_what_follows() -> None:
    # The first 4,096 characters collapse to a few: the date after them still counts.
    text = "on" + " " * 5_000 + "2024-03-05" + " " * 5_000
    day = short_text_day(text)
    assert day is not None and (day.year, day.month, day.day) == (2024, 3, 5)


def test_a_long_text_of_words_reads_only_its_first_segment() -> None:
    text = "word " * (MAX_SEGMENT // 5 + 1_000) + "2024-03-05"
    assert short_text_day(text) is None
