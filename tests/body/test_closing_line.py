"""A sentence right after the text, in a wrapper of its own, closes the text (a status
page's affected components, a report's closing note): too short to join by its prose mass,
it joins when it is one unlinked sentence under a name that is not furniture's."""

from __future__ import annotations

import pytest

import newsextract

_UPDATES = (
    "<div class='updates'>"
    "<div class='update'><strong>Resolved</strong><p>The fault is fixed and every payment "
    "queued during the outage has now been processed. We are sorry for the delay.</p></div>"
    "<div class='update'><strong>Monitoring</strong><p>A fix has been deployed and we are "
    "watching the queue drain; payments are still slower than usual.</p></div>"
    "<div class='update'><strong>Identified</strong><p>A full disk on one of the database "
    "servers stopped new payments from being written; the team is freeing space.</p></div>"
    "</div>"
)


def _body(after: str) -> str:
    page = (
        "<html lang='en'><body><div class='page'><h1>Delayed card payments</h1>"
        f"<div class='incident'>{_UPDATES}{after}</div>"
        "<div class='footer-links'><a href='/'>Current status</a></div></div></body></html>"
    )
    return newsextract.extract(page).body or ""


def test_a_closing_sentence_after_the_text_joins_it() -> None:
    body = _body(
        "<div class='row components-affected'>This incident affected: API and dashboard.</div>"
    )
    assert "watching the queue drain" in body
    assert body.endswith("This incident affected: API and dashboard.")


@pytest.mark.parametrize(
    "after",
    [
        "<div class='back'>Back to all incidents.</div>",  # too few words: a label
        "<div class='note'>See <a href='/history'>the incident history</a> for more details.</div>",
        "<div class='share-box'>Share this incident with your team today.</div>",
        "<div class='row'>Subscribe to updates by e-mail</div>",  # no sentence
    ],
)
def test_a_label_a_link_or_furniture_after_the_text_stays_out(after: str) -> None:
    body = _body(after)
    assert "watching the queue drain" in body
    assert body.endswith("processed. We are sorry for the delay.") or body.endswith(
        "servers stopped new payments from being written; the team is freeing space."
    )
