"""A chapter's line wholly linked to a moment of the page's own player ("?t=750", "#t=65",
"watch?v=…&t=402s", "#00:12:30") is the show notes' text, not a link list; a line opened by
a time and linked to another page (a news ticker's) or to a bare "#" stays a link."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.seek_links import opens_with_time_code, seeking_words

_TEXT = (
    "<p>In this episode the smith shows how an old axe gets a new edge, from the first look at "
    "the blade to the test cut in a log of birch.</p><p>Next week the series turns to the "
    "handle, which the smith carves from a piece of ash dried for three years.</p>"
)


def _body(lines: str) -> str:
    page = (
        "<html lang='en'><body><header><a href='/'>Example TV</a></header><main><article "
        f"class='episode'><h1>The workshop, episode 7</h1><div class='notes'>{_TEXT}{lines}"
        "</div></article></main><footer><p>Example TV</p></footer></body></html>"
    )
    return newsextract.extract(page).body or ""


@pytest.mark.parametrize(
    ("lines", "wanted"),
    [
        (  # a list of wholly linked chapters, each seeking the player by a query
            "<ul><li><a href='?t=0'>00:00 Welcome to the workshop</a></li><li><a "
            "href='?t=95'>01:35 Finding the right angle</a></li></ul>",
            ("00:00 Welcome to the workshop", "01:35 Finding the right angle"),
        ),
        (  # paragraphs linked by a fragment
            "<p><a href='#t=65'>01:05 Starting the grinder</a></p><p><a href='#t=840'>14:00 "
            "The fine stone</a></p>",
            ("01:05 Starting the grinder", "14:00 The fine stone"),
        ),
        (  # a description's lines, each linked to the video's address with a start time
            "<p><a href='https://video.example.com/watch?v=k7&amp;t=0s'>0:00 Intro</a><br><a "
            "href='https://video.example.com/watch?v=k7&amp;t=402s'>6:42 Removing the "
            "shoots</a></p>",
            ("0:00 Intro", "6:42 Removing the shoots"),
        ),
    ],
)
def test_chapters_seeking_the_player_are_text(lines: str, wanted: tuple[str, ...]) -> None:
    body = _body(lines)
    assert [line for line in wanted if line not in body] == []


@pytest.mark.parametrize(
    "href",
    ["/news/31", "https://other.example.com/story/31", "#"],
)
def test_timed_lines_linked_elsewhere_stay_links(href: str) -> None:
    body = _body(
        f"<ul><li><a href='{href}'>14:20 Snow closes the mountain pass</a></li><li><a "
        f"href='{href}'>12:05 A new bridge opens in the valley</a></li></ul>"
    )
    assert "Snow closes the mountain pass" not in body
    assert "A new bridge opens" not in body


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("00:12:30 Intro", True),
        ("0:04 Dawn", True),
        ("[12:30] Talk", True),
        ("1230 Talk", False),
        ("Chapter 12:30", False),
        ("12:305", False),
    ],
)
def test_time_code_openers(text: str, opens: bool) -> None:
    assert opens_with_time_code(text) is opens


def test_seek_addresses() -> None:
    from selectolax.lexbor import LexborHTMLParser

    def seeks(href: str) -> bool:
        box = LexborHTMLParser(f"<div><a href='{href}'>12:30 Part</a></div>").css_first("div")
        assert box is not None
        return seeking_words(box) == ("12:30 Part",)

    assert all(
        map(
            seeks,
            ("?t=750", "#t=750", "#00:12:30", "watch?v=a&t=7s", "?start=750", "?time_continue=7"),
        )
    )
    assert not any(map(seeks, ("#", "/news/1", "?page=2", "#comments")))


def test_a_hostile_page_of_chapters_reads_each_container_once() -> None:
    """Ten thousand timed lines linked to the player in one box: each container's seeking
    links are read once (``_MAX_SEEK_LINKS`` of them at most), not once a line."""
    lines = "".join(
        f"<p><a href='?t={n}'>{n // 60:02d}:{n % 60:02d} Part {n}</a></p>" for n in range(3000)
    )
    body = _body(lines)
    assert "00:07 Part 7" in body


def test_a_player_chapter_box_beside_a_transcript_stays_out() -> None:
    """A chapter list in a box of its own, only its title beside it, is the player's chapter
    widget (it navigates the media, as a table of contents does the text), not show notes."""
    body = _body(
        "<div class='chapters'><h3>Chapters</h3><ul><li><a href='?t=0'>00:00 Welcome</a></li>"
        "<li><a href='?t=190'>03:10 Hives on the roof</a></li></ul></div><h2>Transcript</h2>"
        "<p><em>00:12</em> Tom: Why keep bees on the roof of a library, of all places?</p><p>"
        "<em>00:20</em> Marta: The director asked me after a talk, and a month later the "
        "first hives stood there.</p>"
    )
    assert "Hives on the roof" not in body
    assert "the first hives stood there" in body
