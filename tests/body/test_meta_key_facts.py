"""A key-facts list in a box named only "meta" (a recipe's "Prep time: 10 min",
"Serves: 4" in ``recipe-meta``) is the text's when it sits between kept prose and more
text; a post's meta line opening or closing the text stays out."""

from __future__ import annotations

import newsextract

_OPEN = (
    "<p>This is the soup I make every September when the tomatoes on the allotment all "
    "ripen at once and there is no other way to keep up with them.</p>"
    "<p>Roasting them first with garlic gives a deep, sweet flavour a quick simmer never "
    "reaches.</p>"
)
_METHOD = (
    "<h2>Method</h2><p>Halve the tomatoes, toss with oil and garlic and roast them for forty "
    "minutes.</p><p>Blend with a little stock and season to taste.</p>"
)


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/soups'>Soups</a></nav><main><article>"
        f"<h1>Roasted tomato soup</h1><div class='entry-content'>{inner}</div></article></main>"
        "</body></html>"
    )
    return newsextract.extract(html, url="https://kitchen.example/soup").body or ""


def test_a_meta_named_key_facts_list_between_the_text_stays() -> None:
    body = _body(
        _OPEN + "<ul class='recipe-meta'><li>Prep time: 10 min</li><li>Cook time: 45 min</li>"
        "<li>Serves: 4</li></ul>" + _METHOD
    )
    assert "Prep time: 10 min" in body
    assert "Serves: 4" in body
    assert "Blend with a little stock" in body


def test_a_meta_list_closing_the_text_stays_out() -> None:
    body = _body(
        _OPEN + _METHOD + "<ul class='post-meta'><li>Author: Ada Stone</li>"
        "<li>Category: Soups</li></ul>"
    )
    assert "Ada Stone" not in body
    assert "Category: Soups" not in body


def test_a_meta_list_with_a_date_stays_out() -> None:
    body = _body(
        _OPEN
        + "<ul class='entry-meta'><li>Posted: 12 March 2025</li><li>Serves: 4</li></ul>"
        + _METHOD
    )
    assert "Posted: 12 March 2025" not in body


def test_a_meta_named_definition_list_between_the_text_stays() -> None:
    body = _body(
        _OPEN + "<dl class='recipe-meta'><dt>Prep:</dt><dd>30 min</dd><dt>Cook:</dt>"
        "<dd>4 hours</dd><dt>Serves:</dt><dd>6</dd></dl>" + _METHOD
    )
    assert "30 min" in body
    assert "4 hours" in body


def test_key_facts_set_as_spans_in_one_line_stay() -> None:
    body = _body(
        _OPEN + "<div class='recipe-card-meta'><span>Prep time: 5 min</span> "
        "<span>Cook time: 12 min</span> <span>Makes: 6</span></div>" + _METHOD
    )
    assert "Prep time: 5 min" in body
    assert "Makes: 6" in body
