"""An organisation's name that ends in a role word ("BBC News") is a credit kept whole, not
initials with a job title cut off (``authors.clean_name``)."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import clean_name


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("BBC News", "BBC News"),
        ("BBC Sport", "BBC Sport"),
        ("ABC News", "ABC News"),
        # A job title with a noun of its own after the initials: the employer, then the title.
        ("AP Sports Writer", "AP"),
        ("NDTV Sports Desk", "NDTV"),
        # People keep losing their job titles.
        ("Jane Doe, Staff Writer", "Jane Doe"),
        ("Jane Doe News Editor", "Jane Doe"),
        ("Jane News", "Jane"),
    ],
)
def test_a_role_word_after_initials_is_part_of_the_name(credit: str, name: str) -> None:
    assert clean_name(credit) == name
