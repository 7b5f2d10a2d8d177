"""``counts_as_link`` (an ``<a>`` whose tag the caller read) answers as ``is_link`` does, and
``link_chars``' shortcut (every ``<a>`` counts) gives the characters of its full test."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.body.link_checks import counts_as_link, is_link, link_chars

_LINE = (
    "<p>See <a href='/next'>the next page</a>, the <a href='#notes'>notes</a>, "
    "<a name='here'>a mark</a>, the <a href='/forms/entry.pdf'>entry form</a> "
    "and <span>a span</span>.</p>"
)


@pytest.mark.parametrize("elsewhere", [False, True])
@pytest.mark.parametrize("attachments", [False, True])
def test_counts_as_link_answers_as_is_link(elsewhere: bool, attachments: bool) -> None:
    paragraph = LexborHTMLParser(_LINE).css_first("p")
    assert paragraph is not None
    for element in paragraph.traverse():
        if element.tag == "a":
            assert counts_as_link(element, elsewhere=elsewhere, attachments=attachments) is is_link(
                element, elsewhere=elsewhere, attachments=attachments
            )


def test_link_chars_counts_every_link_without_options() -> None:
    paragraph = LexborHTMLParser(_LINE).css_first("p")
    assert paragraph is not None
    words = ("the next page", "notes", "a mark", "entry form")
    assert link_chars(paragraph) == sum(map(len, words))
    assert link_chars(paragraph, elsewhere=True) == len("the next page") + len("entry form")
    assert link_chars(paragraph, attachments=True) == sum(map(len, words[:3]))
