"""An italic note fenced by rules (``fenced_notes.fenced_italic_note``) and a stats row
naming the comments (``meta_lines.is_counts_row``), wave 73."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.body.fenced_notes import fenced_italic_note
from newsextract.body.meta_lines import is_counts_row


def _note(html: str) -> bool:
    node = LexborHTMLParser(f"<html><body><div>{html}</div></body></html>").css_first("p.n")
    assert node is not None
    return fenced_italic_note(node)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # a rule in a box of its own, white space around it, the note last in its box
        ("<p>Text.</p><div class='r'>\n <hr/>\n</div>\n<p class='n'><em>About us.</em></p>", True),
        # between two rules, a link in italics inside it
        ("<hr><p class='n'><em>The portal </em><a href='#'><em>x.example</em></a></p><hr>", True),
        # a quotation set apart so is the text's epigraph
        ("<hr><p class='n'><i>„The garden is not ours.”</i></p><hr><p>Text.</p>", False),
        # text after it: a stanza or an aside of the text
        ("<hr><p class='n'><em>A line of verse.</em></p><p>Text goes on.</p>", False),
        # no rule before it
        ("<p>Text.</p><p class='n'><em>Served with bread.</em></p>", False),
        # a word outside the italics
        ("<hr><p class='n'>Note: <em>about us.</em></p>", False),
    ],
)
def test_fenced_italic_note(html: str, expected: bool) -> None:
    assert _note(html) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("공감 24 댓글 3", True),
        ("12 likes 3 comments", True),
        ("Kommentare 4 Likes 20", True),
        ("3 comments", False),  # one count: the comments' link, asked elsewhere
        ("24 hours 3 days", False),  # no comments label
    ],
)
def test_counts_row(line: str, expected: bool) -> None:
    assert is_counts_row(line) is expected
