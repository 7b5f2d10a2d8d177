"""A time of day in a list item's own words ("Wake up before 5:30 am") is a step's or a
rule's, not a page's stamp: the item stays; a list item that is a date stays furniture."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.furniture_lines import is_furniture_line

_PARAGRAPH = (
    "The morning alms round starts before sunrise, when hundreds of monks walk barefoot "
    "along the main street and the town is still quiet. Visitors are welcome to watch."
)


def test_a_list_of_rules_keeps_the_rule_with_a_time() -> None:
    page = (
        "<html lang='en'><body><article><h1>Watching the alms round</h1>"
        f"<p>{_PARAGRAPH}</p><p>A few rules for visitors:</p><ul><li>Wake up before 5:30 am</li>"
        "<li>Dress modestly</li><li>Never block the monks' path</li></ul></article></body></html>"
    )
    markdown = newsextract.extract(page, url="https://travel.example/alms").body_markdown()
    assert markdown.endswith(
        "- Wake up before 5:30 am\n- Dress modestly\n- Never block the monks' path"
    )


@pytest.mark.parametrize(
    "line",
    ["Updated 5 March 2024, 10:30", "12.03.2024 10:30", "10:30", "Monday 10:30"],
)
def test_a_list_item_that_is_a_date_stays_furniture(line: str) -> None:
    assert is_furniture_line(line, list_item=True)


def test_the_same_line_outside_a_list_stays_a_date_line() -> None:
    assert is_furniture_line("Kyiv, 10:30")
    assert not is_furniture_line("Kyiv, 10:30", list_item=True)
