"""A title that opens with its section's name before a breadcrumb's mark ("News » Summer
tournament results", a small CMS's <title> without the site's name) gives the headline after
it (title.py ``_without_leading_section_word``)."""

from __future__ import annotations

import pytest

from newsextract.metadata.title import choose_title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("News » Summer tournament results", "Summer tournament results"),
        ("Aktuelles › Neue Trainingszeiten ab Mai", "Neue Trainingszeiten ab Mai"),
        # a bar, a dash or a colon opens a kicker or a label as often: kept
        ("Exclusive | Mayor to step down after budget row", None),
        ("Analyse - Warum der Haushalt wackelt", None),
        ("Update: river road closed until Friday", None),
        # two words, or a headline of two words after it, are kept
        ("Club News » Summer tournament results", None),
        ("News » Tournament results", None),
        # an abbreviation or a number is no section's name
        ("EU » New rules for drones", None),
    ],
)
def test_leading_section_word(title: str, expected: str | None) -> None:
    choice = choose_title(None, [title], ["clanpage", "clanpage.example"])
    assert choice.title == (expected or title)


def test_not_beside_an_agreeing_headline() -> None:
    # the visible headline agrees with the title: it wins as it stands
    headline = "Summer tournament results"
    choice = choose_title(headline, [f"News » {headline}"], [])
    assert (choice.title, choice.index) == (headline, -1)
