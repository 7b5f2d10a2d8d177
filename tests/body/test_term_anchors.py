"""A definition list's term linked to itself is the term, not a link (issue 11).

Reference pages (MDN, Sphinx, Docusaurus) make every parameter's term a jump target:
``<dt id="index"><a href="#index"><code>index</code></a></dt>``. Counted as a link, each term
read as a link list and was dropped, and with the terms gone the heading above them had no
text under it and went too: the parameters came out as bare definitions.
"""

from __future__ import annotations

import newsextract

PROSE = "<p>" + "The method returns the item at the given place in the list. " * 4 + "</p>"


def _markdown(definitions: str) -> str:
    html = (
        f"<html><body><article><h1>Array at</h1>{PROSE}{definitions}{PROSE}</article></body></html>"
    )
    return newsextract.extract(html).body_markdown()


def test_terms_linked_to_themselves_are_kept_with_their_heading() -> None:
    markdown = _markdown(
        '<h3 id="parameters"><a href="#parameters">Parameters</a></h3><dl>'
        '<dt id="index"><a href="#index"><code>index</code></a></dt>'
        "<dd><p>Zero-based index of the element to be returned.</p></dd>"
        '<dt id="count"><a href="#count"><code>count</code></a></dt>'
        "<dd><p>How many elements to take after the first one.</p></dd></dl>"
    )
    assert "### Parameters" in markdown
    assert "index\n:   Zero-based index of the element to be returned." in markdown
    assert "count\n:   How many elements to take after the first one." in markdown


def test_a_list_of_links_to_other_pages_stays_a_link_list() -> None:
    markdown = _markdown(
        "<dl>"
        + "".join(f'<dt><a href="/glossary/term-{i}">Term {i}</a></dt>' for i in range(5))
        + "</dl>"
    )
    assert "Term 1" not in markdown
