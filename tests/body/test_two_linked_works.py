"""Two linked works with their years under a heading of their own, inside the text (kept
sections before and after the list), are the text's: a homepage's or a profile's
"Writing" between "About" and "Contact". Two teasers titled by their source, or two works
closing the text, stay as they were (a list of three is the bar there). Invented page
(modelled on a teacher's old homepage)."""

from __future__ import annotations

import newsextract

_ABOUT = (
    "<h1>Wren Talbot</h1><p>I teach woodwork at the county college and write about old hand "
    "tools.</p>"
)
_CONTACT = "<h2>Contact</h2><p>Write to me at the college; I answer within a week or two.</p>"


def _body(items: tuple[str, ...], *, after: str = _CONTACT) -> str:
    entries = "".join(f"<li><a href='/w/{n}'>{title}</a>{tail}</li>" for n, (title, tail) in
                      enumerate(zip(items[::2], items[1::2], strict=True)))  # fmt: skip
    html = (
        "<html lang='en'><head><title>Wren Talbot</title></head><body><main>"
        f"{_ABOUT}<h2>Writing</h2><ul>{entries}</ul>{after}</main></body></html>"
    )
    return newsextract.extract(html, url="https://people.example.org/~talbot/").body


_WORKS = (
    "Why I still sharpen with oilstones", " (2019)",
    "A plane that belonged to my grandfather", " (2021)",
)  # fmt: skip


def test_two_works_and_their_years_inside_the_text_are_kept() -> None:
    body = _body(_WORKS)
    assert "Why I still sharpen with oilstones (2019)" in body
    assert "A plane that belonged to my grandfather (2021)" in body
    assert "I answer within a week or two" in body


def test_two_teasers_titled_by_their_source_stay_out() -> None:
    teasers = (
        "Council to close the old sawmill road", " – Valley Post",
        "Record crowd at the spring fair", " – Valley Post",
    )  # fmt: skip
    body = _body(teasers)
    assert "Council to close the old sawmill road" not in body
    assert "I answer within a week or two" in body


def test_two_works_closing_the_page_are_not_taken_on_the_year_alone() -> None:
    body = _body(_WORKS, after="")
    assert "A plane that belonged to my grandfather" not in body
