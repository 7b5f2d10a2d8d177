"""Wave 72's regex round: every regex the package compiles (module-level, lazy and built from
the data files: ``regex_inventory.patterns``) attacked with strings built from its own
repetitions (``regex_inventory.attacks``). One match of each attack of about 400 characters
must cost a few ms at most (a square of its length; a cube or worse costs seconds, a
doubling with each character hours), but for the patterns below, each checked through every
place of a page instead. The sweep of searches (a pattern tried at each place of a run, a
square: ``python -m tests.hostile.regex_inventory``) is run by hand, and its findings through
``page_places``; see docs/decoding.md."""

from __future__ import annotations

import contextlib

import pytest
from tests.hang_guard import GUARD

import newsextract
from newsextract import NewsExtractError

from .regex_inventory import page_places, patterns, slow_matches, timed

# The patterns whose one match costs more than a square of a run of white space (the run
# split between two "\s*" or "\s+" around an optional part): each reads texts whose white
# space the page's reading collapses (one space between words), or a bounded stretch; the
# attack string the sweep found each with opens the run (its "head").
_WHITE_SPACE = "white space read collapsed: a run of it never reaches the match"
KNOWN_SLOW: dict[str, tuple[str, str]] = {
    "newsextract.metadata.authors._BRACKETED": ("(", _WHITE_SPACE),
    "newsextract.metadata.line_labels._opening_byline": ("By", _WHITE_SPACE),
    # a <pre> keeps its runs: the opening is cut to 500 characters before the match
    "newsextract.metadata.credited_sources._agency_credits": ("Aa,", "the dateline read cut"),
    "newsextract.dating.in_text.text_date": ("1 時", _WHITE_SPACE),
    "newsextract.body.disclaimers._about_label": (" informazioni su", _WHITE_SPACE),
    "newsextract.metadata.byline_tails._byline_tail": ("Ada Stone", _WHITE_SPACE),
    "newsextract.body.credit_lines._labelled_credit_tail": ("1111.1.1.", _WHITE_SPACE),
    "newsextract.metadata.last_editor._line": ("aangepast op", _WHITE_SPACE),
    "newsextract.body.linked_lists._DATED_OPENING": ("", _WHITE_SPACE),
    "newsextract.body.linked_lists._DATED_LABEL": ("", _WHITE_SPACE),
    "newsextract.body.patterns._TEASER_LABEL": ("", _WHITE_SPACE),
    "newsextract.body.patterns._LABELLED_LIST": ("", _WHITE_SPACE),
    "newsextract.metadata.contributor_credits._BRACKETED_WORD": (" (", _WHITE_SPACE),
    "newsextract.metadata.byline_agencies._BRACKETED_PART": ("(", _WHITE_SPACE),
    "newsextract.metadata.closing_credit._CREDIT": (" aaa , « aa", _WHITE_SPACE),
}


def test_the_inventory_holds_module_lazy_and_data_built_patterns() -> None:
    found = {where for _, _, where in patterns()}
    assert len(patterns()) > 2_500  # 2,761 at wave 72
    assert "newsextract.page_limits._FIRST_TAGS" in found  # a lazy module pattern
    assert "newsextract.body.prompts.prompt_search" in found  # built from the labels' data
    assert "newsextract.metadata.byline_tails._byline_tail" in found  # built on first use


def test_no_match_costs_more_than_a_square_but_the_known_ones() -> None:
    slow = {where: attack for _, where, attack, _ in slow_matches()}
    assert set(slow) <= set(KNOWN_SLOW), {w: slow[w] for w in set(slow) - set(KNOWN_SLOW)}


# Runs of white space a page keeps in some texts (a no-break space between spaces survives
# the collapsing of a <pre>'s, a thin space, an ideographic one).
_RUNS = (" \xa0", "\u2009 ", "\xa0\u3000")
_GROWTH, _FLOOR = 8.0, 0.05  # as test_wave72_growth's: four times is linear, sixteen square


def _cpu(page: str) -> float:
    def run() -> None:
        with contextlib.suppress(NewsExtractError):
            newsextract.extract(page, url="https://news.example/news/harbour-plan")

    return timed(run, GUARD, runs=1)  # once: a second run finds what the first cached


@pytest.mark.parametrize("where", sorted(KNOWN_SLOW))
def test_a_known_slow_pattern_s_attack_costs_a_page_linear_time(where: str) -> None:
    head = KNOWN_SLOW[where][0]
    for run in _RUNS:
        warm, small, large = (page_places(f"{head}{run * n}\u2603") for n in (150, 300, 1_200))
        for place, page in small.items():
            _cpu(warm[place])  # the patterns a place needs are built on its first page
            before, after = _cpu(page), _cpu(large[place])
            assert after <= _GROWTH * before + _FLOOR, (run, place, before, after)
