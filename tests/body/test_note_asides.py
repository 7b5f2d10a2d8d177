"""A note set as an ``<aside>`` (EPUB 3's ``epub:type="footnote"``, the DPUB-ARIA roles
``doc-footnote`` / ``doc-endnote``) is the text's own, read where it stands; an aside of
another kind (a sidebar, a teaser box) is not."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.body.block_records import is_factbox


def _aside(attributes: str) -> bool:
    node = LexborHTMLParser(f"<aside {attributes}><p>A note.</p></aside>").css_first("aside")
    assert node is not None
    return is_factbox(node)


@pytest.mark.parametrize(
    "attributes",
    [
        "epub:type='footnote'",
        "epub:type='endnote'",
        "epub:type='rearnote'",
        "role='doc-footnote'",
        "role='doc-endnote'",
        "role='doc-endnotes'",
    ],
)
def test_a_note_aside_is_text(attributes: str) -> None:
    assert _aside(attributes)


@pytest.mark.parametrize(
    "attributes",
    ["class='sidebar'", "epub:type='sidebar'", "role='complementary'", "epub:type='pullquote'"],
)
def test_another_aside_is_not(attributes: str) -> None:
    assert not _aside(attributes)
