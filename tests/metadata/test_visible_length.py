"""A date-classed element too long to be a date line is told from its text's start: the
visible length of a part is never more than the whole's, so the answer is the whole's."""

from __future__ import annotations

import pytest

from newsextract.metadata import visible_dates

_LIMIT = 400


@pytest.mark.parametrize(
    "text",
    [
        "",
        "3 March 2025",
        "word " * 79 + "word",  # 399 visible characters
        "word " * 80 + "word",  # 404
        "x" * 401,
        " " * 5000 + "x" * 10,
        "\n    " * 2000 + "word " * 100,  # indentation first, the words after it
        "a\n\n\n  " * 120,
        "word " * 20_000,
        "\u00a0".join(["wort"] * 200),
    ],
)
def test_visible_longer_is_the_whole_texts_answer(text: str) -> None:
    whole = visible_dates._visible_length(text) > _LIMIT
    assert visible_dates._visible_longer(text, _LIMIT) is whole
