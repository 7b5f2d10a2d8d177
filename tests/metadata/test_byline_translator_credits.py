"""A translator's or reviewer's credit after a byline's names is another contributor's, no
writer ("Translated by …", "traduit par …", "übersetzt von …"); after a byline's label the
words before such a credit are the writer's name even when the given-name list lacks it."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Oksana Melnyk. Translated by Daniel Ross", ["Oksana Melnyk"]),
        ("By Oksana Melnyk. Photos by Ann Lee", ["Oksana Melnyk"]),  # a name the list lacks
        ("Par Marie Dupont, traduit par Jean Roy", ["Marie Dupont"]),
        ("Von Anna Berg, übersetzt von Tom Lenz", ["Anna Berg"]),
        ("Revised Edition Edited by Jane Roe", []),  # no label: no name before the credit
    ],
)
def test_a_translators_credit_after_a_labelled_byline_is_no_writer(
    byline: str, names: list[str]
) -> None:
    assert split_byline(byline) == names
