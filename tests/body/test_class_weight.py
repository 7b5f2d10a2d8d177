"""``class_weight`` weighs class and id names word by word: the strongest word wins."""

from __future__ import annotations

import pytest

from newsextract.body.patterns import class_weight


@pytest.mark.parametrize(
    ("names", "weight"),
    [
        ("", 0),
        ("row col-md-8", 0),
        ("post", 1),
        ("article-body", 2),
        ("share-bar article-body", 2),  # a body-ish word outranks boilerplate anywhere
        ("comments post", -2),
        ("sidebar post", -1),
        ("post has-comments", 1),  # a state modifier names a feature of the page
        ("layout without-sidebar\tentry", 1),  # any white space separates the words
        ("layout comments-enabled", 0),
        ("Related-Stories", -2),  # upper case is weighed as lower case
        ("ad wrapper", -1),
        ("header-nav\u00a0story", -1),
    ],
)
def test_the_strongest_word_wins(names: str, weight: int) -> None:
    assert class_weight(names) == weight


def test_a_name_weighs_as_its_words_in_any_order() -> None:
    words = ["story-body", "comments", "sidebar", "entry", "promo-teaser", "grid"]
    for first in words:
        for second in words:
            assert class_weight(f"{first} {second}") == class_weight(f"{second} {first}")
