"""``company``: a company's legal name told from a publication's brand."""

from __future__ import annotations

import pytest

from newsextract.metadata.company import is_brand, is_legal_name


@pytest.mark.parametrize(
    "name",
    [
        "Helvetmedia AG",
        "Ediciones Mirador S.L.",
        "JP/Politikens Hus A/S",
        "Eberle Consulting GmbH & Co. KG",
        "Macmillan Publishers Limited, part of Springer Nature",
        "Ringier Axel Springer Polska sp. z o.o.",
    ],
)
def test_legal_names(name: str) -> None:
    assert is_legal_name(name)
    assert not is_brand(name)


@pytest.mark.parametrize(
    "name", ["Seeblatt", "The Washington Post", "Le Monde", "Nature", "WerbeWelt.de"]
)
def test_brands(name: str) -> None:
    assert not is_legal_name(name)
    assert is_brand(name)


@pytest.mark.parametrize(
    "name",
    [
        "https://www.fr.de",
        "ltg.ch/",
        "@oe24News",
        "impulse_inside",
        "TACH! - Lokalnachrichten",
        "Osthessen|News",
        "",
    ],
)
def test_addresses_handles_and_taglines_are_no_brand(name: str) -> None:
    assert not is_brand(name)


def test_a_legal_form_alone_is_no_companys_name() -> None:
    assert not is_legal_name("AG")
