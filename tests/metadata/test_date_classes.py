"""The published date's failure classes found on half A of the evaluation sets, one small
case of each written here (no evaluation page is copied): how the date is written, which
source it comes from and how the vote weighs it."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsextract.dates import find_text_dates, read_written_date
from newsextract.metadata.page_dates import find_page_day, read_day
from newsextract.page import ParsedPage


@pytest.mark.parametrize(
    "text",
    ["Von Redaktion 4. 2. 2022.", "Von Redaktion 4.\u20092.\u20092022.", "am 04. 02. 2022"],
)
def test_a_day_in_numbers_with_spaces_after_the_dots(text: str) -> None:
    """German typography sets a (thin) space after each dot of a numeric date."""
    (found,) = find_text_dates(text)
    assert read_written_date(found.span, "de") == datetime(2022, 2, 4)
    assert read_day(text) == datetime(2022, 2, 4)


def test_a_date_line_with_two_timestamps_is_read_by_its_first() -> None:
    """ "Written: … / Updated: …" has more figures than one date may; a teaser's day further
    down must not answer instead."""
    html = (
        "<html><body><h1>Cold wave ahead</h1>"
        "<p class='date'>Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46</p>"
        "<p>" + "The forecast says the cold will last. " * 8 + "</p>"
        "<ul><li><span class='date'>2023-11-03</span> Earlier story</li></ul></body></html>"
    )
    assert find_page_day(ParsedPage(html, "https://example.org/news_view?id=5"), html) == (
        datetime(2023, 11, 7),
        "date-element",
    )
