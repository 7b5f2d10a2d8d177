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
        ("Tip 1: cut up old clothes", ["Last-Minute-Carnival-Costumes"]),
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


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Volunteers sort the winter donations | Local News",
            "Volunteers sort the winter donations",
        ),
        (
            "Ehrenamtliche sortieren die Spenden | Lokales Neustadt",
            "Ehrenamtliche sortieren die Spenden",
        ),
        # after a dash, two capitalised words are the headline's own (German nouns)
        ("Wie sicher ist die Brücke? – Ein Faktencheck", None),
        # three words, a word not capitalised, or a colon: the headline's own
        ("Volunteers sort the donations | Our Local News", None),
        ("Bridge repairs - what drivers need", None),
        ("Volunteers sort the donations: Local News", None),
    ],
)
def test_a_two_word_section_before_the_cut_site_name(title: str, expected: str | None) -> None:
    choice = choose_title(None, [f"{title} | Valley Post"], ["valleypost", "valleypost.example"])
    assert choice.title == (expected or title)
