"""``title.word_count``: a text without wide characters is counted by its spaces alone."""

from __future__ import annotations

from unicodedata import east_asian_width

from hypothesis import given
from hypothesis import strategies as st

from newsextract.metadata.title import _FIRST_WIDE, word_count


def _reference(text: str) -> int:
    wide = sum(1 for char in text if char.isalnum() and east_asian_width(char) == "W")
    return max(len(text.split()), wide)


def test_no_character_below_the_first_wide_one_is_wide() -> None:
    assert east_asian_width(_FIRST_WIDE) == "W"
    assert not any(east_asian_width(chr(code)) == "W" for code in range(ord(_FIRST_WIDE)))


@given(st.text(max_size=80))
def test_word_count_is_the_reference_count(text: str) -> None:
    assert word_count(text) == _reference(text)


def test_examples() -> None:
    assert word_count("") == 0
    assert word_count("Chronik: Lotte Tobisch ist tot") == 5
    assert word_count("東京タワーが開業") == 8
