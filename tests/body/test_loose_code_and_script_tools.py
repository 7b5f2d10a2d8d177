"""Two blind67 rules: a short code block set loose in the text's wrapper is the text's (a
release's "Installation" heading and its one command), and a heading's closing bracketed
``<a>`` that leads nowhere is a script's tool (a wiki's "[edit]"), not the heading's words."""

from __future__ import annotations

import newsextract

_OTHER = (
    "<p>The lake lies in a forest basin north of the town, and its deepest point is eighteen"
    " metres below the surface, as the old survey of the district recorded it.</p>"
)
_PROSE = (
    "<p>The release brings a faster parser and a new command for splitting words, along with"
    " many small fixes reported by the people who use the tool every day.</p>"
)


def _body(inner: str) -> str:
    html = (
        "<html><body><header><nav><a href='/'>Home</a> <a href='/docs'>Docs</a></nav></header>"
        f"<main><div class='content'>{inner}</div></main><footer><p>Footer line of the"
        " site.</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://example.org/releases/2").body or ""


def test_short_code_under_a_closing_heading_is_kept() -> None:
    body = _body(
        "<h2>What is new</h2><ul><li>Words are sorted in the order of the dictionary</li>"
        "<li>A new command splits a line into its words</li></ul><h2>Fixed</h2><ul><li>Marks"
        " under letters no longer shift in tables</li></ul><h2>Installation</h2><pre><code>"
        "pip install tool==2.4</code></pre>"
    )
    assert "Installation" in body
    assert "pip install tool==2.4" in body


def test_a_script_tool_leaves_the_heading() -> None:
    body = _body(
        f"<h2>History<span class='editsection'>[<a>edit</a>]</span></h2>{_PROSE}"
        f"<h2>Geography [<a href='#'>edit</a>]</h2>{_OTHER}"
    )
    assert "History" in body
    assert "Geography" in body
    assert "edit" not in body


def test_bracketed_words_of_the_heading_stay() -> None:
    # brackets that hold no link are the heading's own words ("[1998]", "[updated]")
    body = _body(f"<h2>Results [final]</h2>{_PROSE}<h2>Notes [<a>see map</a>] here</h2>{_OTHER}")
    assert "Results [final]" in body
    assert "Notes [see map] here" in body
