"""The blind76s round (``nonnews_probes.blind76s``, wave 76, issue 11): bulletins,
newsletters, notices, releases, adverts, notice boards, minutes, help pages, glossaries,
accordions, comparisons, guides, line-ups, forums, shops, leaflets, calls, schedules, chess
notation, quotations, columns, letters, itineraries, policies, terms, reviews, parallel
texts, forecasts, programmes and a litany in forty-one languages, kinds or languages the
earlier non-news kits do not hold."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind76s import PROBES
from probe_checks import check_probe_body, probe_cases, probe_text

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix, 41 pages, 41 languages, 156 must-lines, 375 must-nots, run
# on main's tree at c8b95287): newsextract 39/41 (155/156 must-lines, 1 must-not kept),
# trafilatura 23/41 (152/156, 21 must-nots kept: feedback rows, apply, book, cart, print and
# download buttons, a letter index, forum signatures and post counts, a release's "About"
# and media contact, a sponsors' strip, a newsletter's unsubscribe line; and it lost an
# accordion's questions, set in <button>s). Beside the must-lines (tested below): a litany's
# response came once of three times, a leaflet's first numbered section heading was taken
# for the deck, a call's "Temes" (topics) heading was taken out as a tag label.
# Fixed by method: a short sentence met again as a paragraph of the same container, other
# text kept between and other neighbours each time, is a response the text repeats
# (``finish._response``); an <h2> opening numbered sections is no deck
# (``standfirst._first_numbered_section``); a heading right over a list the body kept is a
# section's title (``extract._over_kept_list``). 39/41 after, the three fixed.
_KNOWN_FAILURES: dict[str, str] = {
    "b76s_lo_press_release_about_company_and_media_contact": (
        "a release's 'About <company>' boilerplate under a heading of its own stays: round"
        " 41's kit keeps a heading 'About X' over its paragraph as the release's text, and"
        " the about label ends on a colon or a line break (docs/body-rounds.md, wave 74s)"
    ),
    "b76s_sw_letters_to_the_editor_signed": (
        "the first letter's signature ('<p class=signature>') is read as the page's byline"
        " by the metadata, and the body drops the byline's line; the second letter's stays"
    ),
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)


def test_litany_keeps_its_response_each_time() -> None:
    """The Tagalog litany's response after each petition comes three times in the text as on
    the page (a substring check cannot tell a collapsed repeat)."""
    (litany,) = [p for p in PROBES if p.name == "b76s_tl_litany_repeated_response_paragraphs"]
    assert probe_text(litany).count("Panginoon, dinggin mo kami.") == 3


def test_leaflet_keeps_its_first_numbered_heading() -> None:
    """The Georgian leaflet's "1. …" heading right under the title opens numbered sections
    ("2. …" follows): a section heading the body keeps, not the deck taken for the lead."""
    (leaflet,) = [p for p in PROBES if p.name == "b76s_ka_medicine_leaflet_numbered_sections"]
    assert probe_text(leaflet).startswith("1. რა არის პარაცეტამოლი")


def test_call_for_papers_keeps_its_topics_heading() -> None:
    """The Catalan call's "Temes" (topics) heading over its unlinked list of topics is the
    section's title, not a tag label for the tags field."""
    (call,) = [p for p in PROBES if p.name == "b76s_ca_call_for_papers_topics_and_dates_dl"]
    assert "Temes\n\nMercats i fires a l'època moderna" in probe_text(call)
