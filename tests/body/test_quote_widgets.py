"""A page builder's quote widget (``widget quote``) set in the text holds a quotation of the
text, read as a ``<blockquote>`` is; a widget named for nothing of the text stays out."""

from __future__ import annotations

import newsextract


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/travel'>Travel</a></nav><main><article>"
        "<h1>Three days on the outer islands</h1>"
        f"{inner}<p>The islands lie two hours west of the mainland, and the small ferry "
        "calls at each of them twice a week in summer.</p><p>There is one shop on the "
        "largest island, so bring what you need for the crossing.</p>"
        "</article></main></body></html>"
    )
    return newsextract.extract(html, url="https://travel.example/islands/outer").body or ""


def test_quote_widget_opening_the_text_is_read() -> None:
    body = _body(
        "<div class='widget quote'><h2>“The ferry sails when the sea says so, not when "
        "the timetable does.”</h2><p>The harbour master on the pier</p></div>"
    )
    assert "The ferry sails when the sea says so" in body
    assert "two hours west of the mainland" in body


def test_video_widget_stays_out() -> None:
    body = _body(
        "<div class='widget video player'><p>Video: landing at the island pier in a "
        "westerly gale</p></div>"
    )
    assert "landing at the island pier" not in body
    assert "two hours west of the mainland" in body
