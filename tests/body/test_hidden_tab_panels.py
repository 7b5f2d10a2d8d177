"""A product page's tabs whose script hides every panel but the first inline
(``style="display:none"``) without naming them from the tab buttons: a panel classed as a
tab's ("tab-content", "tab-pane", "woocommerce-Tabs-panel") is the page's text (the
specifications beside the description); a hidden box of another name stays unread."""

from __future__ import annotations

import pytest

import newsextract

_DESCRIPTION = (
    "A light day pack for one- and two-day walks, with a ventilated back panel and side "
    "pockets of mesh that hold a litre bottle each."
)


def _body(panel: str) -> str:
    page = (
        "<html lang='en'><body><nav><a href='/'>Shop</a> <a href='/bags'>Bags</a></nav>"
        "<main><h1>Trail pack 28</h1><p class='price'>£64</p>"
        "<div class='tabs'><button class='tab active'>Description</button>"
        "<button class='tab'>Specifications</button></div>"
        f"<div class='{panel} active'><p>{_DESCRIPTION}</p></div>"
        f"<div class='{panel}' style='display:none'><ul><li>Volume: 28 litres</li>"
        "<li>Weight: 780 g</li><li>Fabric: ripstop nylon</li></ul></div>"
        "<div class='login-box' style='display:none'><p>Sign in to keep the packs you like "
        "on a list and to hear about our offers first.</p></div>"
        "</main><footer>© Example Outdoor</footer></body></html>"
    )
    return newsextract.extract(page).body or ""


@pytest.mark.parametrize("panel", ["tab-content", "tab-pane fade", "woocommerce-Tabs-panel"])
def test_a_tab_panel_hidden_inline_is_read(panel: str) -> None:
    body = _body(panel)
    assert _DESCRIPTION in body
    assert "Fabric: ripstop nylon" in body
    assert "Sign in to keep" not in body


def test_a_hidden_box_of_another_name_stays_unread() -> None:
    body = _body("details-box")
    assert _DESCRIPTION in body
    assert "Fabric: ripstop nylon" not in body
