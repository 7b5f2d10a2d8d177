"""A stats row of counts naming views or comments, with separators between the counts
(``meta_lines.is_counts_row``), and the view counts' new words (wave 77s)."""

from __future__ import annotations

import time

import pytest

from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.meta_lines import is_counts_row, is_view_tally


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Katselukerrat 3 120 · Lataukset 411", True),  # views and downloads, a middle dot
        ("Views 1,204 | Likes 33", True),  # a bar between them
        ("12 likes • 3 comments", True),  # a bullet, the comments' word
        ("공감 24 댓글 3", True),  # spaces only, as before
        ("Lataukset 411 · Jaot 12", False),  # no views' or comments' word
        ("3 Kapitel · 120 Seiten", False),  # a book's facts, no tally's word
    ],
)
def test_counts_row(line: str, expected: bool) -> None:
    assert is_counts_row(line) is expected


@pytest.mark.parametrize(
    "line",
    ["Licznik odwiedzin: 18 402", "12 345 odwiedzin", "Katselukerrat 3 120", "1 204 katselukertaa"],
)
def test_view_counts_new_words(line: str) -> None:
    assert is_view_tally(line)


def test_rows_are_furniture_lines() -> None:
    assert is_furniture_line("Katselukerrat 3 120 · Lataukset 411")
    assert not is_furniture_line("Ponad 18 402 osób odwiedziło wystawę w tym roku.")


@pytest.mark.parametrize(
    "run", ["a 1 · " * 20_000, "1 234 " * 20_000, " " * 100_000, "9" * 100_000]
)
def test_counts_row_hostile_runs(run: str) -> None:
    start = time.perf_counter()
    assert not is_counts_row(run + "x!")
    assert time.perf_counter() - start < 2.0
