"""Wave 61: a list named as a table of contents ("toc") is a page's navigation when it links
to the page's sections, and a book's or a course's contents when its chapters are written
out with no link: on the book's page, what the reader came for (``class_names.
contents_list_weight``)."""

from __future__ import annotations

import newsextract

_BLURB = (
    "<p>A lighthouse keeper's daughter keeps the lamp lit through the winter her father "
    "falls ill, and learns the coast's moods one storm at a time.</p><p>A short novel about "
    "duty, weather and the people who carry the post across the causeway.</p>"
)


def _book_page(contents: str) -> str:
    page = (
        "<html lang='en'><head><title>The Causeway Lamp</title></head><body><header><a "
        "href='/'>Harrow Lane Books</a><nav><a href='/new'>New titles</a> <a "
        "href='/authors'>Authors</a></nav></header><main><div class='book'><h1 "
        "class='book-title'>The Causeway Lamp</h1><div class='book-blurb'>"
        f"{_BLURB}</div><h2>Contents</h2>{contents}</div></main><footer>© Harrow Lane "
        "Books</footer></body></html>"
    )
    return newsextract.extract(page, url="https://harrowlane.example.com/books/lamp").body or ""


def test_a_book_contents_list_without_links_is_read() -> None:
    body = _book_page(
        "<ol class='book-toc'><li>1. The first gale</li><li>2. Letters from the mainland"
        "</li><li>3. The lamp goes out</li></ol>"
    )
    assert "A lighthouse keeper's daughter" in body
    assert "2. Letters from the mainland" in body
    assert "3. The lamp goes out" in body


def test_a_linked_table_of_contents_stays_navigation() -> None:
    body = _book_page(
        "<ol class='toc'><li><a href='#c1'>1. The first gale</a></li><li><a href='#c2'>2. "
        "Letters from the mainland</a></li><li><a href='#c3'>3. The lamp goes out</a></li>"
        "</ol>"
    )
    assert "A lighthouse keeper's daughter" in body
    assert "Letters from the mainland" not in body
