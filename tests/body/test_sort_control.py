"""A list's sort control over a question's answers or a page's reviews ("Sorted by: Highest
score", "Sortieren nach: Neueste") is a control, not text; its labels are language data.
Invented pages."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.control_lines import is_sort_control


@pytest.mark.parametrize(
    "line",
    [
        "Sorted by: Highest score",
        "Sortieren nach: Neueste zuerst",
        "Trier par : date",
        "Ordenar por: votos",
    ],
)
def test_a_sort_label_with_its_order_is_a_control(line: str) -> None:
    assert is_sort_control(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sorted by hand, the letters filled three boxes.",  # no colon: a sentence
        "Sort by: the council's own list of the streets to be gritted first this winter",
        "Note: sorted by date",
    ],
)
def test_other_lines_are_not_sort_controls(line: str) -> None:
    assert not is_sort_control(line)


def test_the_sort_control_over_answers_is_dropped() -> None:
    html = (
        "<html lang='en'><head><title>Why does my bread crack?</title></head><body><main>"
        "<h1>Why does my bread crack on one side?</h1><div class='question'><p>Every loaf I "
        "bake splits along one side in the oven, though I score the top. What causes this?"
        "</p></div><div id='answers'><div class='answers-header'><h2>2 Answers</h2>"
        "<div>Sorted by: Highest score</div></div><div class='answer'><p>That split means "
        "the dough was underproofed: give the final proof another half hour.</p></div>"
        "<div class='answer'><p>Steam the oven for the first ten minutes so the crust "
        "stays soft while the loaf rises.</p></div></div></main></body></html>"
    )
    body = newsextract.extract(html, url="https://bakers.example.org/q/17").body or ""
    assert "underproofed" in body and "Steam the oven" in body
    assert "Sorted by" not in body
