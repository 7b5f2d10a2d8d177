"""Bangladesh's Bangla calendar (converted when alone, given way to the Gregorian date printed
beside it; the Bangla Academy's month lengths before and after its 2019 reform) and Amharic's
byline label "በ" ("by") glued to the writer's name (invented date lines and bylines)."""

from datetime import date, datetime

import pytest

from newsextract.dates import parse_text_date
from newsextract.dating.bangla import bangla_to_gregorian
from newsextract.metadata.name_splits import without_glued_label


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("২১ ফাল্গুন ১৪৩০", datetime(2024, 3, 5)),
        ("মঙ্গলবার, ২১ ফাল্গুন ১৪৩০ বঙ্গাব্দ, বিকেল ০৪:১৫", datetime(2024, 3, 5, 16, 15)),
        ("আষাঢ় ৩, ১৪৩১", datetime(2024, 6, 17)),
        # beside the Gregorian date, that one is read (India's solar calendar may differ)
        ("২২ ফাল্গুন ১৪৩০ | ০৫ মার্চ ২০২৪", datetime(2024, 3, 5)),
    ],
)
def test_bangla_dates(text: str, want: datetime) -> None:
    assert parse_text_date(text, "bn") == want


@pytest.mark.parametrize(
    ("bangla", "want"),
    [
        ((1430, 1, 1), date(2023, 4, 14)),  # Pohela Boishakh
        ((1430, 11, 1), date(2024, 2, 14)),  # Pohela Falgun since the reform
        ((1430, 11, 30), date(2024, 3, 14)),  # Falgun's 30th: its February has 29 days
        ((1431, 11, 29), date(2025, 3, 14)),
        ((1424, 11, 1), date(2018, 2, 13)),  # before the reform: 13 February
        ((1424, 12, 30), date(2018, 4, 13)),
    ],
)
def test_bangla_days(bangla: tuple[int, int, int], want: date) -> None:
    assert bangla_to_gregorian(*bangla) == want


@pytest.mark.parametrize("bangla", [(1431, 11, 30), (1430, 7, 31), (1430, 13, 1)])
def test_bangla_days_that_do_not_exist(bangla: tuple[int, int, int]) -> None:
    assert bangla_to_gregorian(*bangla) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("በአበበ ከበደ", "አበበ ከበደ"),
        ("በበቀለ ገርባ", "በቀለ ገርባ"),
        # a given name that opens with the letter keeps it
        ("በቀለ ገርባ", "በቀለ ገርባ"),
        ("በረከት ታደሰ", "በረከት ታደሰ"),
        # one word: no name to cut it from
        ("በአበበ", "በአበበ"),
    ],
)
def test_glued_amharic_label(text: str, want: str) -> None:
    assert without_glued_label(text, "am") == want


def test_glued_label_only_in_its_language() -> None:
    assert without_glued_label("በአበበ ከበደ", "ti") == "በአበበ ከበደ"


def test_every_bangla_month_holds_a_sign_the_gate_looks_for() -> None:
    from newsextract.dating.bangla import BANGLA_MONTH_SIGNS
    from newsextract.labels import calendar_months

    names = calendar_months("bangla")
    assert names
    assert all(any(sign in name for sign in BANGLA_MONTH_SIGNS) for name in names)
