"""The text's own entries that link a word or two keep their place: a list's items that
link a product or a term beside text of their own ("225 g <a>caster sugar</a>"), when most
items of the list are kept, and a glossary's linked term over its kept definition. A list
whose items are links whole (other stories) stays out."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>This is the traybake I make for every school fair: it keeps for days and cuts into "
    "twenty-four squares, and every child in the class asks for the recipe.</p>"
)


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/recipes'>Recipes</a></nav>"
        f"<main><article><h1>Lemon traybake</h1>{_TEXT}{inner}<p>Bake for 35 minutes, then "
        "pour the lemon and sugar over the warm cake.</p></article></main></body></html>"
    )
    return newsextract.extract(html, url="https://kitchen.example/traybake").body or ""


def test_partly_linked_items_of_a_kept_list_stay() -> None:
    body = _body(
        "<ul><li>225 g <a href='/s/sugar'>caster sugar</a></li><li>4 large eggs</li>"
        "<li>275 g <a href='/s/flour'>self-raising flour</a></li><li>juice of 2 lemons</li></ul>"
    )
    assert "225 g caster sugar" in body
    assert "275 g self-raising flour" in body


def test_a_list_of_whole_links_stays_out() -> None:
    body = _body(
        "<ul><li><a href='/r/1'>Sticky flapjacks for a rainy day</a></li>"
        "<li><a href='/r/2'>Cheese scones in twenty minutes</a></li>"
        "<li><a href='/r/3'>Salted brownies for a crowd</a></li></ul>"
    )
    assert "flapjacks" not in body


def test_a_linked_term_over_its_kept_definition_stays() -> None:
    body = _body(
        "<dl><dt><a href='/g/drizzle'>Drizzle</a></dt><dd>A thin syrup poured over a warm "
        "cake so that it soaks in and sets as a crust.</dd></dl>"
    )
    assert "Drizzle" in body
    assert "A thin syrup" in body
