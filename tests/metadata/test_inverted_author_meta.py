"""An author meta written family name first ("Dobson, Harriet": Dublin Core's and Highwire's
convention) is turned round; a credit and a name, or two names, are left as written."""

from __future__ import annotations

import pytest

from newsextract.metadata.meta import _given_name_first


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Dobson, Harriet", "Harriet Dobson"),
        ("Dobson, Harriet J.", "Harriet J. Dobson"),
        ("Dobson, Harriet Jane", "Harriet Jane Dobson"),
        ("Nowicki, Tomasz", "Tomasz Nowicki"),
        # an agency's credit before a name, not a family name
        ("Reuters, Anna", "Reuters, Anna"),
        ("AFP, Anna Smith", "AFP, Anna Smith"),
        # two names, or two given names
        ("Harriet Dobson, Tomasz Nowicki", "Harriet Dobson, Tomasz Nowicki"),
        ("Anna, Maria", "Anna, Maria"),
        ("Dobson, Harriet, Jane", "Dobson, Harriet, Jane"),
    ],
)
def test_a_name_written_family_name_first_is_turned_round(written: str, read: str) -> None:
    assert _given_name_first(written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Highwire's "Last, First": a family name alone before the comma, any given names
        ("Okafor, Chidi", "Chidi Okafor"),
        ("Okafor, Chidi Emeka", "Chidi Emeka Okafor"),
        ("Nowicki, Tomasz", "Tomasz Nowicki"),
        # two names, an agency's credit, two given names: as written
        ("Harriet Dobson, Tomasz Nowicki", "Harriet Dobson, Tomasz Nowicki"),
        ("Reuters, Anna", "Reuters, Anna"),
        ("Anna, Maria", "Anna, Maria"),
    ],
)
def test_a_citation_author_is_family_name_first_by_its_convention(written: str, read: str) -> None:
    assert _given_name_first(written, family_first=True) == read
