"""A heading-type line after the text's wrapper that links away (the author's "read the rest
of my guide") is no text, however long; a heading with a link inside the text's wrapper, or
a paragraph after it, stays."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>Tomatoes sown in March need a bright windowsill and a warm room, or they grow long "
    "and pale before the weather lets them out.</p><p>Pot them on once the first true leaves "
    "open, and bury the stem deeper each time: it roots all along its length.</p>"
)
_POINTER = (
    "Want a whole season of seedlings without a greenhouse? Read the rest of my <a "
    "href='/guide/'>windowsill growing guide</a> for every month of the year."
)


def _page(inside: str, after: str) -> str:
    return (
        "<html lang='en'><body><header><a href='/'>Plot Notes</a></header><main><div "
        "class='post'><h1>Sowing tomatoes indoors</h1><p class='date'>12 March 2026</p><div "
        f"class='post-body'>{_TEXT}{inside}</div>{after}</div></main><footer>© Plot Notes"
        "</footer></body></html>"
    )


def _body(inside: str = "", after: str = "") -> str:
    page = _page(inside, after)
    return newsextract.extract(page, url="https://plotnotes.example.com/tomatoes").body or ""


def test_a_heading_with_a_link_after_the_texts_wrapper_is_dropped() -> None:
    body = _body(after=f"<hr><h4>{_POINTER}</h4><hr>")
    assert body.rstrip().endswith("it roots all along its length.")


def test_a_heading_with_a_link_closing_the_text_inside_its_wrapper_stays() -> None:
    body = _body(inside=f"<h3>{_POINTER}</h3>")
    assert "Read the rest of my windowsill growing guide" in body


def test_a_paragraph_with_a_link_after_the_texts_wrapper_stays() -> None:
    """A text's last paragraph set loose after its wrapper links its sources as a pointer
    does: its words do not tell them apart, so it stays."""
    body = _body(after=f"<p>{_POINTER}</p>")
    assert "Read the rest of my windowsill growing guide" in body
