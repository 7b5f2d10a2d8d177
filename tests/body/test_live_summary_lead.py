"""A summary box set right under the ``<h1>`` ("Das Wichtigste", "Key events", "L'essentiel":
a label and its points) that is read as the lead is the lead only, as a standfirst set with
the headline is: the body starts below it. One the text sets further down stays the body's."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.text import compare_key

_ENTRIES = (
    "<div class='feed'><div class='entry'><span class='time'>10:32</span><p>Police closed the "
    "old stone bridge at Kelham after the water reached its arches this morning.</p></div>"
    "<div class='entry'><span class='time'>09:41</span><p>The sports hall on Mill Lane is "
    "open for anyone who has to leave home, with beds for two hundred people.</p></div></div>"
)


def _page(lang: str, summary: str, *, under_h1: bool = True) -> str:
    head = "<h1>Flooding in the valley: live</h1>"
    inner = f"{head}{summary}{_ENTRIES}" if under_h1 else f"{head}{_ENTRIES}{summary}"
    return (
        f"<html lang='{lang}'><head><title>Live | Example</title></head><body><main><article>"
        f"{inner}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "label", "points"),
    [
        (
            "de",
            "Das Wichtigste",
            ("Der Fährverkehr ruht bis Freitag.", "Die Uferstraße ist gesperrt."),
        ),
        (
            "en",
            "Key events",
            ("Ferries stop until Friday at the earliest.", "The shore road is shut."),
        ),
        (
            "fr",
            "L'essentiel",
            ("Les ferries sont à quai jusqu'à vendredi.", "La route du port est fermée."),
        ),
    ],
)
def test_a_summary_box_under_the_headline_is_the_lead_only(
    lang: str, label: str, points: tuple[str, str]
) -> None:
    items = "".join(f"<li>{point}</li>" for point in points)
    html = _page(lang, f"<div class='summary'><h2>{label}</h2><ul>{items}</ul></div>")
    article = newsextract.extract(html, url="https://news.example/live/flood")
    assert article.lead is not None and points[0] in article.lead
    assert not any(point in article.body for point in points)
    assert label not in article.body
    assert "Police closed the old stone bridge" in article.body


def test_a_one_paragraph_standfirst_under_the_headline_is_still_cut_once() -> None:
    html = _page("en", "<p class='standfirst'>Rain has fallen for three days without a break.</p>")
    article = newsextract.extract(html, url="https://news.example/live/flood")
    assert article.lead == "Rain has fallen for three days without a break."
    assert compare_key(article.lead) not in compare_key(article.body)
