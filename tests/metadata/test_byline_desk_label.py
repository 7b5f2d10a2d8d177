"""A byline label that is itself a placeholder ("Redaktion") before one word names the
newsroom's desk ("Redaktion Stadtleben"), not a person (probe meta27 round 3)."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize("line", ["Redaktion Stadtleben", "Redaktion: Lokales", "Redaktion Sport"])
def test_desk_names_no_one(line: str) -> None:
    assert split_byline(line, "de") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Redaktion: Anna Berg", ["Anna Berg"]),
        ("Von Anna Berg", ["Anna Berg"]),
        ("Von Berg", ["Berg"]),
    ],
)
def test_a_person_after_the_label(line: str, names: list[str]) -> None:
    assert split_byline(line, "de") == names


@pytest.mark.parametrize("line", ["Von Redaktion Lokales", "Von Redaktion Sport"])
def test_desk_after_a_byline_label_names_no_one(line: str) -> None:
    assert split_byline(line, "de") == []


def test_a_person_after_redaktion_and_a_label() -> None:
    assert split_byline("Von Redaktion: Anna Berg", "de") == ["Anna Berg"]
