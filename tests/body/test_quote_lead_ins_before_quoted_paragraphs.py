"""A linked lead-in naming a source ("<a>The Valley Times</a> reported:") before a quotation
set as paragraphs of its own (italic, opening with a quotation mark), not in a
<blockquote>, is the text's lead-in as it is before a <blockquote>. Before a paragraph that
opens with no quotation mark it stays out."""

from __future__ import annotations

import newsextract


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<main><article><h1>Harbour ferry to stop on Sundays</h1><p>The harbour ferry will no "
        "longer sail on Sundays from next month, the operator said this week, citing falling "
        f"numbers.</p>{inner}<p>Regular passengers said they would write to the council about "
        "the decision before the timetable changes.</p></article></main></body></html>"
    )
    return newsextract.extract(html, url="https://blog.example/ferry-sundays").body or ""


def test_linked_source_before_a_quoted_paragraph_stays() -> None:
    body = _body(
        "<p><a href='https://times.example/a/1'>The Valley Times</a> reported:</p>"
        "<p><em>“The operator said Sunday crossings carried fewer than forty people on "
        "average last winter, against three hundred on a weekday.”</em></p>"
    )
    assert "The Valley Times reported:" in body
    assert "fewer than forty people" in body


def test_linked_label_before_a_plain_paragraph_stays_out() -> None:
    body = _body(
        "<p><a href='https://times.example/ferries'>More from The Valley Times</a>:</p>"
        "<p>The operator said Sunday crossings carried fewer than forty people on average "
        "last winter, against three hundred on a weekday.</p>"
    )
    assert "More from The Valley Times" not in body
