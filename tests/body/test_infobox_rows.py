"""An encyclopedia entry's infobox (a table of the entry's facts beside its lead) is read as
a table, rows and cells; the word "infobox" still makes a box of prose furniture (a news
page's background paragraphs set beside the text). A first row of one cell spanning the
table is its title, not a row that makes the table layout. Invented pages."""

from __future__ import annotations

import newsextract

_LEAD = (
    "<p>The <b>Cullen</b> is a river in the north of Westmarch, rising on Fenn Moor and "
    "flowing east for 41 kilometres to the sea at Aldhaven.</p>"
    "<p>It is the shortest of the county's three main rivers.</p>"
)
_SECTIONS = (
    "<h2>History</h2><p>The lower river drove six mills at Aldhaven by 1700, and the last "
    "of them closed in 1928.</p><h2>Wildlife</h2><p>Salmon run up the river as far as the "
    "falls at Hobb's Linn every autumn.</p>"
)


def _extract(box: str) -> newsextract.Article:
    html = (
        "<html lang='en'><head><title>Cullen - Freepedia</title></head><body>"
        "<div id='mw-panel'><ul><li><a href='/'>Main page</a></li>"
        "<li><a href='/random'>Random article</a></li></ul></div>"
        "<main id='content'><h1>Cullen</h1><div class='mw-parser-output'>"
        f"{box}{_LEAD}{_SECTIONS}</div></main>"
        "<footer><p>This page was last edited on 3 March 2025.</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://freepedia.example/wiki/Cullen")


def test_an_infobox_table_is_read_as_rows_and_cells() -> None:
    article = _extract(
        "<table class='infobox'><tr><th scope='row'>Source</th><td>Fenn Moor</td></tr>"
        "<tr><th scope='row'>Mouth</th><td>Aldhaven</td></tr>"
        "<tr><th scope='row'>Length</th><td>41 km</td></tr></table>"
    )
    assert article.body_markdown() == (
        "| Source | Fenn Moor |\n| --- | --- |\n| Mouth | Aldhaven |\n| Length | 41 km |\n\n"
        "The Cullen is a river in the north of Westmarch, rising on Fenn Moor and flowing "
        "east for 41 kilometres to the sea at Aldhaven.\n\n"
        "It is the shortest of the county's three main rivers.\n\n## History\n\n"
        "The lower river drove six mills at Aldhaven by 1700, and the last of them closed in "
        "1928.\n\n## Wildlife\n\nSalmon run up the river as far as the falls at Hobb's Linn "
        "every autumn."
    )


def test_an_infobox_with_a_title_row_and_no_th_is_data() -> None:
    body = _extract(
        "<div class='infobox-wrap'><table><tr><td colspan='2'><b>Cullen</b></td></tr>"
        "<tr><td>Country</td><td>Westmarch</td></tr><tr><td>Length</td><td>41 km</td></tr>"
        "<tr><td>Basin</td><td>212 km²</td></tr></table></div>"
    ).body
    assert body is not None
    assert "Country | Westmarch" in body
    assert "Basin | 212 km²" in body
    assert "Random article" not in body
    assert "last edited" not in body


def test_an_infobox_of_prose_stays_furniture() -> None:
    body = _extract(
        "<div class='infobox'><h3>Background</h3><p>Rivers in the county have been "
        "monitored by the water board since 1974, with reports each spring.</p></div>"
    ).body
    assert body is not None
    assert "monitored by the water board" not in body
    assert "shortest of the county's three main rivers" in body
