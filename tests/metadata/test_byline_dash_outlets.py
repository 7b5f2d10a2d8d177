"""One word after a spaced dash closing a byline's first name of two to four words is the
outlet, desk or town the writer files for ("Budi Santoso - detikNews"), not a second
writer: the name is kept, where the whole part read as no name before. An agency after the
dash is credited, after several writers too; two names around a dash stay two writers."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Budi Santoso - detikNews", ["Budi Santoso"]),  # the outlet the writer files for
        ("Ana Souza — Santos", ["Ana Souza"]),  # the town
        ("By Jane Doe - Reuters", ["Jane Doe", "Reuters"]),  # an agency is credited
        # after several writers too, joined by the language's "and"
        ("By Jane Doe and Tom Roe - Reuters", ["Jane Doe", "Tom Roe", "Reuters"]),
        ("Oleh Ahmad Faizal dan Nurul Huda - Bernama", ["Ahmad Faizal", "Nurul Huda", "Bernama"]),
        ("Nguyễn Văn An - Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),  # two writers
        ("Jane Doe - 3 March 2024", ["Jane Doe"]),
    ],
)
def test_one_word_after_a_dash_closing_the_first_name_is_no_writer(
    byline: str, names: list[str]
) -> None:
    assert split_byline(byline) == names
