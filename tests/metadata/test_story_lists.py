"""A list of the site's other stories that no class names (a "Most read" box, a footer's
"Latest"): two or more short items, each a headline's link and a day. A date line's items
(the author's link, the day's link, the comment count) are none, nor is a thread's list of
posts. And a date cut by the page search's segment end is read without its cut number."""

from __future__ import annotations

import pytest

from newsextract.metadata.other_items import in_story_list
from newsextract.metadata.short_text_days import element_day
from newsextract.page import ParsedPage

_TEASERS = (
    "<ul><li><a href='/a'>Ferry timetable changes in spring</a> <span>4 March 2025</span></li>"
    "<li><a href='/b'>New cycle path along the river</a> <span>2 March 2025</span></li></ul>"
)
_ONE_TEASER = (
    "<ul><li><a href='/a'>Ferry timetable changes in spring</a> <span>4 March 2025</span></li></ul>"
)
_DATE_LINE = (
    "<ul class='meta'><li><a href='/author/jane'>Jane Roe</a></li>"
    "<li><a href='/2025/03/05/'><span>5 March 2025</span></a></li>"
    "<li><a href='#comments'>3 comments</a></li></ul>"
)
_POSTS = (
    "<ol><li><a href='/u/1'>Jane Roe</a> <span>4 March 2025</span><p>"
    + "I have had the same problem with the ferry all winter long. " * 6
    + "</p></li><li><a href='/u/2'>John Doe</a> <span>5 March 2025</span>"
    + "<p>Same here.</p></li></ol>"
)


@pytest.mark.parametrize(
    ("markup", "inside"),
    [(_TEASERS, True), (_ONE_TEASER, False), (_DATE_LINE, False), (_POSTS, False)],
)
def test_what_counts_as_a_list_of_stories(markup: str, inside: bool) -> None:
    node = ParsedPage(f"<html><body>{markup}</body></html>").tree.css_first("span")
    assert node is not None
    assert in_story_list(node) is inside


def test_a_year_cut_by_the_segment_end_is_no_two_digit_year() -> None:
    # the segment's 52 characters end in "12.03.20": no 12 March 2020
    assert element_day("Son eklenenler: Patlıcan fidesi nasıl dikilir 12.03.2025 Kabak") is None
    assert str(element_day("Son eklenenler: Patlıcan fidesi 12.03.2025 Kabak")) == (
        "2025-03-12 00:00:00"
    )


def test_a_page_made_of_sidebars_is_read_whole() -> None:
    from newsextract.metadata.source_days import _MAX_OTHER_ITEMS, _other_items

    few = "<aside><span>12.03.2025</span></aside>" * 2
    many = "<aside><span>12.03.2025</span></aside>" * (_MAX_OTHER_ITEMS + 1)
    nested = "<aside class='x'>" * 300 + "12.03.2025" + "</aside>" * 300
    assert len(_other_items(ParsedPage(f"<html><body>{few}</body></html>"))) == 2
    assert _other_items(ParsedPage(f"<html><body>{many}</body></html>")) == []
    assert len(_other_items(ParsedPage(f"<html><body>{nested}</body></html>"))) <= _MAX_OTHER_ITEMS
