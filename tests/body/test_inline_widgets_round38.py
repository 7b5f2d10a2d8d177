"""Widgets set inside the article's own container, round 38: a call to action under its
title (a donation ask, a consent notice), a rating box around a row of stars, a meta line
of a reading time and a tally, an affiliate disclosure in the page's language. Each goes by
its shape or the language data; the text's own sections, a review's verdict and the text's
numbers stay."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The harbour board approved a second ferry berth on Monday, after two years of "
    "complaints from islanders about queues in the summer months.</p>"
    "<p>Work on the berth starts in October and should be finished before next season, the "
    "board's chair, Ruth Tennant, told the meeting.</p>"
)


def _body(inner: str, *, lang: str = "en") -> str:
    html = (
        f"<html lang='{lang}'><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>Second ferry berth approved</h1><div class='text'>{inner}</div>"
        "</article></main><footer><p>© 2026 Example</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/story").body or ""


def test_a_call_under_its_heading_goes_in_any_words() -> None:
    box = (
        "<div class='box-k'><h3>Habari huru zinakuhitaji</h3><p>Kila mchango mdogo "
        "unatusaidia kuendelea kuandika.</p><p><a href='/changia'>Changia</a></p></div>"
    )
    body = _body(_TEXT + box + _TEXT)
    assert "Habari huru" not in body
    assert "Kila mchango" not in body
    assert "Work on the berth starts" in body


def test_a_consent_notice_under_a_short_title_goes() -> None:
    box = (
        "<div class='inline-x'><p>We value your privacy</p><p>We and our partners store "
        "data to tailor content and measure traffic.</p><button>Accept all</button>"
        "<button>Settings</button></div>"
    )
    body = _body(box + _TEXT)
    assert "We value your privacy" not in body
    assert "tailor content" not in body


def test_a_section_of_the_text_under_its_heading_stays() -> None:
    section = (
        "<div class='section'><h2>What the islanders said</h2><p>Most of those at the meeting "
        "welcomed the plan, though some asked for a covered waiting room.</p>"
        "<p>The board promised to look at shelter in the next budget.</p></div>"
    )
    body = _body(_TEXT + section)
    assert "What the islanders said" in body
    assert "covered waiting room" in body


def test_a_rating_box_around_stars_goes() -> None:
    box = (
        "<div class='r-box'><p>Rate this story</p><div class='s'><span>★</span><span>★</span>"
        "<span>☆</span></div><p>(41 votes)</p></div>"
    )
    body = _body(_TEXT + box)
    assert "Rate this story" not in body
    assert "41 votes" not in body


def test_a_reviews_verdict_with_stars_in_the_text_stays() -> None:
    verdict = "<p>Verdict: a calm, well-built crossing.</p><p>★★★★☆</p>"
    body = _body(_TEXT + verdict)
    assert "Verdict: a calm, well-built crossing." in body


def test_a_meta_line_of_reading_time_and_a_tally_goes() -> None:
    body = _body("<p>4 min read · 1,204 views</p>" + _TEXT)
    assert "min read" not in body
    assert "1,204 views" not in body


def test_a_line_of_numbers_without_furniture_stays() -> None:
    body = _body(_TEXT + "<p>Ferries in 2025 · 14 sailings a day</p>")
    assert "14 sailings a day" in body


def test_an_affiliate_disclosure_goes_by_its_words() -> None:
    text = (
        "<p>Am folosit espressorul portabil trei săptămâni pe munte și a făcut o cafea mai "
        "bună decât mă așteptam, chiar și la cort.</p><p>Pompa manuală cere cam douăzeci de "
        "apăsări pentru o ceașcă, iar rezervorul ajunge pentru două cafele.</p>"
    )
    disclosure = "<p><em>Acest articol conține linkuri afiliate, fără costuri pentru tine.</em></p>"
    body = _body(disclosure + text, lang="ro")
    assert "linkuri afiliate" not in body
    assert "Pompa manuală" in body
