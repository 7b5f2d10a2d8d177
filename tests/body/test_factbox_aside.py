"""An <aside> named as a box of the article's facts is read as the article's text; every
other <aside> (a sidebar, a teaser box) is still skipped."""

from __future__ import annotations

import newsextract

_PARAGRAPHS = (
    "The sun is not yet up when Martha slings her camera over her shoulder and walks the dirt "
    "road to the wetland. She knows every stone on this road after thirty winters.",
    "In the first years there were so many flamingos that the water looked pink. Now a good "
    "year brings a few hundred at most, and the dry years bring none at all.",
)


def _markdown(aside_class: str) -> str:
    page = (
        "<html lang='en'><body><article><h1>The last winter at the wetland</h1>"
        f"<div class='story-body'><p>{_PARAGRAPHS[0]}</p><aside class='{aside_class}'>"
        "<h3>About the wetland</h3><p>The wetland covers some forty hectares and is fed by a "
        "seasonal river.</p></aside>"
        f"<p>{_PARAGRAPHS[1]}</p></div></article></body></html>"
    )
    return newsextract.extract(page, url="https://stories.example/wetland").body_markdown()


def test_a_factbox_aside_is_part_of_the_text() -> None:
    assert _markdown("factbox") == (
        f"{_PARAGRAPHS[0]}\n\n### About the wetland\n\nThe wetland covers some forty hectares "
        f"and is fed by a seasonal river.\n\n{_PARAGRAPHS[1]}"
    )


def test_another_aside_is_still_skipped() -> None:
    assert "About the wetland" not in _markdown("sidebar-box")


def _with_aside(aside: str) -> str:
    page = (
        "<html lang='en'><body><article><h1>The last winter at the wetland</h1>"
        f"<div class='story-body'><p>{_PARAGRAPHS[0]}</p>{aside}<p>{_PARAGRAPHS[1]}</p></div>"
        "</article></body></html>"
    )
    return newsextract.extract(page, url="https://stories.example/wetland").body or ""


_STEPS = (
    "<h3>How to count the birds</h3><ol><li>Start at the hide on the north shore.</li>"
    "<li>Count each flock twice and keep the lower figure.</li></ol>"
)


def test_an_aside_named_after_the_text_it_sits_in_is_part_of_the_text() -> None:
    # A how-to box of the story's own ("story-aside" in "story-body"): a list, no link.
    body = _with_aside(f"<aside class='story-aside'>{_STEPS}</aside>")
    assert "Count each flock twice and keep the lower figure." in body
    assert _PARAGRAPHS[1] in body


def test_an_aside_of_another_name_or_of_links_is_still_skipped() -> None:
    assert "Count each flock" not in _with_aside(f"<aside class='promo-box'>{_STEPS}</aside>")
    linked = (
        "<aside class='story-related'><h3>More from the wetland</h3><ul><li><a href='/a'>"
        "Flamingos return after the rains</a></li></ul></aside>"
    )
    assert "Flamingos return" not in _with_aside(linked)
