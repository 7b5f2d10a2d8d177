"""Metadata titles of one short word each ("Stories", "Aktuelles") beside a visible headline
of three words or more that none agrees with: a section's or a page's name, which a template
writes on every page; the visible headline wins (title.py ``_is_section_word``)."""

from __future__ import annotations

import pytest

from newsextract.metadata.title import choose_title


@pytest.mark.parametrize("name", ["Stories", "Aktuelles", "Home"])
def test_one_word_titles_give_way_to_the_visible_headline(name: str) -> None:
    choice = choose_title("The Night Market Returns", [name, name], ["Lantern Street"])
    assert (choice.title, choice.index) == ("The Night Market Returns", -1)
    assert "section" in choice.reasons[0]


@pytest.mark.parametrize(
    ("headline", "titles"),
    [
        # a compound, or a longer word, is a title of its own
        ("Tip 1: cut up old clothes", ["Last-Minute-Halloween-Costumes"]),
        ("Tip 1: cut up old clothes", ["Gefahrstoffmanagementsystem"]),
        # a headline of two words is no better evidence than the title
        ("Night Market", ["Stories"]),
        # a title of two words is no section's name
        ("The Night Market Returns", ["Street Stories"]),
    ],
)
def test_other_titles_stay(headline: str, titles: list[str]) -> None:
    assert choose_title(headline, titles, []).index == 0


def test_a_site_rules_title_is_never_second_guessed() -> None:
    choice = choose_title("The Night Market Returns", ["Stories"], [], trusted=1, authoritative=1)
    assert choice.title == "Stories"
