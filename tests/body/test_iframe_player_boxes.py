"""An ``<iframe>`` marks a player's box (``media_boxes``) as a ``<video>`` does: the short
lines of an embed's small box set between the paragraphs are its chrome; an iframe inside a
heading is the text's heading over its widget, and the heading stays."""

from __future__ import annotations

import newsextract

_PARAS = (
    "<p>The harbour board met on Tuesday to decide the future of the old ferry pier.</p>"
    "<p>Members heard from fishermen, residents and the company that runs the ferry.</p>"
)
_AFTER = (
    "<p>The board will publish its decision in the new year after a final survey.</p>"
    "<p>Until then the pier stays closed to cars but open to people on foot.</p>"
)


def _body(insert: str) -> str:
    html = (
        "<html><body><article><h1>Pier decision delayed</h1><div class='css-1x2y3z'>"
        f"{_PARAS}{insert}{_AFTER}</div></article></body></html>"
    )
    return newsextract.extract(html, url="https://harbour.example/pier").body


def test_embed_box_lines_dropped() -> None:
    body = _body(
        "<div class='css-9q8w7e'><iframe src='https://maps.example/embed'></iframe>"
        "<a href='https://maps.example/'>View larger map</a><span>Map data: contributors"
        "</span></div>"
    )
    assert "View larger map" not in body
    assert "Map data" not in body
    assert "open to people on foot" in body


def test_heading_holding_a_frame_kept() -> None:
    body = _body(
        "<h2>What the survey will look at <iframe src='https://widget.example/1'></iframe></h2>"
    )
    assert "What the survey will look at" in body
    assert "open to people on foot" in body
