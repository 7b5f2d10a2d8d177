"""A grid of two rows is data when its header cells say so (``TableVerdicts._headed``): a
header row naming the columns over one row of values, or rows each named by a ``<th>``; two
unheaded rows, or rows of links, stay what the page around them makes them.
And a section's list under a heading after the text may be followed by that section's data
table (a match report's line-ups, then its statistics), which joins with it (round 47)."""

from __future__ import annotations

import newsextract

_OPENING = (
    "<p>The night train leaves the northern terminus at ten and reaches the coast shortly "
    "after dawn, stopping at four stations on the way.</p>"
)
_CLOSING = (
    "<p>Sleeping compartments can be booked up to three months ahead; the bar carriage stays "
    "open until midnight and again from six in the morning.</p>"
)


def _body(table: str) -> str:
    page = (
        "<html lang='en'><body><nav><a href='/'>Rail</a></nav><main><h1>The night train</h1>"
        f"<div class='content'>{_OPENING}{table}{_CLOSING}</div></main></body></html>"
    )
    return newsextract.extract(page).body or ""


def test_a_header_row_over_one_row_of_values_is_data() -> None:
    body = _body(
        "<table><tr><th>Berth</th><th>Fare</th></tr><tr><td>Couchette</td><td>€49</td></tr></table>"
    )
    assert "Couchette | €49" in body


def test_a_header_row_with_an_empty_corner_over_one_row_is_data() -> None:
    body = _body(
        "<table><thead><tr><th></th><th>Departure</th><th>Arrival</th></tr></thead><tr><td>"
        "Weekdays</td><td>22:04</td><td>06:41</td></tr></table>"
    )
    assert "Weekdays | 22:04 | 06:41" in body


def test_two_unheaded_rows_of_short_values_stay_layout() -> None:
    body = _body(
        "<table><tr><td>Departure</td><td>22:04</td></tr><tr><td>Arrival, after the long "
        "crossing of the plain</td><td>06:41</td></tr></table>"
    )
    assert "22:04" not in body
    assert "bar carriage stays open" in body


def test_two_rows_of_links_are_no_data() -> None:
    body = _body(
        "<table><tr><th>More</th><th>Trains</th></tr><tr><td><a href='/a'>Day train</a></td>"
        "<td><a href='/b'>Car train</a></td></tr></table>"
    )
    assert "Day train" not in body
    assert "bar carriage stays open" in body


def test_a_sections_table_after_its_list_joins_the_text() -> None:
    page = (
        "<html lang='et'><body><main><h1>Tammeka võitis</h1><div class='report'><p>Tartu "
        "meeskond läks juhtima juba kümnendal minutil, kui poolkaitsja lõi palli "
        "väravasse.</p><p>Kalev viigistas teise poolaja alguses, kuid lisaminutil tõi võidu "
        "noor ründaja.</p></div><h2>Koosseisud</h2><div class='lineups'><ul><li>Rasmus Kask"
        "</li><li>Karl Sepp</li></ul></div><table class='stats'><tr><th></th><th>Tammeka</th>"
        "<th>Kalev</th></tr><tr><td>Pallivaldamine</td><td>54%</td><td>46%</td></tr><tr><td>"
        "Pealelöögid</td><td>12</td><td>7</td></tr></table></main><aside><p>Reklaam</p></aside></body></html>"
    )
    body = newsextract.extract(page).body or ""
    assert "Rasmus Kask" in body
    assert "Pealelöögid | 12 | 7" in body


def test_two_rows_named_by_row_headers_are_data() -> None:
    body = _body(
        "<table><tr><th scope='row'>Couchette</th><td>€49</td><td>6 beds</td></tr><tr><th "
        "scope='row'>Sleeper</th><td>€89</td><td>2 beds</td></tr></table>"
    )
    assert "Sleeper | €89 | 2 beds" in body
