"""The notes an essay sets in its ``<article>``'s own ``<footer>`` are its text, read and
joined after it; an article footer of tags, share buttons or an author line, and the site's
footer whatever its boxes are named, stay out."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.body.block_records import is_notes_footer

_TEXT = (
    "<p>The tide mill at Saltmarsh ground corn for the village for almost three centuries"
    "<sup><a href='#n1'>1</a></sup>.</p><p>After the last miller left in 1931 the mill stood "
    "empty until the local society bought it for a shilling<sup><a href='#n2'>2</a></sup>.</p>"
    "<p>Today flour is milled there again every midsummer, when the tide allows.</p>"
)


def _page(footer: str, site_footer: str = "<p>© Example</p>") -> str:
    return (
        "<html lang='en'><body><main><article class='essay'><h1>The tide mill</h1><div "
        f"class='essay-body'>{_TEXT}</div><footer class='essay-footer'>{footer}</footer>"
        f"</article></main><footer class='site-footer'>{site_footer}</footer></body></html>"
    )


def _footer(html: str) -> bool:
    node = LexborHTMLParser(html).css_first("footer")
    assert node is not None
    return is_notes_footer(node)


def test_notes_in_the_article_footer_are_text() -> None:
    notes = (
        "<h2>Notes</h2><ol class='footnotes'><li id='n1'>Parish records of 1742, kept in the "
        "county archive.</li><li id='n2'>The deed of sale hangs framed in the mill's office."
        "</li></ol>"
    )
    body = newsextract.extract(_page(notes), url="https://essays.example/tide-mill").body
    assert "Parish records of 1742, kept in the county archive." in body
    assert "The deed of sale hangs framed in the mill's office." in body


def test_an_article_footer_of_tags_and_shares_stays_out() -> None:
    footer = (
        "<div class='tags'><a href='/t/mills'>Mills</a> <a href='/t/coast'>Coast</a></div>"
        "<div class='share'><a href='#'>Share on Facebook</a></div>"
    )
    assert not _footer(_page(footer))
    body = newsextract.extract(_page(footer), url="https://essays.example/tide-mill").body
    assert "Share on Facebook" not in body


def test_the_site_footer_is_no_notes_footer() -> None:
    html = (
        "<html><body><main><article><p>Text.</p></article></main><footer><div "
        "class='footnotes'>Prices include tax.</div></footer></body></html>"
    )
    assert not _footer(html)


def test_a_notes_role_names_the_box() -> None:
    html = (
        "<article><p>Text.</p><footer><section role='doc-endnotes'><p>A note.</p></section>"
        "</footer></article>"
    )
    assert _footer(html)


def test_epub_notes_in_the_article_footer_are_text() -> None:
    # An e-book exporter's notes: EPUB 3's ``epub:type``, no class or role naming them.
    notes = (
        "<section epub:type='endnotes'><aside epub:type='endnote' id='n1'><p>Parish records "
        "of 1742, kept in the county archive.</p></aside><aside epub:type='endnote' id='n2'>"
        "<p>The deed of sale hangs framed in the mill's office.</p></aside></section>"
    )
    assert _footer(_page(notes))
    body = newsextract.extract(_page(notes), url="https://essays.example/tide-mill").body
    assert "Parish records of 1742, kept in the county archive." in body
    assert "The deed of sale hangs framed in the mill's office." in body
