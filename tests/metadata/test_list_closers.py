"""Words closing a list of writers that name no one more (the language files'
``list_closers``) are cut, and the writers before them stay
(metadata/byline_tails.py ``without_list_closer``); a closer's "{}" is a group's own name."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ana Ruiz, Ben Carter and others", ["Ana Ruiz", "Ben Carter"]),
        ("By Ana Ruiz et al.", ["Ana Ruiz"]),
        # a group credited beside the writer: its own name between "the" and its noun
        ("By Hope Nakamura and the Morning Shelf team", ["Hope Nakamura"]),
        ("By Ann Lee, Bo Chan and the Daily Ledger editors", ["Ann Lee", "Bo Chan"]),
        ("By Ann Lee and the Valley Times staff", ["Ann Lee"]),
        ("By Hope Nakamura and the team", ["Hope Nakamura"]),
    ],
)
def test_a_closer_adds_no_one(byline: str, names: list[str]) -> None:
    assert split_byline(byline, "en") == names


def test_a_list_without_a_closer_is_read_whole() -> None:
    assert split_byline("By Ann Lee and Bo Chan", "en") == ["Ann Lee", "Bo Chan"]


def test_a_group_of_more_than_four_words_is_no_closer() -> None:
    # A group's name is a few words; a longer run is no credit a closer stands for.
    text = "By Ann Lee and the One Two Three Four Five team"
    assert split_byline(text, "en") != ["Ann Lee"]
