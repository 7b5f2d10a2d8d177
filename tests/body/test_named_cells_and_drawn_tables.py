"""Two readings of legacy table markup (round 41). A row of one cell is a layout table's
slot, not a data row: when the template names the cell (an e-mail's "preheader" or
"footer" cell), its name is weighed as a ``<div>``'s is. A table drawn with its grid lines
(``border="1"``, or a border its inline style draws) is data from two rows of a grid: a
homepage's small table of values.
Invented pages."""

from __future__ import annotations

import newsextract

# The letter's blocks, each in a row of its own (the template's table per block).
_BLOCKS = (
    "<h1>Letter</h1><p>This month the volunteers planted more than three thousand trees "
    "along the canal, and the school garden has a new greenhouse.</p>",
    "<h2>The mobile library</h2><p>The library bus now reaches four more hill schools, "
    "with two hundred new books on board.</p>",
    "<p>Thank you to every donor who made these projects happen this winter.</p>",
)


def _newsletter(top: str, bottom: str) -> str:
    rows = "".join(
        f"<tr><td style='padding:10px'><table width='100%'><tr><td>{block}</td></tr></table>"
        "</td></tr>"
        for block in _BLOCKS
    )
    return (
        "<html lang='en'><head><title>Letter</title></head><body><center><table width='600'>"
        f"<tr>{top}</tr>{rows}<tr>{bottom}</tr></table></center></body></html>"
    )


def test_named_single_cells_are_weighed_by_their_names() -> None:
    html = _newsletter(
        "<td class='preheader'>Trouble reading? <a href='/web'>Open it here</a></td>",
        "<td class='footer'>Sent to friends of the fund · <a href='/u'>Leave the list</a></td>",
    )
    body = newsextract.extract(html, url="https://fund.example.org/letters/7").body or ""
    assert "three thousand trees along the canal" in body
    assert "Trouble reading?" not in body
    assert "Leave the list" not in body


def test_unnamed_single_cells_stay_rows() -> None:
    html = _newsletter(
        "<td>Our letter for the winter, written by the board.</td>",
        "<td>Every donor is named in the annual report.</td>",
    )
    body = newsextract.extract(html, url="https://fund.example.org/letters/8").body or ""
    assert "three thousand trees along the canal" in body


def _homepage(border: str) -> str:
    return (
        "<html lang='en'><head><title>About me</title></head><body><table width='760' "
        "border='0'><tr><td width='150'><a href='/'>Home</a><br><a href='/g'>Guestbook</a>"
        "</td><td width='600'><font size='2'><b>About me</b><br><br>I teach physics at a "
        "secondary school and walk in the hills on every free weekend.<br><br><b>Hills I "
        f"climbed</b><br><table{border}><tr><td>Cader Idris</td><td>893 m</td><td>2003</td>"
        "</tr><tr><td>Ben Nevis</td><td>1345 m</td><td>2005</td></tr></table><br>One day I "
        "want to walk the whole ridge in a single week.</font></td></tr></table></body></html>"
    )


def test_a_bordered_two_row_grid_is_data() -> None:
    body = newsextract.extract(_homepage(" border='1'"), url="http://example.org/~me/").body
    assert "Ben Nevis" in (body or "")
    assert "1345 m" in (body or "")


def test_a_borderless_two_row_grid_stays_layout() -> None:
    body = newsextract.extract(_homepage(" border='0'"), url="http://example.org/~me/").body
    assert "walk the whole ridge" in (body or "")
    assert "Ben Nevis" not in (body or "")


def test_a_grid_drawn_by_its_inline_style_is_data() -> None:
    html = _homepage(" style='border-collapse: collapse; border: 1px solid #999'")
    body = newsextract.extract(html, url="http://example.org/~me/").body or ""
    assert "1345 m" in body


def test_a_grid_whose_cells_draw_their_borders_is_data() -> None:
    html = _homepage("").replace("<td>Cader Idris", "<td style='border:1px solid'>Cader Idris")
    body = newsextract.extract(html, url="http://example.org/~me/").body or ""
    assert "1345 m" in body


def test_a_grid_that_only_collapses_its_borders_stays_layout() -> None:
    html = _homepage(" style='border-collapse:collapse' border='0'")
    body = newsextract.extract(html, url="http://example.org/~me/").body or ""
    assert "Ben Nevis" not in body
