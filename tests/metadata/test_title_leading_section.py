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
        # (not a marker: "Update:" is one, cut, see test_blind_title_probes_70)
        ("Warning: river road closed until Friday", None),
        # a headline of two words after it: kept
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


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # an old blog theme's trail: the site, its archive, the post
        ("Fernhill Notes » Blog Archive » Pressing wild flowers", "Pressing wild flowers"),
        ("Blog Archive » Pressing wild flowers in May", "Pressing wild flowers in May"),
        # three words, or a word not capitalised, are no section's name
        ("Our Club News » Summer tournament results", None),
        ("Club news » Summer tournament results", None),
    ],
)
def test_two_word_sections(title: str, expected: str | None) -> None:
    choice = choose_title(None, [title], ["fernhillnotes", "fernhillnotes.example"])
    assert choice.title == (expected or title)


@pytest.mark.parametrize(
    "title",
    [
        "Pressing wild flowers in May « Fernhill Notes",
        "Pressing wild flowers in May • Fernhill Notes",
        "Fernhill Notes • Pressing wild flowers in May",
    ],
)
def test_a_backward_guillemet_and_a_bullet_separate_the_sites_name(title: str) -> None:
    choice = choose_title(None, [title], ["fernhillnotes", "fernhillnotes.example"])
    assert choice.title == "Pressing wild flowers in May"


def test_french_quotes_are_kept() -> None:
    title = "Le maire : « Nous rouvrirons le pont » - La Gazette du Val"
    choice = choose_title(None, [title], ["gazetteduval", "gazetteduval.example"])
    assert choice.title == "Le maire : « Nous rouvrirons le pont »"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Trang chủ » Sức khỏe » Bảy thói quen giúp ngủ ngon hơn",
            "Bảy thói quen giúp ngủ ngon hơn",
        ),
        ("Начало > Здраве > Как да спим по-добре през зимата", "Как да спим по-добре през зимата"),
        ("หน้าแรก › สุขภาพ › วิธีดูแลสุขภาพในช่วงฤดูฝน", "วิธีดูแลสุขภาพในช่วงฤดูฝน"),
        ("Home > Garden > Pruning roses in late winter", "Pruning roses in late winter"),
        # marks that differ are no trail
        ("Home > Garden » Pruning roses in late winter", None),
        # the last part is shorter than a step, or of fewer than three words: no trail
        ("Garden > Pruning roses in late winter > Why it helps", None),
        ("A > B > C", None),
    ],
)
def test_breadcrumb_trail_title(title: str, expected: str | None) -> None:
    choice = choose_title(None, [title], ["fernhill", "fernhill.example"])
    assert choice.title == (expected or title)
