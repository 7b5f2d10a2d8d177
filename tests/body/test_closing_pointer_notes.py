"""A short note closing the text that points the reader to another of the site's pieces in
the first person plural ("How the cloud keeps which data, we explain in our article …") is
the site's pointer, not the text; a story opening on its own earlier coverage ("As we
reported in our article on Monday, …") keeps that line (``data/reader_asks.toml``,
``[pointer]``)."""

from __future__ import annotations

import pytest

import newsextract

_PARAGRAPHS = (
    "<p>The town council of Wendlow voted on Tuesday to close the old swimming baths at the "
    "end of the season, after engineers found cracks in the main pool's floor.</p><p>A "
    "new pool is planned on the site of the bus depot, but the council has not yet set "
    "aside money for it, and the earliest opening date given was the spring of 2029.</p>"
    "<p>Swimming clubs will train at the school pool in Harnby until then, three evenings a "
    "week instead of five.</p>"
)


def _story(lang: str, before: str, after: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Baths close</title></head><body><article><h1>"
        f"Baths close</h1><div class='text'>{before}{_PARAGRAPHS}{after}</div></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        (
            "de",
            "Wie die Stadt ihre Bäder finanziert, erklären wir in unserem Beitrag <a "
            "href='/ratgeber/baeder'>Bäder: Wer zahlt für das Wasser?</a>",
        ),
        (
            "en",
            "How councils pay for their pools we set out in our explainer <a "
            "href='/explainers/pools'>Who pays for the water?</a>",
        ),
    ],
)
def test_a_closing_pointer_note_goes(lang: str, note: str) -> None:
    body = newsextract.extract(_story(lang, "", f"<div class='box'>{note}</div>")).body
    assert "three evenings a week instead of five" in body
    assert "Who pays for the water?" not in body
    assert "Wer zahlt für das Wasser?" not in body


def test_an_opening_line_recalling_the_sites_coverage_stays() -> None:
    opening = "<p>As we reported in our article on Monday, the baths had been shut twice.</p>"
    body = newsextract.extract(_story("en", opening, "")).body
    assert "As we reported in our article on Monday" in body
