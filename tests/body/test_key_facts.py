"""A box of key facts after the text, written as a list of "Field: value" items (an event's
date, time and entry fee), is the text's own data like a definition list; one labelled
line alone there is not (a tag line, a source)."""

from __future__ import annotations

import newsextract

_PROSE = (
    "<div class='event-description'><p>The craft fair returns to Liberty Square with more "
    "than three hundred stalls from every corner of the region, most of them local.</p>"
    "<p>Free pottery and embroidery workshops run for children and adults all day, and a "
    "brass band plays on the bandstand on Sunday afternoons.</p></div>"
)


def _body(box: str) -> str:
    page = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/events'>Events</a></nav>"
        f"<main><h1>Craft fair on Liberty Square</h1><div class='event-layout'>{_PROSE}{box}"
        "</div></main><footer><p>© 2024 City events office</p></footer></body></html>"
    )
    return newsextract.extract(page, url="https://events.example/craft-fair").body or ""


def test_a_box_of_labelled_facts_after_the_text_joins_it() -> None:
    body = _body(
        "<div class='event-details-box'><h3>Details</h3><ul>"
        "<li><strong>Date:</strong> every Sunday in April</li>"
        "<li><strong>Time:</strong> 9 am to 5 pm</li>"
        "<li><strong>Entry:</strong> free</li></ul></div>"
    )
    assert "Date: every Sunday in April" in body
    assert "Time: 9 am to 5 pm" in body


def test_one_labelled_line_after_the_text_stays_out() -> None:
    body = _body(
        "<div class='topics-box'><ul><li>Topics in this article: Fairs, Crafts, Square</li>"
        "</ul></div>"
    )
    assert "Topics in this article" not in body


def test_a_list_with_an_unlabelled_item_stays_out() -> None:
    body = _body(
        "<div class='event-details-box'><ul><li>Date: every Sunday in April</li>"
        "<li>Time: 9 am to 5 pm</li><li>Bring the whole family</li></ul></div>"
    )
    assert "every Sunday in April" not in body


def test_a_list_of_web_addresses_after_the_text_is_no_key_facts_box() -> None:
    body = _body(
        "<div class='sources-box'><ul><li>https://city.example/fair</li>"
        "<li>https://crafts.example/a</li></ul></div>"
    )
    assert "crafts.example" not in body
