"""The job-title regexes are skipped on an ASCII text holding no title's first word in any
case (``byline_roles._may_hold_role``): what they find must be what they found when run on
every text."""

from __future__ import annotations

import re

import pytest

from newsextract.metadata import byline_roles
from newsextract.metadata.authors import split_byline


def _ascii_roles() -> list[str]:
    return [role for kind in byline_roles._role_words() for role in kind if role.isascii()]


def test_every_ascii_title_in_any_case_may_be_there() -> None:
    for role in _ascii_roles():
        for written in (role, role.upper(), role.title(), f"Jane Doe, {role.title()} at Large"):
            assert byline_roles._may_hold_role(written), written


def test_a_compound_title_ending_a_word_may_be_there() -> None:
    compound = next(role for role in byline_roles._role_words()[1] if role.isascii())
    assert byline_roles._may_hold_role(f"Jane Doe, Sport{compound}")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe",
        "Jane Doe in Paris",
        "Max Muster for the Daily Planet",
        "By Laura Hepburn, Local Democracy Reporter",
        "Rachel Osei, Office of Communications",
        "Anna Berg, Sportredakteurin",
        "Jane Doe at Reuters",
        "AP Sports Writer",
        "Redaktor Petr Svoboda",
        "Petr Svoboda a Eva Malá",
        "김철수 기자",
        "Jane Doe\tin London",
    ],
)
def test_the_cut_is_the_full_regex_s(text: str) -> None:
    full = byline_roles._roles()
    used = byline_roles.role_tail(text)
    assert used.sub("", text) == full.sub("", text)
    assert (used.search(text) is None) == (full.search(text) is None)
    if not byline_roles._may_hold_role(text):
        assert byline_roles._leading_roles().match(text) is None


def test_a_name_with_no_title_is_read_by_the_place_branch_alone() -> None:
    assert not byline_roles._may_hold_role("Jane Doe in Paris")
    assert byline_roles.role_tail("Jane Doe in Paris").sub("", "Jane Doe in Paris") == "Jane Doe "


def test_a_pattern_character_matching_ascii_in_any_case_is_read_as_it() -> None:
    # The Kelvin sign matches "k" and "K" under re.I, the long s "s": a title written with
    # them is found in ASCII text.
    assert byline_roles._ascii_matches("\u212a") == "k"
    assert byline_roles._ascii_matches("\u017f") == "s"
    assert byline_roles._ascii_matches("é") == ""
    assert re.fullmatch("\u212a", "k", re.I)


def test_bylines_split_as_before() -> None:
    assert split_byline("By Laura Hepburn, Local Democracy Reporter") == ["Laura Hepburn"]
    assert split_byline("Jane Doe in Paris") == ["Jane Doe"]
    assert split_byline("Max Muster und Erika Beispiel") == ["Max Muster", "Erika Beispiel"]
