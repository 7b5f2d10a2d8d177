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
