"""Round 13 (issue 11): a table written without ``<th>`` whose rows leave some cells empty
(a standings table's missing draws, a schedule's time not yet set) is data, read row by row;
a table some of whose rows fill one cell only (a page header laid out as a table) stays
layout."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The parish council met on Tuesday and agreed the summer timetable for the village "
    "hall, which reopens after its new roof was finished ahead of schedule.</p>"
)
_CLOSE = (
    "<p>Bookings for the hall can be made at the post office, which keeps the diary, until "
    "the end of the month.</p>"
)


def _body(table: str) -> str:
    page = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Village hall reopens</h1><div class='entry-content'>{_TEXT}{table}"
        f"{_CLOSE}</div></article><footer>© Parish News</footer></body></html>"
    )
    return newsextract.extract(page).body or ""


def test_a_grid_with_empty_cells_is_a_data_table() -> None:
    table = (
        "<table><tr><td>Monday</td><td>Yoga</td><td>7 pm</td></tr>"
        "<tr><td>Wednesday</td><td>Choir</td><td></td></tr>"
        "<tr><td>Friday</td><td>Film club</td><td>8 pm</td></tr></table>"
    )
    body = _body(table)
    assert "Monday | Yoga | 7 pm" in body
    assert "Wednesday | Choir" in body
    assert "Friday | Film club | 8 pm" in body


def test_a_table_with_rows_of_one_filled_cell_is_no_grid() -> None:
    # A page header laid out as a table: a greeting beside the date, a row holding only a
    # login link, a search label beside its button. Rows that give no value are layout.
    table = (
        "<table><tr><td>Welcome to the parish</td><td>Tuesday 3 June</td><td></td></tr>"
        "<tr><td></td><td>Log in</td><td></td></tr>"
        "<tr><td>Search the site</td><td>Go</td><td></td></tr></table>"
    )
    body = _body(table)
    assert "parish council met" in body
    assert "Welcome to the parish" not in body
    assert "Search the site" not in body


def test_a_layout_table_with_a_long_cell_stays_layout() -> None:
    long_cell = "A note on the hall's history that runs on for a while. " * 3
    table = (
        f"<table><tr><td>Note</td><td>{long_cell}</td><td></td></tr>"
        "<tr><td>Menu</td><td>Home</td><td></td></tr>"
        "<tr><td>Menu</td><td>News</td><td></td></tr></table>"
    )
    body = _body(table)
    assert "Menu | Home" not in body


def _after_text(after: str) -> str:
    page = (
        "<html lang='en'><body><nav><a href='/'>Home</a></nav><div class='page'>"
        f"<div class='story'>{_TEXT}{_CLOSE}</div>{after}</div></body></html>"
    )
    return newsextract.extract(page).body or ""


def test_a_line_set_in_a_one_cell_table_after_the_text_stays_out() -> None:
    # A forum's or an old site's footer line laid out as a table of one cell is no data
    # section of the text (``region_data.data_after``).
    body = _after_text("<table><tr><td>All times are GMT + 1 hour</td></tr></table>")
    assert "parish council met" in body
    assert "All times are GMT" not in body


def test_a_data_table_after_the_text_still_joins() -> None:
    table = (
        "<table><tr><th>Day</th><th>Club</th></tr><tr><td>Monday</td><td>Yoga</td></tr>"
        "<tr><td>Friday</td><td>Film club</td></tr></table>"
    )
    assert "Friday | Film club" in _after_text(table)
