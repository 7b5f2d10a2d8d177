"""The standfirst scan passes over a lead-classed line in a box shown over the page (a
cookie layer, a sign-up dialog: ``role="dialog"``, ``aria-modal``, the ``hidden``
attribute), and reads a Russian site's standfirst classed by the whole word "announce"
(``name_lists.LEAD``), not an "announcement" bar (probe file
``test_blind_publisher_lead_probes``)."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "<p>Die neue Elektrofähre verbindet seit Montag die beiden Ufer des Sees im Takt von "
    "zwanzig Minuten, und die Gemeinde rechnet mit deutlich weniger Autoverkehr auf der "
    "alten Brücke, die seit Jahren mehr Verkehr trägt, als sie tragen sollte.</p>"
) * 3
_DESCRIPTION = "Die Gemeinde rechnet mit deutlich weniger Autoverkehr auf der alten Brücke."


def _page(before: str, standfirst: str = "") -> str:
    return (
        "<html lang='de'><head><title>Elektrofähre startet</title>"
        f"<meta name='description' content='{_DESCRIPTION}'></head><body><main>{before}"
        f"<article><h1>Elektrofähre startet am Montag</h1>{standfirst}{_TEXT}</article>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    "layer",
    [
        "<div class='cc-window' role='dialog'><p class='lead'>Wir verwenden Cookies, um "
        "Ihnen das beste Erlebnis zu bieten.</p><button>OK</button></div>",
        "<div class='signup' aria-modal='true'><div class='intro'>Melden Sie sich an und "
        "lesen Sie alle Artikel kostenlos.</div></div>",
        "<div class='newsletter' hidden><p class='teaser'>Der Newsletter am Morgen: alles "
        "Wichtige aus der Region.</p></div>",
    ],
)
def test_a_lead_classed_line_shown_over_the_page_is_no_lead(layer: str) -> None:
    article = newsextract.extract(_page(layer), url="https://talbote.de/lokales/faehre")
    assert article.lead == _DESCRIPTION


def test_the_standfirst_after_an_overlay_is_the_lead() -> None:
    layer = "<div role='dialog'><p class='lead'>Wir verwenden Cookies auf dieser Seite.</p></div>"
    standfirst = "<p class='lead'>Die Fähre pendelt ab Montag alle zwanzig Minuten.</p>"
    article = newsextract.extract(_page(layer, standfirst), url="https://talbote.de/l/faehre")
    assert article.lead == "Die Fähre pendelt ab Montag alle zwanzig Minuten."


_ANNOUNCE = "С понедельника по пятницу движение по улице Садовой будет перекрыто."


@pytest.mark.parametrize(
    ("box", "lead"),
    [
        (f"<div class='announce'>{_ANNOUNCE}</div>", _ANNOUNCE),
        (f"<div class='news-item announce'>{_ANNOUNCE}</div>", _ANNOUNCE),
        # a site's announcement bar is a block of its own, no standfirst
        (f"<div class='announcement-bar'>{_ANNOUNCE}</div>", _DESCRIPTION),
    ],
)
def test_a_whole_announce_class_is_the_standfirst(box: str, lead: str) -> None:
    article = newsextract.extract(_page("", box), url="https://zarechny.ru/news/sadovaya")
    assert article.lead == lead
