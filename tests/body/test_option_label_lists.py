"""Check boxes set one after another in a box, outside a list (a recipe's ingredients to
tick off while cooking), are the page's text: each label is read, on a line of its own. A
form's other labels (a field's name) stay unread."""

from __future__ import annotations

from newsextract.body.extractor import extract_body
from newsextract.page import ParsedPage

_INTRO = (
    "This stew wants a whole afternoon: the beans soften slowly in the oven while the "
    "smoked sausage gives the broth its colour and the thyme its smell."
)
_STEP = "Soak the beans overnight, then simmer them for an hour before they go in the pot."


def _page() -> ParsedPage:
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/recipes'>Recipes</a></nav>"
        "<main><article><h1>Bean stew with smoked sausage</h1>"
        f"<p>{_INTRO}</p>"
        "<div class='ingredients'><h3>Ingredients</h3>"
        "<label><input type='checkbox'> 400 g dried white beans</label>"
        "<label><input type='checkbox'> 2 smoked sausages, sliced</label>"
        "<label><input type='checkbox'> 3 sprigs of thyme</label></div>"
        f"<h3>Method</h3><p>{_STEP}</p>"
        "<form class='rate'><label for='stars'>Your rating</label><input id='stars'></form>"
        "</article></main></body></html>"
    )
    return ParsedPage(html, "https://recipes.example/bean-stew")


def test_check_box_labels_in_a_box_are_lines_of_the_text() -> None:
    text = extract_body(_page()).text
    assert "400 g dried white beans\n2 smoked sausages, sliced\n3 sprigs of thyme" in text
    assert _STEP in text
    assert "Your rating" not in text
