"""Issue 11, wave 59: the furniture the blind probe of unseen page kinds (``nonnews_probes.
unseen_kinds``) kept after the text, each shown on a small page of its own: a progress bar,
a donation box, a fiction archive's kudos counter, a star row after its ask's label, a
shop's empty reviews box and a sign-in ask over a download."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The harbour committee met on Tuesday to decide how the old ferry pier should be "
    "repaired before the winter storms arrive on the coast.</p><p>Engineers proposed "
    "replacing the wooden piles with steel ones, which would last forty years and cost a "
    "third more than the timber the town has always used.</p>"
)


def _body(after: str, before: str = "") -> str:
    html = (
        "<html lang='en'><head><title>Pier</title></head><body><header><a href='/'>Site</a>"
        "</header><main><article><h1>The ferry pier</h1><div class='entry-content'>"
        f"{before}{_TEXT}{after}</div></article></main><footer>© Site</footer></body></html>"
    )
    return newsextract.extract(html, url="https://example.org/pier").body or ""


def test_progress_bar_after_the_text_goes() -> None:
    body = _body(
        "<div class='progress'><div class='progress-bar' style='width:40%'>Day 12 of 30</div></div>"
    )
    assert "steel ones" in body
    assert "Day 12 of 30" not in body


def test_donation_box_after_the_text_goes() -> None:
    body = _body(
        "<div class='donate-box'><h3>Give today</h3><p>Your small gift keeps our harbour "
        "campaign going.</p></div>"
    )
    assert "steel ones" in body
    assert "Your small gift" not in body


def test_kudos_counter_after_the_text_goes() -> None:
    body = _body("<div id='kudos'><p>214 people left kudos on this work!</p></div>")
    assert "steel ones" in body
    assert "left kudos" not in body


def test_star_row_after_its_label_goes() -> None:
    body = _body("", before="<div class='css-r8t'>Rate it: ★★★★★</div>")
    assert "steel ones" in body
    assert "Rate it" not in body


def test_review_score_in_a_sentence_stays() -> None:
    body = _body("<p>Our verdict after a week of crossings: ★★★★☆, the best pier in years.</p>")
    assert "Our verdict after a week of crossings" in body


def test_empty_reviews_box_goes() -> None:
    body = _body(
        "<div class='css-q1'><h2>Reviews</h2><p>There are no reviews yet. Be the first to "
        "review this pier!</p></div>"
    )
    assert "steel ones" in body
    assert "Be the first to review" not in body


def test_sign_in_ask_over_a_download_goes() -> None:
    body = _body(
        "<div class='alert alert-info'>Log in to download the full tender documents. <a "
        "href='/login'>Log in</a></div>"
    )
    assert "steel ones" in body
    assert "Log in to download" not in body
