"""A wiki's note over an entry pointing to others of its name ("For the town of the same
name, see …": MediaWiki's "hatnote", older "dablink" and "rellink") is a way off the
entry, not its text; so is its box of the entries in the same series under the text
(MediaWiki's "navbox")."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "<p>The Oba is a river in the west of the country that flows south into the Osun, and"
    " farmers along its banks have watered their fields from it for centuries.</p><h2>Fish"
    "</h2><p>Many kinds of fish live in the river, above all in the rainy season, when its"
    " water rises over the low fields on either bank.</p>"
)


@pytest.mark.parametrize("name", ["hatnote", "dablink", "rellink"])
def test_a_hatnote_stays_out(name: str) -> None:
    html = (
        "<html><body><div class='mw-body'><h1>Oba River</h1><div class='mw-parser-output'>"
        f"<div class='{name}' role='note'>For the town of the same name, see <a "
        f"href='/wiki/Oba_(town)'>Oba (town)</a>.</div>{_TEXT}</div></div></body></html>"
    )
    body = newsextract.extract(html, url="https://wiki.example/wiki/Oba_River").body or ""
    assert "The Oba is a river in the west" in body
    assert "For the town of the same name" not in body


def test_a_navbox_of_plain_text_stays_out() -> None:
    """MediaWiki's Navbox template, a box of the entries in the same series under the text,
    is a way to others even when it holds no links (blind67c's wiki entry kept it)."""
    html = (
        "<html><body><div class='mw-body'><h1>Oba River</h1><div class='mw-parser-output'>"
        f"{_TEXT}<div class='navbox' role='navigation'>Rivers of the west: Oba · Osun · Ogun"
        "</div></div></div></body></html>"
    )
    body = newsextract.extract(html, url="https://wiki.example/wiki/Oba_River").body or ""
    assert "Many kinds of fish live in the river" in body
    assert "Rivers of the west" not in body
