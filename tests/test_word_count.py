"""``text.word_count``: a text is counted by its spaces, and by characters in a script
written without spaces (Chinese and Japanese wide characters, Thai, Lao, Khmer, Burmese);
Korean, wide but spaced, by its spaces."""

from __future__ import annotations

import math
from unicodedata import east_asian_width

from hypothesis import given
from hypothesis import strategies as st

from newsextract.text import (
    _FIRST_UNSPACED,
    _FIRST_WIDE,
    _UNSPACED_SCRIPTS,
    HANGUL,
    UNSPACED_LETTERS_PER_WORD,
    WIDE_CHARS_PER_WORD,
    estimated_words,
    word_count,
)


def _reference(text: str) -> int:
    wide = sum(
        1
        for char in text
        if char.isalnum()
        and east_asian_width(char) == "W"
        and not any(low <= char <= high for low, high in HANGUL)
    )
    unspaced = sum(
        1
        for char in text
        if char.isalnum()
        and east_asian_width(char) != "W"
        and any(low <= char <= high for low, high in _UNSPACED_SCRIPTS)
    )
    return max(len(text.split()), wide + math.ceil(unspaced / UNSPACED_LETTERS_PER_WORD))


def test_no_character_below_the_first_wide_one_is_wide() -> None:
    assert east_asian_width(_FIRST_WIDE) == "W"
    assert not any(east_asian_width(chr(code)) == "W" for code in range(ord(_FIRST_WIDE)))
    assert _FIRST_UNSPACED < _FIRST_WIDE


@given(st.text(alphabet=st.characters(min_codepoint=0x0E00, max_codepoint=0x17FF), max_size=40))
def test_word_count_of_unspaced_scripts_is_the_reference_count(text: str) -> None:
    assert word_count(text) == _reference(text)


@given(st.text(max_size=80))
def test_word_count_is_the_reference_count(text: str) -> None:
    assert word_count(text) == _reference(text)


def test_examples() -> None:
    assert word_count("") == 0
    assert word_count("Chronik: Greta Vilmar ist tot") == 5
    assert word_count("東京タワーが開業") == 8
    # Korean spaces its words: four words, not nine syllables.
    assert word_count("강변 시장에 새 도서관") == 4
    # A Thai headline has no spaces between its words: it is not one word.
    assert word_count("ฝนตกหนักทั่วกรุงเทพ") >= 4


def _estimated_reference(text: str) -> int:
    """``_reference`` with the wide characters counted ``WIDE_CHARS_PER_WORD`` a word."""
    wide = sum(
        1
        for char in text
        if char.isalnum()
        and east_asian_width(char) == "W"
        and not any(low <= char <= high for low, high in HANGUL)
    )
    letters = sum(
        1
        for char in text
        if char.isalnum()
        and east_asian_width(char) != "W"
        and any(low <= char <= high for low, high in _UNSPACED_SCRIPTS)
    )
    return max(
        len(text.split()),
        math.ceil(wide / WIDE_CHARS_PER_WORD) + math.ceil(letters / UNSPACED_LETTERS_PER_WORD),
    )


@given(st.text(max_size=80))
def test_estimated_words_is_the_reference_count(text: str) -> None:
    assert estimated_words(text) == _estimated_reference(text)


def test_estimated_words_examples() -> None:
    # Latin and Korean by their spaces, as ``word_count``.
    assert estimated_words("Chronik: Greta Vilmar ist tot") == 5
    assert estimated_words("강변 시장에 새 도서관") == 4
    # Chinese two characters a word: a 16-character tag is eight words, a sentence more.
    assert estimated_words("东京塔开业") == 3
    assert estimated_words("江城市今年将新建十个口袋公园每个公园面积在两千平方米左右") > 8
    assert estimated_words("粤港澳大湾区建设") <= 8
