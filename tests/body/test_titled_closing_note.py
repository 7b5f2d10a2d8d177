"""A closing note under a title of its own, set in a wrapper after the text (a press
release's "About the company" box of one sentence), is the text's last line, as an untitled
closing line is; a box named as furniture or linked stays out."""

from __future__ import annotations

import newsextract

_RELEASE = (
    "<div class='release-body'><p>Acme Tools today opened its third plant, which will make "
    "hand tools for the northern market and employ 140 people.</p><p>The plant runs on "
    "power from the solar field beside it, the company said, and will train apprentices "
    "with the local college.</p></div>"
)


def _body(after: str) -> str:
    html = (
        "<html lang='en'><body><main><article><h1>Acme Tools opens a plant</h1>"
        f"{_RELEASE}{after}</article></main><footer><p>© 2024 Acme</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://press.example.com/r/plant").body or ""


def test_an_about_box_of_one_sentence_after_the_release_is_kept() -> None:
    box = (
        "<div class='boilerplate'><h3>About Acme Tools</h3><p>Acme Tools makes hand tools in "
        "Riverton since 1950.</p></div>"
    )
    body = _body(box)
    assert "About Acme Tools" in body
    assert "makes hand tools in Riverton since 1950." in body


def test_a_titled_box_named_as_furniture_stays_out() -> None:
    box = (
        "<div class='newsletter-signup'><h3>Stay informed</h3><p>Get the latest releases "
        "from our newsroom every morning.</p></div>"
    )
    assert "Stay informed" not in _body(box)


def test_a_titled_box_with_a_link_stays_out() -> None:
    box = (
        "<div class='more'><h3>More from Acme</h3><p>Read <a href='/r'>all our releases "
        "from this year</a> in the newsroom.</p></div>"
    )
    assert "More from Acme" not in _body(box)


def test_a_titled_line_beside_a_widget_stays_out() -> None:
    # A map's section: its heading and its note beside the embed's element are the widget's.
    box = (
        "<section class='map'><h3>Location</h3><div class='map-embed' data-lat='56.4'></div>"
        "<p>The pin shows the approximate location.</p></section>"
    )
    assert "approximate location" not in _body(box)
