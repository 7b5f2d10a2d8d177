"""Class words of wave 75 (blind75s): a marketplace's safety-advice box, a preprint's list
of versions, a box of whom to call after the text and a "live" badge are furniture by their
compound names; the bare words stay neutral (a text about safety, a contact page's own
text, a live blog's stream)."""

from __future__ import annotations

import pytest

from newsextract.body.class_names import class_weight


@pytest.mark.parametrize(
    "names",
    [
        "safety-tips",
        "listing safety-advice",
        "submission-history",
        "contact-box",
        "sidebar-contact-card",
        "live-badge",
        "match live-indicator",
    ],
)
def test_compound_names_are_furniture(names: str) -> None:
    assert class_weight(names) < 0


@pytest.mark.parametrize("names", ["safety", "road-safety", "contact", "live", "submission"])
def test_bare_words_stay_neutral(names: str) -> None:
    assert class_weight(names) == 0
