"""A byline label of a script without letter case that is also a word of its language (Arabic
"كتب", "wrote" and "books") credits a name only after a colon or a dash, or before two words:
"كتب منوعات" (miscellaneous books) is a heading, and a label alone is no name. Korean's
one-syllable label "글" (writing) opens a name of one word ("글 김민수")."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import clean_name, split_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("كتب: أحمد الخطيب", ["أحمد الخطيب"]),
        ("كتب - أحمد الخطيب", ["أحمد الخطيب"]),
        ("كتب: عبدالله", ["عبدالله"]),
        ("كتب أحمد الخطيب", ["أحمد الخطيب"]),
        ("كتب أحمد الخطيب ومريم حداد", ["أحمد الخطيب", "مريم حداد"]),
        ("كتب", []),
        ("كتب منوعات", []),
        ("글 김민수", ["김민수"]),
        ("글 김민수 기자", ["김민수"]),
    ],
)
def test_caseless_labels(byline: str, names: list[str]) -> None:
    assert split_byline(byline, places_of="ar") == names


def test_a_label_before_one_word_is_no_name() -> None:
    assert clean_name("كتب منوعات") is None


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Dafydd Roberts (BBC Cymru Fyw)", "Dafydd Roberts"),
        ("Jane Doe (The Daily Star)", "Jane Doe"),
        ("Anna (Ann) Lee", "Anna (Ann) Lee"),
    ],
)
def test_a_note_in_brackets_after_a_name_is_no_part_of_it(value: str, name: str) -> None:
    assert clean_name(value) == name
