"""A table of one row that is a strip of figures (a price line, key figures, a one-row
timetable) is text; one that lays out links or blocks is not. An ARIA grid's row headers
name its rows as ``<th scope="row">`` does. A footnote's mark set as a bare link after a
word is written in brackets, glued to it ("1911[1]", not "19111"). Every name and figure
is invented."""

from __future__ import annotations

import pytest

import newsextract

_PROSE = (
    "<p>Die Gemeinde Hollfeld hat am Dienstag über den neuen Haushalt beraten und ihn nach "
    "langer Aussprache mit knapper Mehrheit beschlossen, obwohl die Opposition widersprach.</p>"
)
_MORE = (
    "<p>Der Kämmerer rechnet damit, dass die Rücklagen bis zum Ende des kommenden Jahres "
    "weitgehend aufgebraucht sein werden, wenn die Steuereinnahmen nicht steigen.</p>"
)


def _body(inner: str) -> str:
    html = (
        "<html lang='de'><head><title>Haushalt</title></head><body><article><h1>Haushalt "
        f"beschlossen</h1>{_PROSE}{inner}{_MORE}</article></body></html>"
    )
    return newsextract.extract(html).body or ""


@pytest.mark.parametrize(
    "row",
    [
        "<td>Einnahmen 4,2 Mio. Euro</td><td>Ausgaben 4,5 Mio. Euro</td><td>Defizit 0,3 Mio.</td>",
        "<td>Erwachsene 12 €</td><td>Kinder 6 €</td>",  # a price line
        "<td>ab 06:10</td><td>Hollfeld</td><td>an 07:02</td><td>Bayreuth Hbf</td>",  # a timetable
        # an empty cell spacing the values: a strip of figures all the same
        "<td>Erwachsene 12 €</td><td></td><td>Kinder 6 €</td><td>Senioren 9 €</td>",
    ],
)
def test_a_one_row_strip_of_figures_is_text(row: str) -> None:
    body = _body(f"<table><tr>{row}</tr></table>")
    first = row.split("</td>")[0].removeprefix("<td>")
    assert first in body


@pytest.mark.parametrize(
    "row",
    [
        "<td><a href='/a'>Start</a></td><td><a href='/b'>Archiv 2025</a></td>",  # a nav strip
        "<td>Drucken</td><td>Teilen</td>",  # controls: no figure
        # a page header's row: a greeting, a date, an empty cell (one figure in two cells)
        "<td>Start: Willkommen</td><td>Dienstag, 3. Juni</td><td></td>",
    ],
)
def test_a_one_row_strip_of_links_or_words_stays_out(row: str) -> None:
    body = _body(f"<table><tr>{row}</tr></table>")
    assert "Start" not in body and "Drucken" not in body
    assert "Rücklagen" in body


def test_an_aria_grid_of_two_rows_named_by_row_headers_is_data() -> None:
    grid = (
        "<div role='table'><div role='row'><span role='rowheader'>Einnahmen</span><span "
        "role='cell'>4,2 Mio.</span><span role='cell'>4,4 Mio.</span></div><div "
        "role='row'><span role='rowheader'>Ausgaben</span><span role='cell'>4,5 Mio.</span>"
        "<span role='cell'>4,1 Mio.</span></div></div>"
    )
    body = _body(grid)
    assert "Einnahmen | 4,2 Mio. | 4,4 Mio." in body
    assert "Ausgaben | 4,5 Mio. | 4,1 Mio." in body


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "<p>Die Brücke wurde 1911<a role='doc-noteref' href='#fn1'>1</a> eröffnet.</p>",
            "1911[1]",
        ),
        ("<p>Erbaut 1911<a href='#fn1'>[2]</a> am Fluss, <b>sagt</b> man.</p>", "1911[2]"),
        ("<ul><li>Erbaut 1911<a href='#fn1'>3</a> am Fluss.</li><li>Erneuert</li></ul>", "1911[3]"),
    ],
)
def test_a_bare_note_link_after_a_word_is_parted(paragraph: str, expected: str) -> None:
    assert expected in _body(paragraph)


def test_a_word_linked_right_after_a_word_stays_glued() -> None:
    # No note: a link to a section or a page whose text is a word runs on as the markup says.
    assert "AbschnittGeschichte" in _body("<p>Siehe Abschnitt<a href='#s2'>Geschichte</a>.</p>")
