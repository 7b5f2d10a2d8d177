"""A player's chapters written as buttons in the show notes ("<button>02:20 Green and
brown</button>", a script seeks the player) are the notes' lines, as chapters written as
links are; a player's control ("Play"), a time code alone and a player's own chapter widget
(a list boxed apart) are not."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.body.seek_links import is_chapter_button


def _button(html: str) -> bool:
    node = LexborHTMLParser(f"<div><p>Text.</p>{html}</div>").css_first("button")
    assert node is not None
    return is_chapter_button(node)


def test_a_time_code_and_words_is_a_chapter() -> None:
    assert _button("<button>02:20 Green and brown in the right mix</button>")
    assert _button("<button>(1:02:20) Questions from listeners</button>")


def test_a_control_or_a_bare_time_code_is_no_chapter() -> None:
    assert not _button("<button>Play</button>")
    assert not _button("<button>00:12</button>")
    assert not _button("<button><svg></svg>02:20 Icon first</button>")


def test_chapter_buttons_in_the_notes_are_text() -> None:
    chapters = ("00:00 Welcome to the allotment", "04:10 Sowing beans in April")
    items = "".join(
        f"<li><button data-seek='{n}'>{c}</button></li>" for n, c in enumerate(chapters)
    )
    html = (
        "<html lang='en'><body><main><article><h1>Episode 4: Beans</h1><div "
        "class='player'><audio src='/e4.mp3'></audio><button class='play'>Play</button></div>"
        "<p>Our gardener explains why beans want warm soil before they are sown outside.</p>"
        f"<h3>Chapters</h3><ul>{items}</ul><p>Next week we look at the potato harvest.</p>"
        "</article></main></body></html>"
    )
    body = newsextract.extract(html, url="https://pod.example/e4").body
    assert all(chapter in body for chapter in chapters)
    assert "Play" not in body.split()
