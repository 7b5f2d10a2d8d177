"""A data table's row that links its value (a discography's title, an infobox's mountain
range) is the table's: a year or a label of its own sits beside the link. A table whose
every row is a link and whose header names no columns stays a list of links. Invented
pages."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The Gannets were a folk band from Aldhaven, active from 1991 to 2004, who toured the "
    "islands every summer in a converted fishing boat.</p>"
)
_AFTER = "<h2>Later years</h2><p>The band split in 2004 after their fourth album.</p>"


def _body(table: str) -> str:
    html = (
        "<html lang='en'><head><title>The Gannets</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/bands'>Bands</a></nav><main><h1>The Gannets</h1>"
        f"<div class='entry'>{_TEXT}<h2>Discography</h2>{table}{_AFTER}</div></main>"
        "<footer><p>© 2025 Folkpedia</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://folkpedia.example/gannets").body or ""


def test_a_discography_linking_each_title_is_read() -> None:
    rows = (("1994", "Salt Roads"), ("1997", "Harbour Lights"), ("2000", "Low Water"))
    body = _body(
        "<table class='wikitable'><tr><th>Year</th><th>Title</th></tr>"
        + "".join(
            f"<tr><td>{year}</td><td><i><a href='/w/{n}'>{title}</a></i></td></tr>"
            for n, (year, title) in enumerate(rows)
        )
        + "</table>"
    )
    assert "Year | Title" in body
    assert "1997 | Harbour Lights" in body
    assert "2000 | Low Water" in body


def test_key_value_rows_with_linked_values_beside_plain_ones_are_read() -> None:
    body = _body(
        "<table><tr><th colspan='2'>The Gannets</th></tr>"
        "<tr><th>Origin</th><td><a href='/w/Aldhaven'>Aldhaven</a></td></tr>"
        "<tr><th>Genres</th><td><a href='/w/Folk'>Folk</a>, "
        "<a href='/w/Sea'>sea shanty</a></td></tr>"
        "<tr><th>Years active</th><td>1991–2004</td></tr></table>"
    )
    assert "Origin | Aldhaven" in body
    assert "Genres | Folk, sea shanty" in body


def test_a_table_of_dated_links_without_columns_stays_out() -> None:
    body = _body(
        "<table><tr><td>12.03.2025</td><td><a href='/a/1'>Harbour festival returns in June "
        "with a new stage</a></td></tr><tr><td>10.03.2025</td><td><a href='/a/2'>Ferry "
        "timetable changes for the spring</a></td></tr><tr><td>08.03.2025</td><td>"
        "<a href='/a/3'>New owners for the old boatyard on the quay</a></td></tr></table>"
    )
    assert "Ferry timetable changes" not in body
    assert "The band split in 2004" in body
