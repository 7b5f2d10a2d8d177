"""The substring tests that stand before the class-name regexes of the walk: each answers
as the regex it shortens would, in any case and any script."""

from __future__ import annotations

import pytest

from newsextract.body.caption_boxes import (
    NAMED_CAPTION,
    NAMED_CREDIT,
    NAMED_NOTHING,
    box_naming,
    credit_class_words,
)
from newsextract.body.container_hints import _CREDIT_CLASS, credit_class

_CLASS_STRINGS = [
    "wp-caption-text",
    "Image-Caption",
    "photo-credit small",
    "BILDUNTERSCHRIFT",
    "pie-de-foto",
    "piedefoto",
    "pie-defoto",
    "foto-gallery",  # "foto" but no caption spelling: the regex's to answer
    "legende",
    "didascalia",
    "post-byline",
    "story-dateline",
    "article-body col-md-8",
    "",
    "caption\u0130",  # non-ASCII: left to the regex
    "\u0130mage-cr\u0131dit",
]


@pytest.mark.parametrize("classes", _CLASS_STRINGS)
def test_credit_class_answers_as_its_regex(classes: str) -> None:
    assert credit_class(classes) is (_CREDIT_CLASS.search(classes) is not None)


@pytest.mark.parametrize(
    ("classes", "named"),
    [
        ("image-credits", True),
        ("photo-copyright", True),
        ("img-source", True),
        ("Photo-Credit", True),
        ("resources-list", False),  # "source" inside a word is no credit word
        ("creditcard-form", False),
        ("article-body", False),
    ],
)
def test_credit_class_words_are_whole_words(classes: str, named: bool) -> None:
    assert credit_class_words(classes) is named


@pytest.mark.parametrize(
    ("classes", "naming"),
    [
        ("wp-caption", NAMED_CAPTION),
        ("image-credits", NAMED_CREDIT),
        ("photo-credit", NAMED_CREDIT),  # a credit's name, no caption's
        ("article-body", NAMED_NOTHING),
    ],
)
def test_box_naming(classes: str, naming: int) -> None:
    assert box_naming(classes) == naming
