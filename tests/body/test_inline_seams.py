"""Inline elements written with no white space between them: a browser glues them on one
line, so their words stay joined, unless the markup or the words show two items (a label
and its value, a name and its price, two sentences set as lines, a footnote's mark)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.body.blocks import walk
from newsextract.body.seams import values_meet


def _texts(inner: str) -> list[str]:
    tree = LexborHTMLParser(f"<html><body><div class='box'>{inner}</div></body></html>")
    assert tree.body is not None
    return [block.text for block in walk(tree.body, figures=True).blocks]


@pytest.mark.parametrize(
    ("before", "after", "parted"),
    [
        ("Abfahrt:", "22:04", True),  # a label closed by its colon, and its value
        ("Départ :", "Lyon", False),  # spaced already in the label's own text
        ("12:", "30", False),  # a clock split in two spans
        ("Liggevogn", "€49", True),  # a name and its price
        ("US", "$", True),
        ("€", "12", False),  # a sign and its figure
        ("la terminal.", "Llegada", True),  # two sentences, each a line of its own
        ("U.", "S. troops", False),  # an abbreviation split for its styling
        ("Di", "e Stadt", False),  # a drop cap
        ("", "x", False),
    ],
)
def test_values_meet(before: str, after: str, parted: bool) -> None:
    assert values_meet(before, after) is parted


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        # spans set as lines by the style sheet, in a box walked in parts and in a paragraph
        (
            "<span class='line'>Toget går fra endestasjonen.</span>"
            "<span class='line'>Ankomst ved havna.</span>",
            ["Toget går fra endestasjonen. Ankomst ved havna."],
        ),
        (
            "<p><span>Der Zug fährt um zehn.</span><span>Ankunft am Hafen.</span></p>",
            ["Der Zug fährt um zehn. Ankunft am Hafen."],
        ),
        ("<p><span>Salida:</span><span>22:04</span></p>", ["Salida: 22:04"]),
        ("<span>Salida:</span><span>22:04</span>", ["Salida: 22:04"]),
        ("<ul><li><span>Couchette</span><span>€49</span></li></ul>", ["Couchette €49"]),
        ("<p><span>Liggevogn</span><span>€49</span></p>", ["Liggevogn €49"]),
        # glued spans a browser shows as one word stay one
        ("<p><span>U.</span><span>S. troops</span></p>", ["U.S. troops"]),
        ("<p><span class='dropcap'>D</span><span>ie Stadt</span></p>", ["Die Stadt"]),
    ],
)
def test_item_spans_parted(inner: str, expected: list[str]) -> None:
    assert _texts(inner) == expected


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("<p>La ligne ouvre en 1911<sup><a href='#n1'>1</a></sup> et roule.</p>", "1911[1] et"),
        ("<p>Die Strecke, 1911<a href='#n1'><sup>[1]</sup></a> eröffnet.</p>", "1911[1] eröffnet"),
        ("Opened in 1911<sup><a href='#n1'>1</a></sup> and run.", "1911[1] and"),
        ("Opened in 1911<a href='#n1'><sup>1</sup></a> and run.", "1911[1] and"),
        ("<p>Åpnet 1911<sup role='doc-noteref'>2</sup> og drevet.</p>", "1911[2] og"),
        # an exponent or a link elsewhere is no note's mark: read as the browser shows it
        ("<p>Ten km<sup>2</sup> of land.</p>", "km2 of"),
        ("<p>Ten km<sup>2</sup> of land.<span>x</span></p>", "km2 of"),
        ("<p>See<sup><a href='https://example.org/'>a</a></sup> there.</p>", "Seea there"),
    ],
)
def test_note_marks_parted(inner: str, expected: str) -> None:
    assert expected in _texts(inner)[0]


def test_footnote_mark_in_an_article() -> None:
    prose = " ".join(["Die Nachtzüge fahren jeden Abend von der Hauptstadt an die Küste."] * 4)
    html = (
        "<html><head><title>Nachtzug</title></head><body><article><h1>Nachtzug</h1>"
        f"<p>{prose}</p><p>Die Strecke wurde 1911<sup><a href='#fn1'>1</a></sup> eröffnet "
        f"und viel später elektrifiziert.</p><p>{prose}</p></article></body></html>"
    )
    assert "1911[1] eröffnet" in newsextract.extract(html).body
