"""The rules of nonnews probe round 35, each beside what it must leave alone: a profile's
counts line, an onclick toggle's hidden answer, a lead-classed box of the text's paragraphs,
an <aside> column of the text's data, the text going on after its <article>, a line after
the whole layout."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "<p>The ferry to Holm Island leaves the harbour at seven and takes forty minutes in calm "
    "weather, longer when the wind turns west.</p><p>Tickets are sold on board, and cyclists "
    "pay a small supplement for the bike racks on the lower deck.</p>"
)


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://ferry.example/holm").body


def _page(inner: str) -> str:
    return f"<html lang='en'><body><header><a href='/'>Ferry</a></header>{inner}</body></html>"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("214 posts 3,380 followers", False),
        ("1.204 Beiträge 3.380 Follower", False),
        ("30 x 40 x 12 cm", True),  # a size: units, not counts
        ("2 USB 3 HDMI", True),  # names in capitals are values
        ("3 cabins", True),  # one figure alone
    ],
)
def test_a_line_of_counts_goes(line: str, kept: bool) -> None:
    body = _body(_page(f"<main><div class='post'>{_TEXT}<p>{line}</p></div></main>"))
    assert (line in body) is kept


def test_an_answer_hidden_after_an_onclick_question_is_read() -> None:
    body = _body(
        _page(
            f"<main><div class='faq'>{_TEXT}<div class='q' onclick='toggle(this)'>Can dogs "
            "travel on the ferry?</div><div class='a' style='display:none'>Dogs travel free "
            "on a lead and must stay on the open deck during the crossing.</div></div></main>"
        )
    )
    assert "Dogs travel free on a lead" in body


def test_a_panel_after_a_link_to_another_page_stays_hidden() -> None:
    body = _body(
        _page(
            f"<main><div class='faq'>{_TEXT}<a href='/timetable' onclick='track()'>Timetable"
            "</a><div style='display:none'>Hidden notes of the editors about the page layout "
            "that no reader is meant to see.</div></div></main>"
        )
    )
    assert "Hidden notes" not in body


def test_a_lead_box_of_paragraphs_is_the_text_not_a_lead() -> None:
    article = newsextract.extract(
        _page(f"<main><h1>Holm Island ferry</h1><div class='page-intro'>{_TEXT}</div></main>"),
        url="https://ferry.example/holm",
    )
    assert "Tickets are sold on board" in article.body
    assert not article.lead or "Tickets are sold" not in article.lead


_FARES = (
    "<h2>Fares</h2><table><tr><th>Adult</th><td>6 euros</td></tr><tr><th>Child</th><td>3 "
    "euros</td></tr><tr><th>Bicycle</th><td>2 euros</td></tr></table>"
)


@pytest.mark.parametrize(
    ("aside", "kept"),
    [
        (f"<aside class='trip-fares'>{_FARES}</aside>", True),
        # a layout grid's column is no part of the text's component
        (f"<aside class='col-3'>{_FARES}</aside>", False),
        # a linked table is a sidebar's
        (f"<aside class='trip-fares'><a href='/fares'>All fares</a>{_FARES}</aside>", False),
    ],
)
def test_an_aside_column_of_the_texts_data(aside: str, kept: bool) -> None:
    sibling = "col-9" if "col-3" in aside else "trip-notes"
    body = _body(
        _page(f"<main><div class='trip'>{aside}<div class='{sibling}'>{_TEXT}</div></div></main>")
    )
    assert ("6 euros" in body) is kept


def test_the_text_going_on_after_its_article_joins_but_not_another_box() -> None:
    rest = (
        "<div class='ferry-more'><p>In winter the first crossing is at eight, and the last one "
        "leaves the island before dark.</p></div>"
    )
    meta = "<div class='ferry-sub'><p>by Ferry staff</p><p>Friday 4 March, 09:55</p></div>"
    story = f"<article class='ferry'><h1>Holm</h1><div class='ferry-text'>{_TEXT}</div></article>"
    body = _body(_page(f"<main>{story}{rest}</main>"))
    assert "In winter the first crossing" in body
    body = _body(_page(f"<main>{story}{meta}</main>"))
    assert "by Ferry staff" not in body
    # a box of the site's own after the story, named after no part of it
    body = _body(_page(f"<main>{story}{rest.replace('ferry-more', 'site-about')}</main>"))
    assert "In winter the first crossing" not in body


def test_a_line_after_the_whole_layout_is_the_footer() -> None:
    body = _body(
        "<html lang='en'><body><table><tr><td><a href='/'>Home</a></td><td>"
        f"{_TEXT}</td></tr></table><center>You are visitor number 1234 since last May."
        "</center></body></html>"
    )
    assert "Tickets are sold on board" in body
    assert "visitor number" not in body
