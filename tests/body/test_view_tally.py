"""A count of a page's or a post's views alone on its line ("1,204 views", "Aufrufe: 312",
"128 lượt xem") is the readers' tally, furniture; words the count runs into, a phrase after
it and a sentence giving a count of views are text."""

from __future__ import annotations

import pytest

from newsextract.body.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "1,204 views",
        "18.4K views",
        "Views: 312",
        "Aufrufe: 1.204",
        "1 204 vues",
        "312 просмотров",
        "Просмотров: 3 412",
        "1.204 kali dilihat",
        "128 lượt xemTheo dõi",  # a "Follow" link run on against the count
    ],
)
def test_a_view_count_alone_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "3 viewpoints",
        "2 views of Paris",
        "3 visitas imprescindibles",
        "The video has 1,204 views.",
        "128 lượt xem Theo dõi tuần này",
    ],
)
def test_a_phrase_with_a_count_of_views_is_text(line: str) -> None:
    assert not is_furniture_line(line)
