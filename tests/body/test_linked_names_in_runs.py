"""A name linked to its own page inside a run of short lines (an awards page's nominees, a
ballot's candidates, a line-up), each line a paragraph of its own, is an item of that run,
not a link list; a linked headline between paragraphs of prose, or a box of linked lines,
stays out. Invented pages in several languages."""

from __future__ import annotations

import pytest

import newsextract

_PROSE = (
    "<p>The jury met for two days in the old corn exchange and read more than four hundred"
    " entries from forty countries, the largest number since the prize began in 1998.</p>"
    "<p>Winners receive a small bronze lantern and a grant for their next work, which the"
    " foundation pays over two years, as it has done for every winner so far.</p>"
)


def _page(lines: str) -> str:
    return (
        "<html><head><title>Prizes</title></head><body><main><article>"
        f"<h1>The Lantern Prizes: all the nominees</h1>{_PROSE}{lines}{_PROSE}"
        "</article></main></body></html>"
    )


_RUNS = {
    "en nominees": (
        "<h2>Newcomer of the Year</h2><p>Ada Fenwick</p><p>The Quiet Hours – WINNER</p>"
        '<p><a href="/topic/milo-brandt">Milo Brandt</a></p><p>Saskia Orr</p>'
        "<h2>Band of the Year</h2>"
        '<p><a href="/topic/the-marram">The Marram</a></p><p>Lowfield</p><p>Coast Radio</p>',
        ("Milo Brandt", "The Marram"),
    ),
    "de candidates": (
        "<h2>Wahlkreis Nord</h2><p>Jana Kettler (Grüne)</p>"
        '<p><a href="/thema/paul-oberle">Paul Oberle (SPD)</a></p><p>Ina Wendt (CDU)</p>',
        ("Paul Oberle (SPD)",),
    ),
    "es line-up": (
        "<h2>Alineación</h2><p>Portero: Iker Salvat</p>"
        '<p><a href="/jugador/dario-lemos">Darío Lemos</a></p><p>Tomás Ureña</p>',
        ("Darío Lemos",),
    ),
}


@pytest.mark.parametrize("run", list(_RUNS))
def test_a_linked_name_in_a_run_of_short_lines_is_kept(run: str) -> None:
    html, names = _RUNS[run]
    body = newsextract.extract(_page(html), "https://prizes.example/2026/nominees").body
    for name in names:
        assert f"\n\n{name}\n\n" in body


def test_a_heading_over_a_run_opening_with_a_linked_name_keeps_it() -> None:
    html = (
        "<h2>Band of the Year</h2>"
        '<p><a href="/topic/the-marram">The Marram</a></p><p>Lowfield</p><p>Coast Radio</p>'
    )
    body = newsextract.extract(_page(html), "https://prizes.example/2026/nominees").body
    assert "Band of the Year\n\nThe Marram\n\nLowfield" in body


def test_a_linked_headline_between_paragraphs_stays_out() -> None:
    html = '<p><a href="/2026/03/harbour-ferry-fares">Harbour ferry fares to rise in May</a></p>'
    body = newsextract.extract(_page(html), "https://prizes.example/2026/nominees").body
    assert "Harbour ferry fares" not in body


def test_a_box_of_linked_lines_stays_out() -> None:
    html = (
        "<p>Related</p>"
        '<p><a href="/a">Lantern Prize shortlist named</a></p>'
        '<p><a href="/b">Jury chair steps down</a></p>'
        '<p><a href="/c">Where to see the winners</a></p>'
    )
    body = newsextract.extract(_page(html), "https://prizes.example/2026/nominees").body
    assert "shortlist named" not in body
    assert "Jury chair" not in body
