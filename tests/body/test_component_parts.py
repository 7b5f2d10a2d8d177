"""A furniture word in the name of a component the region reads (a restaurant's
``menu-item``, one per dish) does not count again on the part of it that holds its title
(``menu-item-header``): the part is the component's, not a box of its own. A part without a
heading (a teaser card's kicker) is still judged by its name."""

from __future__ import annotations

import newsextract

_DISHES = [
    (
        "Barley broth",
        "A slow-simmered broth of pearl barley, carrots and lamb shoulder, served with bread.",
    ),
    (
        "Baked cod",
        "Cod loin baked with a herb crust, on crushed potatoes with a spoonful of parsley sauce.",
    ),
    (
        "Plum crumble",
        "Late plums from the orchard under an oat crumble, with custard or vanilla ice cream.",
    ),
]


def _menu_page() -> str:
    items = "".join(
        f"<div class='menu-item'><div class='menu-item-header'><h4>{name}</h4></div>"
        f"<p class='menu-item-description'>{text}</p></div>"
        for name, text in _DISHES
    )
    return (
        "<html lang='en'><body><main><h1>Menu</h1><div class='content'>"
        "<p>All our dishes are cooked to order from what the farms around the village bring "
        "in each morning, so the menu changes with the seasons.</p>"
        f"<div class='menu-items'>{items}</div></div></main></body></html>"
    )


def test_the_title_part_of_a_read_component_is_kept() -> None:
    body = newsextract.extract(_menu_page()).body or ""
    for name, text in _DISHES:
        assert name in body
        assert text in body


def test_a_part_without_a_heading_is_judged_by_its_name() -> None:
    page = _menu_page().replace(
        "<div class='menu-item-header'>",
        "<div class='menu-item-badge'>Vegan</div><div class='menu-item-header'>",
    )
    body = newsextract.extract(page).body or ""
    assert "Baked cod" in body
    assert "Vegan" not in body


def test_a_namespace_prefix_is_no_component() -> None:
    """``c-``, ``u-``, ``js-`` open every class of some pages: a part's name extends a
    component's only when that name is a word of its own."""
    from newsextract.body.boxes import _extends

    assert _extends("menu-item-header", "menu-item")
    assert _extends("card__title", "card")
    assert not _extends("c-menu-header", "c")
    assert not _extends("js-toggle", "js")
    assert not _extends("menu-items", "menu-item")


def test_a_page_of_thousands_of_titled_cards_stays_linear() -> None:
    """Whether a named part holds a heading is looked up, not scanned for: 4,900 teaser
    cards (19,600 elements, under the element budget, ``page_limits.MAX_ELEMENTS``), each
    titled in a ``teaser__header``, take under a second (a scan of the page's blocks for
    each title took several times the bar)."""
    import time

    cards = "".join(
        f"<div class='teaser'><div class='teaser__header'><h3>Item {i}</h3></div>"
        f"<p class='teaser__text'>The text of item {i}, a sentence long enough to count as "
        "prose in the region, with a comma, and a few more words.</p></div>"
        for i in range(4900)
    )
    page = (
        "<html><body><article><h1>List</h1>"
        f"<div class='teasers'>{cards}</div></article></body></html>"
    )
    started = time.process_time()
    body = newsextract.extract(page).body or ""
    assert time.process_time() - started < 5.0
    assert "Item 4899" in body
