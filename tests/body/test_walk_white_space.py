"""The walk passes over text nodes of white space alone; where one separated two parts of an
inline run, the words stay apart, and where none did, they stay joined."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.body.blocks import walk


def _texts(inner: str) -> list[str]:
    tree = LexborHTMLParser(f"<html><body><div class='box'>{inner}</div></body></html>")
    assert tree.body is not None
    return [block.text for block in walk(tree.body, figures=True).blocks]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("<b>Nordhavn</b> <i>ferry</i>", ["Nordhavn ferry"]),
        ("<b>Nordhavn</b><i>ferry</i>", ["Nordhavnferry"]),
        # white space before a part the walk skips (a picture, a comment) still parts words
        ("<b>Nordhavn</b> <img src='x.png'><i>ferry</i>", ["Nordhavn ferry"]),
        ("<b>Nordhavn</b><img src='x.png'> <i>ferry</i>", ["Nordhavn ferry"]),
        ("<b>Nordhavn</b><!-- note --><i>ferry</i>", ["Nordhavnferry"]),
        ("<b>Nordhavn</b>\n  <!-- note -->\n  <i>ferry</i>", ["Nordhavn ferry"]),
        ("Pier\n<span>7</span>\n<em>east</em>\ngate", ["Pier 7 east gate"]),
        # around a line break and between blocks, white space adds nothing
        ("<b>Line one</b> <br> <i>line two</i>", ["Line one\nline two"]),
        ("\n  <p>First one.</p>\n  <p>Second one.</p>\n", ["First one.", "Second one."]),
        ("<span>Lead</span> <p>Body text.</p> <span>tail</span>", ["Lead", "Body text.", "tail"]),
        # a no-break space is no ASCII white space: read as a text node, cut to a space
        ("<b>Nordhavn</b>\u00a0<i>ferry</i>", ["Nordhavn ferry"]),
    ],
)
def test_white_space_between_inline_parts(inner: str, expected: list[str]) -> None:
    assert _texts(inner) == expected


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        # neighbouring value spans of a row, written with nothing between them
        (
            "<span>Lista A</span><span>41,2 %</span><span>9 sedežev</span>",
            ["Lista A 41,2 % 9 sedežev"],
        ),
        ("<span>Punkte</span><span>12</span>", ["Punkte 12"]),
        ("<span>3</span><span>1</span>", ["3 1"]),
        # a figure and its sign, a word split for its styling, a drop cap: one word still
        ("<span>58</span><span>%</span>", ["58%"]),
        ("<b>58</b><i>Sitze</i>", ["58Sitze"]),
        ("<span class='dropcap'>D</span><span>ie Stadt wächst.</span>", ["Die Stadt wächst."]),
        ("<span>€</span><span>12</span>", ["€12"]),
    ],
)
def test_value_spans_parted(inner: str, expected: list[str]) -> None:
    assert _texts(inner) == expected


def test_a_span_after_a_span_of_blocks_opens_its_own_run() -> None:
    """A ``<span>`` holding a block is walked as a container, ending the run before it: the
    span after it opens a run of its own."""
    inner = "<span>41,2 %</span><span><div>Liste A</div></span><span>9 Sitze</span>"
    assert _texts(inner) == ["41,2 %", "Liste A", "9 Sitze"]
