"""A marker of the story's medium or state set apart from the visible headline (in brackets,
after a plus, a bar or a dash closing it) is cut from it as from every metadata title (wave 77,
``test_blind_title_probes_77``): "(VIDEO)", "[FOTO]", "+ ФОТО" say how the story is told,
not what it says; one opening the headline before a colon ("VIDEO: …") is the site's own
wording and stays, in the headline and in the metadata titles beside it."""

from __future__ import annotations

import time

import pytest

import newsextract
from newsextract.metadata.title_cleanup import without_marker

_TEXT = "<p>" + "The council met on Tuesday evening and agreed the plan after a long debate. " * 3


def _page(title: str, h1: str, og: str = "") -> str:
    meta = f'<meta property="og:title" content="{og}">' if og else ""
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{h1}</h1>"
        f"{_TEXT}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "colon", "want"),
    [
        ("Storm floods the promenade (VIDEO)", False, "Storm floods the promenade"),
        ("Storm floods the promenade [Photos]", False, "Storm floods the promenade"),
        ("Снежна буря в Смолян [СНИМКИ]", False, "Снежна буря в Смолян"),
        ("Шымкентте дауыл ағаштарды құлатты + ФОТО", False, "Шымкентте дауыл ағаштарды құлатты"),
        ("Шымкентте дауыл ағаштарды құлатты +видео", False, "Шымкентте дауыл ағаштарды құлатты"),
        ("Roob ka da'ay Baydhabo | SAWIRRO", False, "Roob ka da'ay Baydhabo"),
        ("Storm floods the promenade – Video", False, "Storm floods the promenade"),
        # a dash joining a word ("Top-Video"), or a mark inside the headline, stays
        ("Die Top-Video", False, "Die Top-Video"),
        ("Video - the new channel launches", False, "Video - the new channel launches"),
        # a plus inside the headline, or before a word that is no marker, stays
        ("Plus + video editors meet", False, "Plus + video editors meet"),
        ("Tax rises + pensions", False, "Tax rises + pensions"),
        # the colon's form: cut from a metadata title, kept on a visible headline
        ("VIDEO: Voting on the estate's future", True, "Voting on the estate's future"),
        ("VIDEO: Voting on the estate's future", False, "VIDEO: Voting on the estate's future"),
        # a marker alone stays
        ("(VIDEO)", False, "(VIDEO)"),
        ("+ foto", False, "+ foto"),
    ],
)
def test_without_marker(title: str, colon: bool, want: str) -> None:
    assert without_marker(title, colon=colon) == want


@pytest.mark.parametrize(
    ("title", "h1", "og", "want"),
    [
        # the marker on the <h1> and every metadata title
        (
            "Bura srušila stablo u Senju (VIDEO) | Primorje Danas",
            "Bura srušila stablo u Senju (VIDEO)",
            "Bura srušila stablo u Senju (VIDEO)",
            "Bura srušila stablo u Senju",
        ),
        # on the <h1> only
        (
            "Zjarr i madh në pyjet e Vlorës | Gazeta Jug",
            "Zjarr i madh në pyjet e Vlorës (FOTO)",
            "Zjarr i madh në pyjet e Vlorës",
            "Zjarr i madh në pyjet e Vlorës",
        ),
        # a headline that opens with the marker before a colon keeps it
        (
            "VIDEO: Voting on the estate's future - City Desk",
            "VIDEO: Voting on the estate's future",
            "VIDEO: Voting on the estate's future",
            "VIDEO: Voting on the estate's future",
        ),
    ],
)
def test_shown_marker_title(title: str, h1: str, og: str, want: str) -> None:
    html = _page(title, h1, og)
    assert newsextract.extract(html, url="https://citydesk.example.com/2026/12/story").title == want


@pytest.mark.parametrize(
    "run",
    ["+" * 100_000, "+ " * 50_000, "( " * 50_000, "a" * 100_000, "1" * 100_000, "x " * 50_000],
)
def test_without_marker_hostile_runs_are_linear(run: str) -> None:
    # titles reach it with their whitespace collapsed (clean_text): runs of single spaces.
    # Linear is about a second here on a loaded machine; quadratic would take minutes.
    for colon in (False, True):  # each pattern compiled outside the clock
        without_marker("warm-up + foto", colon=colon)
    start = time.perf_counter()
    without_marker(f"Headline {run} + foto", colon=False)
    without_marker(f"Headline {run}", colon=True)
    assert time.perf_counter() - start < 15.0
