from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
        ("Par Marine Guichard, le", ["Marine Guichard"]),
        ("Von Max Mustermann", ["Max Mustermann"]),
        ("Por María García", ["María García"]),
        ("Di Mario Rossi", ["Mario Rossi"]),
        ("Door Jan de Vries", ["Jan de Vries"]),
        ("By JANE DOE | Updated 3 May 2020", ["Jane Doe"]),
        ("By Marcus Bell · Feb. 26, 2024", ["Marcus Bell"]),
        ("Per-Erik Ofstad", ["Per-Erik Ofstad"]),
        ("Autorin/Autor Roman Goncharenko", ["Roman Goncharenko"]),
        ("Elena Oberholzer (obe)", ["Elena Oberholzer"]),
        ("신현주 기자", ["신현주"]),
        ("View all posts by Cem Basman", ["Cem Basman"]),
        ("Grant Tinsley, PhD", ["Grant Tinsley"]),
        ("dpa", ["dpa"]),
        ("https://www.facebook.com/someone", []),
        ("red", []),
        ("Montag", []),
    ],
)
def test_split_byline(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names
