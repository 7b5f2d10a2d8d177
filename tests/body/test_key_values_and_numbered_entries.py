"""Two kinds of content read as furniture before: a key-value box of two rows (a label and
its value in each) is data, not a layout table; a list article's headings numbered and
linked to each entry's own page ("2. <a>Salt Houses</a>") are its sections, not teasers."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The town's new library opens its doors this Saturday, with three floors of books, a "
    "children's wing and a reading garden on the roof.</p>"
    "<p>The building replaces the old library on Station Road, which closed in 2021 after its "
    "roof was found to be unsafe, and its collection has been in storage since then.</p>"
)


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>A headline of the page</h1>{inner}</article></main>"
        "<footer><p>© 2025 Example</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/story").body or ""


def test_a_two_row_key_value_table_is_kept() -> None:
    table = (
        "<table><tr><td>Opening hours</td><td>Monday to Saturday, 9:00 to 19:00</td></tr>"
        "<tr><td>Address</td><td>12 Mill Lane, Westbrook</td></tr></table>"
    )
    body = _body(_TEXT + table)
    assert "Opening hours" in body
    assert "12 Mill Lane, Westbrook" in body


def _entries(numbered: bool, with_text: bool) -> str:
    out = []
    for n in range(1, 5):
        number = f"{n}. " if numbered else ""
        out.append(f"<h2>{number}<a href='/books/{n}'>The book number {n}</a></h2>")
        if with_text:
            out.append(f"<p>Entry {n}: a quiet, strange and moving novel about an island.</p>")
    return "".join(out)


def test_numbered_linked_headings_over_text_are_kept() -> None:
    body = _body(_TEXT + _entries(numbered=True, with_text=True))
    assert "3. The book number 3" in body
    assert "Entry 3:" in body


def test_linked_headings_without_numbers_stay_teasers() -> None:
    body = _body(_TEXT + _entries(numbered=False, with_text=True))
    assert "The book number 3" not in body


def test_numbered_linked_headings_without_text_stay_out() -> None:
    body = _body(_TEXT + _entries(numbered=True, with_text=False))
    assert "The book number" not in body
