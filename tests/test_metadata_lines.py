"""Body lines that belong to a field (``extract._metadata_line_test``): a line without words,
the byline, a source line and a tag line leave the body; prose in any script stays."""

from __future__ import annotations

import pytest

from newsextract.extract import _metadata_line_test


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("* * *", True),  # no word at all
        ("— · —", True),
        ("By Jane Doe", True),  # the byline
        ("Source: Reuters", True),  # ends with the source, with a colon
        ("Tags: rail, strikes", True),
        ("東京で雨が降った。", False),  # words, none of them ASCII
        ("Москва, 5 марта.", False),
        ("A sentence of the article itself.", False),
        ("ﬁ", False),  # a ligature normalises to letters
    ],
)
def test_metadata_lines(text: str, dropped: bool) -> None:
    is_metadata_line = _metadata_line_test("By Jane Doe", "Reuters")
    assert is_metadata_line(text) is dropped


def test_without_a_byline_or_source_only_wordless_and_label_lines_go() -> None:
    is_metadata_line = _metadata_line_test(None, None)
    assert is_metadata_line("…") and is_metadata_line("Tags: rail")
    assert not is_metadata_line("By Jane Doe, in Paris, on a rainy day")
