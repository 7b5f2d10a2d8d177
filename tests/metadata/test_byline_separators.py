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
        # the serial comma: the joiner opens the last name's part
        ("By Ann Lee, Bo Chen, and Tom Watkins", "en", ["Ann Lee", "Bo Chen", "Tom Watkins"]),
        ("By Ann Lee, Bo Chen, and Tom Watkins", None, ["Ann Lee", "Bo Chen", "Tom Watkins"]),
        ("Por Ana Gil, Luis Paz, y Eva Ruiz", "es", ["Ana Gil", "Luis Paz", "Eva Ruiz"]),
        ("राम शर्मा, और सीता वर्मा", "hi", ["राम शर्मा", "सीता वर्मा"]),
        # a name that is another language's joiner, capitalised, stays whole ("dan": Malay)
        ("By Ann Lee, Dan Whitlock", "en", ["Ann Lee", "Dan Whitlock"]),
    ],
)
def test_byline_separators(byline: str, language: str | None, names: list[str]) -> None:
    assert split_byline(byline, language) == names
