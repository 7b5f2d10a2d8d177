"""Sorani (Central Kurdish) dates: CLDR's long date "5ی ئازاری 2024" (the day's and the month's
ezafe "ی"), the months dateparser names in two words only ("کانوونی دووەم", January), read
as the English month of the same number; Kyrgyz's year-first long date with a comma after the
year's word ("2024-ж., 5-март"). Invented date lines."""

from datetime import datetime

import pytest

from newsextract.dates import find_text_date, parse_text_date


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("5 ئازار 2024", datetime(2024, 3, 5)),
        ("سێشەممە، 5ی ئازاری 2024", datetime(2024, 3, 5)),
        ("5ی کانوونی دووەمی 2024 - 14:30", datetime(2024, 1, 5, 14, 30)),
        ("5 کانوونی دووەم 2024", datetime(2024, 1, 5)),
        ("لە ١٤ی تشرینی یەکەمی ٢٠٢٤", datetime(2024, 10, 14)),
        ("2ی کانونی یەکەمی 2023", datetime(2023, 12, 2)),
        # the Levant's two-word months keep their Arabic one-word name
        ("12 كانون الثاني، 2024", datetime(2024, 1, 12)),
    ],
)
@pytest.mark.parametrize("language", ["ckb", None])
def test_sorani_long_dates(text: str, want: datetime, language: str | None) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Kyrgyz: CLDR's long date, "y-'ж'., d-MMMM", a comma after the year's word
        ("2024-ж., 5-март", datetime(2024, 3, 5)),
        ("2024-ж. 5-март 14:30", datetime(2024, 3, 5, 14, 30)),
        ("5-март, 2024-ж.", datetime(2024, 3, 5)),
        # the year-first forms before it read as before
        ("2024-yil 5-mart", datetime(2024, 3, 5)),
        ("2024ko martxoaren 5a", datetime(2024, 3, 5)),
    ],
)
def test_year_first_dates_with_a_comma_after_the_year_word(text: str, want: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, None) == want
