"""Prompt words written as stems match their inflected forms: a Tamil noun without the final
virama its case ending replaces, Russian "наш" of every gender and case, Georgian "ჩვენ"."""

import pytest

from newsextract.body.prompts import is_box_prompt


@pytest.mark.parametrize(
    "line",
    [
        "எங்கள் செய்திமடலுக்கு இன்றே பதிவு செய்யுங்கள்.",
        "Подпишитесь на наш канал, чтобы не пропустить главное.",
        "გამოიწერეთ ჩვენს ბიულეტენზე და მიიღეთ სიახლეები.",
        "ዜናዎችን በኢሜይል ለማግኘት እዚህ ይመዝገቡ።",
    ],
)
def test_an_inflected_prompt_is_a_prompt(line: str) -> None:
    assert is_box_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Наш корреспондент побывал на открытии моста.",  # "our" without the ask
        "ჩვენი ქალაქის მერიამ ახალი პარკი გახსნა.",  # "our" without "subscribe"
    ],
)
def test_a_stem_alone_is_no_prompt(line: str) -> None:
    assert not is_box_prompt(line)
