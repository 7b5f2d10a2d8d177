"""A time alone with a clock's letter after it, or a half of the day glued before it, is a
date line (the page's stamp), not text; a letter standing free is no clock's word."""

import pytest

from newsextract.body.date_lines import is_date_line
from newsextract.body.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "١٠:٣٠ ص",
        "10:30 م",
        "10:30 น.",
        "10.30 น.",
        "上午10:30",
        "下午3:45",
        "午前10時30分",
        "03.05.2026 10:30 ص",
    ],
)
def test_a_time_with_its_clock_word_is_a_date_line(line: str) -> None:
    assert is_date_line(line)
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The meeting ended at 18.40 h.",  # a sentence: its dot closes it
        "Plan B: 10 m of rope",  # a letter beside no time
        "ص 10 مرات",  # the letter standing free, before a count
    ],
)
def test_a_letter_beside_no_time_is_no_clock_word(line: str) -> None:
    assert not is_date_line(line)
