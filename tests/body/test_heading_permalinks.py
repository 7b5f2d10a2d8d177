"""A heading's permalink sign (a link to the heading itself whose text is "#", "¶", "§" or
"🔗") is the heading's tool, not its words; a "#" that is the heading's own text stays."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "The crate compiles on the stable toolchain and needs no system libraries beyond a C "
    "compiler, which every supported platform ships with its developer tools."
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ('<a class="header-anchor" href="#install">#</a> Install', "## Install"),
        ('Install <a class="anchor" href="#install">§</a>', "## Install"),
        ('<a href="#install" aria-hidden="true">🔗</a>Install', "## Install"),
        ("Bindings for C#", "## Bindings for C\\#"),
        ('<a href="#install">#100DaysOfCode</a> notes', "## #100DaysOfCode notes"),
    ],
)
def test_a_headings_permalink_sign_is_left_out(heading: str, expected: str) -> None:
    page = (
        "<html lang='en'><body><article><h1>Getting started</h1>"
        f"<p>{_TEXT}</p><h2 id='install'>{heading}</h2><p>{_TEXT} Then run the tests.</p>"
        "</article></body></html>"
    )
    markdown = newsextract.extract(page, url="https://docs.example/start").body_markdown()
    assert expected in markdown.splitlines()
