"""A text that is a run of headed lists (a recipe's "Ingredients" over its "Method", each a
list under a heading set in the card's own wrapper) keeps the lists before the one the
climb started from; a list over prose (a teaser's points) and a linked list under a
heading (a contents box) stay out as before (``region_data.headed_lists_before``)."""

from __future__ import annotations

from newsextract.body.extractor import extract_body
from newsextract.page import ParsedPage

_STEPS = (
    "Cook the onions without oil until they turn red.",
    "Add the spice paste and stir for five minutes.",
    "Add the lentils and simmer on a low heat.",
)


def _page(before: str, after: str = "") -> str:
    return (
        "<html><body><header><nav><a href='/'>Home</a> <a href='/r'>Recipes</a></nav>"
        "</header><main><div class='recipe-card'><h1>Lentil stew</h1><div class='meta'>"
        f"<span>Prep: 15 min</span><button>Print</button></div>{before}<h2>Method</h2><ol>"
        + "".join(f"<li>{step}</li>" for step in _STEPS)
        + f"</ol>{after}</div></main><footer><p>Recipes Ltd.</p></footer></body></html>"
    )


def _text(html: str) -> str:
    return extract_body(ParsedPage(html, "https://recipes.example/lentil-stew")).text


def test_a_headed_list_before_the_headed_steps_is_their_section() -> None:
    text = _text(
        _page("<h2>Ingredients</h2><ul><li>2 cups red lentils</li><li>3 red onions</li></ul>")
    )
    assert "2 cups red lentils" in text
    assert "3 red onions" in text
    assert _STEPS[0] in text


def test_two_headed_lists_before_the_steps_both_join() -> None:
    text = _text(
        _page(
            "<h3>For the stew</h3><ul><li>2 cups red lentils</li><li>3 red onions</li></ul>"
            "<h3>For the paste</h3><ul><li>2 tablespoons chilli</li><li>1 clove garlic</li></ul>"
        )
    )
    assert "2 cups red lentils" in text
    assert "1 clove garlic" in text


def test_a_linked_contents_list_before_the_steps_stays_out() -> None:
    text = _text(
        _page(
            "<h2>Contents</h2><ul><li><a href='#a'>Ingredients list</a></li><li><a "
            "href='#b'>Method steps</a></li></ul>"
        )
    )
    assert "Ingredients list" not in text
    assert _STEPS[2] in text


def test_a_list_without_its_own_heading_before_the_steps_stays_out() -> None:
    text = _text(_page("<ul class='badges'><li>Vegan</li><li>Gluten free</li></ul>"))
    assert "Gluten free" not in text
    assert _STEPS[1] in text
