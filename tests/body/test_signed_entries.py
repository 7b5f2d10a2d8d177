"""Readers' signed entries after the text (an obituary's guest book: a short text and a
signature line, "— the Greens", in elements of one template) are not the text; a lone
signed quote is, and so is a page of entries longer than anything before them. Invented
pages."""

from __future__ import annotations

import newsextract

_NOTICE = (
    "<p>Harold Ivor Benn, of Lowmoor, died peacefully on 4 February 2025 at the age of 88, "
    "surrounded by his family.</p><p>He farmed at Top Field for fifty years and was "
    "churchwarden of St Aidan's for most of them.</p><p>Funeral: St Aidan's Church, Lowmoor, "
    "Monday 17 February at 2 pm. Family flowers only.</p>"
)
_ENTRY = "<div class='entry'><p>{}</p><span class='signed'>— {}</span></div>"


def _page(body: str) -> str:
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Harold Ivor Benn</title></head>"
        "<body><header id='masthead'><a class='site-logo' href='/'>Logo</a><nav class='menu'>"
        "<ul><li><a href='/'>Notices</a></li><li><a href='/place'>Place a notice</a></li></ul>"
        "</nav></header><div id='wrapper'><div id='content'><h1>Harold Ivor Benn</h1>"
        f"<div class='body'>{body}</div><section class='related'><h3>More notices</h3><ul>"
        "<li><a href='/n/1'><span>Another invented notice</span></a></li></ul></section>"
        "</div></div><footer class='site-footer'><p>© 2025 Invented Notices.</p></footer>"
        "</body></html>"
    )


def test_a_guest_book_after_the_text_goes() -> None:
    book = (
        "<h3>Guest book</h3>"
        + _ENTRY.format("A true gentleman. Our thoughts are with you all.", "Mary and Tom")
        + _ENTRY.format("So sorry to hear the news. He taught me to plough.", "Jack R.")
        + _ENTRY.format("Rest in peace, Harold. The village will miss you.", "The Archers")
    )
    body = newsextract.extract(_page(_NOTICE + book), url="https://notices.example.org/hb").body
    assert body is not None and body.endswith("Family flowers only.")
    assert "plough" not in body and "Guest book" not in body


def test_a_lone_signed_quote_stays() -> None:
    quote = _ENTRY.format("He never once left a gate open.", "his grandson")
    body = newsextract.extract(_page(_NOTICE + quote), url="https://notices.example.org/hb").body
    assert body is not None and "left a gate open" in body and "— his grandson" in body
