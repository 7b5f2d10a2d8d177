"""Round 59 (issue 11): the article's own text split over containers the walk skipped. The
rest of a story hidden after a "continue reading" button before it, a story's later pages
hidden in one HTML, a "read more" toggle's words, and asides holding the text's notes or
its chronology."""

from __future__ import annotations

import newsextract

_LEAD = (
    "The harbour board voted on Tuesday to rebuild the old north pier, closed since a storm "
    "split its deck three winters ago."
)
_REST = (
    "Work starts in September and should take eighteen months, with the fishing boats moved "
    "to the south quay in the meantime."
)


def _body(middle: str) -> str:
    page = (
        "<html lang='en'><body><main><article><h1>North pier to be rebuilt</h1>"
        f"<div class='story'><p>{_LEAD}</p>{middle}</div></article></main></body></html>"
    )
    return newsextract.extract(page, url="https://news.example/pier").body or ""


def test_the_rest_hidden_after_a_continue_button_is_read() -> None:
    body = _body(
        "<div class='fade'><button class='more'>Continue</button></div>"
        f"<div class='rest' hidden><p>{_REST}</p></div>"
    )
    assert _REST in body
    assert "Continue" not in body


def test_a_rest_after_a_bare_button_with_a_hiding_class_is_read() -> None:
    body = _body(f"<button>Show all</button><div class='hidden'><p>{_REST}</p></div>")
    assert _REST in body


def test_a_hidden_form_after_a_button_stays_out() -> None:
    body = _body(
        "<button>Log in</button><div hidden><form><label>Email address</label><input></form></div>"
    )
    assert "Email address" not in body


def test_a_box_after_a_form_button_stays_out() -> None:
    body = _body(
        "<button type='submit'>Send</button><div hidden><p>Thank you, your message about the "
        "pier was sent to the board.</p></div>"
    )
    assert "Thank you" not in body


def test_a_later_page_hidden_beside_the_first_is_read() -> None:
    body = _body(
        f"<div class='story-page'><p>{_REST}</p></div><div class='story-page' "
        "style='display:none'><p>The board will hold a public meeting about the plans in the "
        "town hall next month.</p></div><div class='story-page is-hidden'><p>Residents may "
        "also send their views in writing until the end of the summer.</p></div>"
    )
    assert "public meeting about the plans" in body
    assert "send their views in writing" in body


def test_a_carousel_s_hidden_slides_are_no_pages() -> None:
    # Swiper, Slick and ARIA name a carousel's slides: one shows at a time, as a paginated
    # story's pages do, but each is an item of its own (a customer's praise), not the text.
    slides = (
        ("<div class='swiper-slide'>", "<div class='swiper-slide' aria-hidden='true'>"),
        ("<div class='slick-slide'>", "<div class='slick-slide' style='display:none'>"),
        (
            "<div class='quote' aria-roledescription='slide'>",
            "<div class='quote' aria-roledescription='slide' hidden>",
        ),
    )
    for shown, hidden in slides:
        body = _body(
            f"{shown}<p>{_REST}</p></div>{hidden}<p>Friendly and careful people who left the "
            "quay tidier than they found it that day.</p></div>"
        )
        assert _REST in body
        assert "Friendly and careful" not in body, hidden


def test_a_hidden_box_named_by_a_hiding_utility_is_no_page() -> None:
    body = _body(
        f"<div class='d-none d-md-block'><p>{_REST}</p></div><div class='d-none'><p>This "
        "text is meant for no screen at all and is no part of the story.</p></div>"
    )
    assert "meant for no screen" not in body


def test_a_read_more_toggle_titles_nothing() -> None:
    body = _body(
        "<button class='read-more-toggle' aria-expanded='false' aria-controls='rest'>Read the "
        f"whole story</button><div id='rest' class='collapsed-rest'><p>{_REST}</p></div>"
    )
    assert _REST in body
    assert "Read the whole story" not in body


def test_an_accordion_toggle_still_titles_its_panel() -> None:
    body = _body(
        "<button class='accordion-button' aria-expanded='false' aria-controls='q1'>What will "
        f"it cost</button><div id='q1' class='accordion-panel'><p>{_REST}</p></div>"
    )
    assert "What will it cost" in body


def test_an_aside_of_endnotes_is_read() -> None:
    body = _body(
        f"<p>{_REST}</p><aside class='endnotes'><p>The pier was first built in 1884 by the "
        "town's merchants.</p></aside>"
    )
    assert "first built in 1884" in body


def test_an_aside_of_the_story_s_timeline_is_read() -> None:
    body = _body(
        "<aside class='timeline-box'><ol><li>2023: the storm splits the deck</li><li>2026: "
        f"the board votes to rebuild</li></ol></aside><p>{_REST}</p>"
    )
    assert "the storm splits the deck" in body


def test_an_aside_of_a_guide_s_practical_information_is_read() -> None:
    """A travel guide's "good to know" box (getting there, hours, prices) is its own facts,
    set apart as a fact box is (probe set blind68b)."""
    body = _body(
        "<aside class='good-to-know'><h3>Getting there</h3><ul><li>The number 4 bus stops at "
        f"the pier gate every half hour.</li></ul></aside><p>{_REST}</p>"
    )
    assert "The number 4 bus stops at the pier gate" in body


def test_a_related_aside_stays_skipped() -> None:
    body = _body(
        "<aside class='related'><p>Ferry timetable changes for the summer season.</p></aside>"
        f"<p>{_REST}</p>"
    )
    assert "Ferry timetable" not in body


def test_a_hidden_copy_of_the_text_is_read_once() -> None:
    body = _body(
        f"<div class='copy'><p>{_REST}</p></div><div class='copy' style='display:none'><p>"
        f"{_REST}</p></div>"
    )
    assert body.count(_REST) == 1
