"""Separators of bylines outside the dev sets: an agency after a bar ("Juan Pérez | EFE") is
credited, not cut with what follows a bar; the Arabic comma separates a name from its role
("احمد علی، نامہ نگار"); a spaced dash separates two names ("Nguyễn Văn An - Trần Thị Bình")."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Juan Pérez | EFE", "es", ["Juan Pérez", "EFE"]),
        ("Matti Virtanen | STT", "fi", ["Matti Virtanen", "STT"]),
        ("By Jane Doe | Updated 3 May", "en", ["Jane Doe"]),  # unchanged: not an agency
        ("احمد علی، نامہ نگار", "ur", ["احمد علی"]),
        ("محمد حسن، أحمد علي", "ar", ["محمد حسن", "أحمد علي"]),
        ("Nguyễn Văn An - Trần Thị Bình", "vi", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("Jane Doe - John Smith", "en", ["Jane Doe", "John Smith"]),
        ("By Jane Doe - Staff Writer", "en", ["Jane Doe"]),
        ("Jean-Pierre Dupont", "fr", ["Jean-Pierre Dupont"]),
    ],
)
def test_byline_separators(byline: str, language: str, names: list[str]) -> None:
    assert split_byline(byline, language) == names
