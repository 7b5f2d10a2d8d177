"""Two tables that did not read as tables (round 47): an editor's table whose header row is
set in bold ``<td>``s instead of ``<th>``s (``table_row_parts._bold_cells``: the row is its
header, so two rows are data), and an ARIA grid of ``<div>``s and ``<span>``s
(``table_row_parts.aria_row_parts``: each ``role=row`` a table row, its cells apart, where they
ran together as inline text: "Berth" + "Fare" read "BerthFare"). A grid of links stays a
list of links; a bold label alone over a row is no header."""

from __future__ import annotations

import newsextract
from newsextract.body.model import BlockKind

_OPENING = (
    "<p>The night train leaves the northern terminus at ten and reaches the coast shortly "
    "after dawn, stopping at four stations on the way.</p>"
)
_CLOSING = (
    "<p>Sleeping compartments can be booked up to three months ahead; the bar carriage stays "
    "open until midnight and again from six in the morning.</p>"
)


def _article(table: str) -> newsextract.Article:
    page = (
        "<html lang='en'><body><nav><a href='/'>Rail</a></nav><main><h1>The night train</h1>"
        f"<div class='content'>{_OPENING}{table}{_CLOSING}</div></main></body></html>"
    )
    return newsextract.extract(page)


def test_a_bold_first_row_is_the_header_of_an_editors_table() -> None:
    article = _article(
        "<table><tbody><tr><td><strong>Berth</strong></td><td><strong>Fare</strong></td><td>"
        "<b><strong>Seats</strong></b></td></tr><tr><td>Couchette</td><td>€49</td><td>6</td>"
        "</tr></tbody></table>"
    )
    assert "Couchette | €49 | 6" in (article.body or "")
    rows = [b for b in article.body_blocks if b.kind is BlockKind.TABLE_ROW]
    assert [row.header for row in rows] == [True, False]


def test_a_row_half_in_bold_is_no_header() -> None:
    article = _article(
        "<table><tr><td><strong>Berth</strong> (lower)</td><td><strong>Fare</strong></td><td>"
        "Seats</td></tr><tr><td>Couchette</td><td>€49</td><td>6</td></tr></table>"
    )
    assert "Couchette | €49 | 6" not in (article.body or "")


def test_an_aria_table_of_divs_reads_as_rows_of_cells() -> None:
    body = (
        _article(
            "<div role='table'><div role='rowgroup'><div role='row'><div role='columnheader'>"
            "Berth</div><div role='columnheader'>Fare</div></div></div><div role='rowgroup'><div "
            "role='row'><span role='cell'>Couchette</span><span role='cell'>€49</span></div></div>"
            "</div>"
        ).body
        or ""
    )
    assert "Berth | Fare" in body
    assert "Couchette | €49" in body
    assert "BerthFare" not in body


def test_an_aria_grid_of_links_stays_out() -> None:
    body = (
        _article(
            "<div role='grid'><div role='row'><span role='gridcell'><a href='/1'>Day train to "
            "the lakes</a></span><span role='gridcell'><a href='/2'>Car train south</a></span>"
            "</div><div role='row'><span role='gridcell'><a href='/3'>Ferry link</a></span><span "
            "role='gridcell'><a href='/4'>Bus link</a></span></div></div>"
        ).body
        or ""
    )
    assert "Car train south" not in body
    assert "bar carriage stays open" in body
