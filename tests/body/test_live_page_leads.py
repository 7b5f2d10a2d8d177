"""A live page's summary box of key points and the intro after it are its lead (wave 68l),
and a badge glued to an entry's time is a stamp's line."""

from __future__ import annotations

import newsextract
from newsextract.body.date_lines import is_dateline

_STREAM = (
    "<div class='stream'><article class='post'><time>10:32</time><h2>Bridge closed</h2><p>"
    "Police closed the old stone bridge at Kelham after the water reached its arches this "
    "morning, and drivers are sent through Oakby.</p></article><article class='post'><time>"
    "09:41</time><h2>Shelter opens</h2><p>The sports hall on Mill Lane is open for anyone "
    "who has to leave home, with beds for two hundred people.</p></article></div>"
)
_POINTS = (
    "<div class='key-points'><h2>Key points</h2><ul><li>The river peaks on Wednesday night."
    "</li><li>Trains between Arden and Pelham are suspended.</li></ul></div>"
)
_INTRO = "Heavy rain has fallen on the valley since Sunday and the river is still rising."


def _page(after_points: str) -> str:
    return (
        "<html lang='en'><head><title>Flood live | Example</title></head><body><main><article>"
        f"<h1>Flooding in the valley: live</h1><p class='updated'>Updated 4 minutes ago</p>"
        f"{_POINTS}{after_points}{_STREAM}</article></main></body></html>"
    )


def test_the_key_points_and_the_intro_after_them_are_the_lead() -> None:
    article = newsextract.extract(
        _page(f"<div class='live-intro'><p>{_INTRO}</p></div>"), url="https://n.example/live"
    )
    assert article.lead is not None
    assert "The river peaks on Wednesday night." in article.lead
    assert _INTRO in article.lead
    assert "Police closed the old stone bridge" in article.body


def test_a_paragraph_after_the_points_with_no_lead_name_stays_out_of_the_lead() -> None:
    article = newsextract.extract(_page(f"<p>{_INTRO}</p>"), url="https://n.example/live")
    assert article.lead is not None
    assert "Trains between Arden and Pelham are suspended." in article.lead
    assert _INTRO not in article.lead


def test_a_badge_glued_to_a_time_is_a_stamp() -> None:
    assert is_dateline("Pinned12:00")
    assert is_dateline("Angeheftet12:00 Uhr")
    assert not is_dateline("Route66 reopens after the storm")
