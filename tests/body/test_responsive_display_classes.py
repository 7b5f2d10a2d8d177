"""Round 13 (issue 11): Bootstrap's "d-none" hides an element on every screen only when no
responsive display class shows it again from a size up ("d-none d-md-block": shown from
tablets up, where readers of the desktop page see it); an element with "d-none" alone stays
hidden, and a text set twice for two screen sizes is read once."""

from __future__ import annotations

import newsextract

_LEAD = (
    "The Trail Runner keeps your feet dry on muddy paths without the weight of a hiking "
    "boot, and its sole grips wet rock."
)
_SPECS = (
    "The upper is made from recycled polyester and the membrane stays waterproof to a depth "
    "of ten centimetres, tested for a thousand flexes."
)


def _body(inner: str) -> str:
    page = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/shoes'>Shoes</a></nav>"
        f"<article><h1>Trail Runner</h1><div class='body'><p>{_LEAD}</p>{inner}</div>"
        "</article><footer>© Outdoor Shop</footer></body></html>"
    )
    return newsextract.extract(page).body or ""


def test_an_element_shown_from_a_screen_size_up_is_read() -> None:
    body = _body(f"<div class='d-none d-md-block'><p>{_SPECS}</p></div>")
    assert _SPECS in body


def test_an_inline_element_shown_from_a_screen_size_up_is_read() -> None:
    body = _body(f"<p>{_SPECS} <span class='d-none d-lg-inline'>Sizes 36 to 47.</span></p>")
    assert "Sizes 36 to 47." in body


def test_an_element_hidden_on_every_screen_stays_unread() -> None:
    body = _body(f"<div class='d-none'><p>{_SPECS}</p></div>")
    assert _LEAD in body
    assert _SPECS not in body


def test_a_text_set_for_two_screen_sizes_is_read_once() -> None:
    inner = (
        f"<div class='d-md-none'><p>{_SPECS}</p></div>"
        f"<div class='d-none d-md-block'><p>{_SPECS}</p></div>"
    )
    assert _body(inner).count(_SPECS) == 1
