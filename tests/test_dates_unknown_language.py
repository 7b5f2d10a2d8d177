"""A written date on a page whose language is unknown, or one dateparser lacks, is read in
the few languages its words name, never in all of dateparser's 200 locales: that first
use compiles every locale's patterns, 3-10 s for one page (a mojibake date found it)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from newsextract.dates import parse_text_date
from newsextract.dating.words import (
    FALLBACK_LANGUAGE,
    MAX_GUESSED_LANGUAGES,
    languages_named_in,
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("3. März 2025", "de"),
        ("12 апреля 2021", "ru"),
        ("2024년 3월 5일", "ko"),
        ("5 listopada 2024", "pl"),
        ("5 de marzo de 2021", "es"),
    ],
)
def test_the_language_named_by_a_month_is_tried(text: str, language: str) -> None:
    named = languages_named_in(text)
    assert named[0] == FALLBACK_LANGUAGE
    assert language in named


def test_a_text_naming_no_month_is_read_in_english_alone() -> None:
    assert languages_named_in("3. MÃĊrz 2025") == [FALLBACK_LANGUAGE]


def test_a_text_naming_many_languages_is_capped() -> None:
    text = "janvier enero Januar gennaio styczeń ocak январь一月 ianuarie tammikuu januari"
    assert len(languages_named_in(text)) == MAX_GUESSED_LANGUAGES


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3. März 2025, 14:20", None, datetime(2025, 3, 3, 14, 20)),
        ("12 апреля 2021, 18:40", None, datetime(2021, 4, 12, 18, 40)),
        ("5 de marzo de 2021 - 10:30", "ht", datetime(2021, 3, 5, 10, 30)),
    ],
)
def test_a_date_of_an_unknown_language_is_still_read(
    text: str, language: str | None, expected: datetime
) -> None:
    value = parse_text_date(text, language)
    assert value is not None
    assert value.replace(tzinfo=None) == expected


def test_dateparser_loads_a_few_locales_not_all() -> None:
    # In a fresh process: the locales this test process loaded before do not count.
    code = (
        "from newsextract.dates import parse_text_date\n"
        "from dateparser.languages.loader import default_loader\n"
        "parse_text_date('3. MÃĊrz 2025', None)\n"
        "parse_text_date('3. März 2025 um 14:20 Uhr', None)\n"
        "print(len(default_loader._loaded_locales))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(done.stdout.split()[-1]) <= 2 * MAX_GUESSED_LANGUAGES
