"""An accordion's or a tab's toggle written as a ``<button>`` titles the panel it opens (a
FAQ's question over its answer): its words are read as a heading. A menu's toggle, which
opens the navigation, and a plain button stay unread."""

from __future__ import annotations

import newsextract

_INTRO = (
    "<p>Residents' parking permits change on 1 April, and these are the questions the "
    "council is asked most often about them.</p>"
)


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><body><header><button aria-expanded='false' aria-controls='nav'>Menu"
        "</button><nav id='nav'><a href='/'>Home</a> <a href='/parking'>Parking</a></nav>"
        f"</header><main><h1>Permit questions</h1>{_INTRO}{inner}</main></body></html>"
    )
    return newsextract.extract(html, url="https://council.example/permits").body or ""


def test_an_aria_toggles_question_is_read_over_its_answer() -> None:
    body = _body(
        "<button aria-expanded='false' aria-controls='a1'>Do I need a new permit?</button>"
        "<div id='a1' hidden><p>Yes, every household in a permit zone needs a new one.</p></div>"
    )
    assert "Do I need a new permit?\n\nYes, every household" in body
    assert "Menu" not in body


def test_a_bootstrap_toggles_question_is_read() -> None:
    body = _body(
        "<button data-bs-toggle='collapse' data-bs-target='#a2'>How much does it cost?</button>"
        "<div id='a2' class='collapse'><p>The first permit costs 60 pounds a year.</p></div>"
    )
    assert "How much does it cost?" in body


def test_a_plain_button_stays_unread() -> None:
    body = _body("<p>Apply before the end of March to avoid a fine.</p><button>Print</button>")
    assert "Print" not in body
