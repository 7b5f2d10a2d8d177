"""Round 13 (issue 11): a panel hidden until its toggle opens it is read when the toggle is a
collapse or tab widget's written without ARIA (Bootstrap 3's ``data-toggle="collapse"
href="#more"``, ``data-bs-target``), or when the panel is classed as collapsible
("collapse", "panel-collapse") whatever opens it: a listing's "read more" text, a FAQ's
answers. A hidden element that a plain link names (a login dialog) stays unread."""

from __future__ import annotations

import pytest

import newsextract

_REST = (
    "The upper floor has two bedrooms under the eaves and a bathroom with a window onto the "
    "orchard, which is at its best in May."
)


def _body(toggle: str, panel: str = "collapse") -> str:
    page = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/lets'>Holiday lets</a></nav>"
        "<div class='listing'><h1>Orchard Cottage</h1><div class='description'>"
        "<p>A stone cottage at the edge of the village, with a wood burner and a garden that "
        "runs down to the stream.</p>"
        f"<div class='{panel}' id='more' style='display:none'><p>{_REST}</p></div>{toggle}"
        "</div></div><div id='signin' style='display:none'><p>Sign in to save the cottages "
        "you like and to hear about our offers before anyone else does.</p></div>"
        "<a href='#signin'>Sign in</a><footer>© Cottages</footer></body></html>"
    )
    return newsextract.extract(page).body or ""


@pytest.mark.parametrize(
    "toggle",
    [
        "<a data-toggle='collapse' href='#more'>Read more</a>",
        "<button data-toggle='collapse' data-target='#more'>Read more</button>",
        "<button data-bs-toggle='collapse' data-bs-target='#more'>Read more</button>",
        "<a aria-expanded='false' aria-controls='more' href='#more'>Read more</a>",
    ],
)
def test_a_collapsed_panel_its_toggle_names_is_read(toggle: str) -> None:
    body = _body(toggle)
    assert "stone cottage" in body
    assert _REST in body


def test_a_collapsible_panel_a_plain_link_opens_is_read() -> None:
    body = _body("<a class='more-link' href='#more'>Read more</a>", panel="text collapse")
    assert _REST in body


def test_a_hidden_element_a_plain_link_names_stays_unread() -> None:
    body = _body("<a href='#more'>Read more</a>", panel="rest-of-text")
    assert "stone cottage" in body
    assert _REST not in body
    assert "Sign in to save" not in body
