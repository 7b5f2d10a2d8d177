"""Links without an ``href`` in every place a link-reading source looks: each source must read
them as links with no address, never fail the page (a ``rel=tag`` link without ``href`` made
the whole extraction an error)."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = "<p>" + "The council met on Tuesday to weigh the new plan for the harbour. " * 6 + "</p>"

_LINKS = {
    "rel_tag": '<p>Tags: <a rel="tag">harbour</a> <a rel="tag">council</a></p>',
    "rel_category": '<p><a rel="category tag">Local</a> <a rel="tag">harbour</a></p>',
    "rel_author": '<p>By <a rel="author">Mara Velden</a></p>',
    "follow_button": "<div><a>Mara Velden</a><button>Follow</button></div>",
    "hashtags": "<p><a>#harbour</a> <a href>#council</a></p>",
}


@pytest.mark.parametrize("links", _LINKS.values(), ids=_LINKS.keys())
def test_links_without_an_address_are_read_not_failed(links: str) -> None:
    html = (
        "<html lang='en'><head><title>Harbour plan weighed</title></head><body><article>"
        f"<h1>Harbour plan weighed</h1>{links}{_TEXT}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example/local/harbour-plan")
    assert article.title == "Harbour plan weighed"
    assert "harbour" in article.body


def test_a_follow_buttons_writer_without_an_address_is_still_the_writer() -> None:
    html = (
        "<html lang='en'><head><title>Field notes</title></head><body><main><h1>Field notes</h1>"
        f"<div><a>Mara Velden</a><button>Follow</button></div>{_TEXT}</main></body></html>"
    )
    assert newsextract.extract(html, url="https://blog.example/p/notes").authors == ("Mara Velden",)
