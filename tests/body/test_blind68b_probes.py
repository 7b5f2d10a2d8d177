"""The blind68b round (``nonnews_probes.blind68b``, wave 68): each body holds the abstract's,
forms page's, syllabus', notice's, object's, programme's, reference's, newsletter's,
listing's, posting's, episode's, review's, recipe's, report's, guide's, lyrics' or
release's text and none of the furniture around it (newsextract's text is its lead and
body)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind68b import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix), first batch (35 pages, 35 languages): newsextract 34/35
# (166/166 must-lines, 358/359 must-nots kept out), trafilatura 20/35 (163/166, 334/359: it
# kept feedback strips, skip links, enrol, ticket, donate, price and schedule buttons,
# a visitor counter, a lyrics page's tools and related songs, a live-score ticker and a
# podcast's support ask, and lost a notice's list and an abstract's first sentence). Fixed
# by method: a paragraph named for a newsletter's opt-out ("unsubscribe") is furniture
# written as a sentence, as a sign-up ask is: 35/35, no dev output moved.
# Second batch (hard_shapes, 14 pages, written after the first ran; on main's tree):
# newsextract 12/14, trafilatura 5/14 (it kept listen-on, shop, download and "show all"
# buttons, an e-mail copy's browser and opt-out lines, a related box, and lost an
# accordion's first heading, a practical box and session cards). Fixed by method: an
# <aside> named for a guide's practical information ("practical-info", "good-to-know") is
# a fact box of the text: 13/14, no dev output moved.
# Third batch (more_kinds, 11 pages of kinds no kit had: a README under a file list, a
# crowdfunding campaign, a medicine leaflet, a hiking trail, a staff profile, a statute
# article, a pet adoption profile, a weather forecast, a library record, election results,
# a volunteer call; on main's tree): newsextract 11/11, trafilatura 5/11 (it kept apply,
# adopt, e-mail, reading-list and download buttons, an app promotion and a sponsor ask).
# Fourth batch (hashed_copies: the 60 pages again with every class hashed and no ids or
# roles; on main's tree): newsextract 52/60, trafilatura 21/60. Fixed by method: a region
# whose every block the cleanup drops (an unnamed consent banner's sentence outweighing a
# changelog's short items) held no text, and the best of the rest is read; Ukrainian's
# opt-out line ("щоб відписатися від") joins its prompts and Macedonian's "last update"
# label ("последно ажурирање") its update labels: 55/60, no dev output moved.
# Fifth batch (plain_markup, 8 pages in <br> lines, <pre>, layout tables and label cells,
# and their 8 hashed copies; run on the tree with every fix above): newsextract 7/8 and
# 7/8, trafilatura 7/8 and 3/8 (it kept print and archive links, a docs feedback strip and
# unnamed cookie banners).
_KNOWN_FAILURES: dict[str, str] = {
    "b68b_hy_programme_session_cards": (
        "a programme's sessions as cards (a time, a linked title in an <h3>, a linked "
        "speaker, a save button): the cards read as teasers of other pages, linked "
        "headings over a name, and go; only the intro paragraph is kept"
    ),
    "b68b_hy_programme_session_cards_hashed": "as b68b_hy_programme_session_cards",
    "b68b_bn_show_notes_br_links": (
        "a show notes' line naming a book with its title linked after a label ('পর্বে "
        "উল্লেখিত বই: <a>…</a>', book mentioned) has the shape of a 'read also: <a>headline"
        "</a>' line (60 % linked); only the label's words tell them apart"
    ),
    "b68b_bn_show_notes_br_links_hashed": "as b68b_bn_show_notes_br_links",
    "b68b_am_travel_guide_aside_box_hashed": (
        "the practical box's <aside> is read by its name ('practical-box'); hashed, it is an "
        "<aside> like a pull quote's or a related box's, and goes"
    ),
    "b68b_et_pet_adoption_profile_hashed": (
        "a sponsor ask under an adoption profile ('Toeta Muri toitu 10 euroga kuus'): only "
        "its class said so; no Estonian prompt words name it"
    ),
    "b68b_bn_syllabus_accordion_panels_hashed": (
        "the hashed copy strips the ids its toggles name (aria-controls) and keeps the "
        "panels' hidden attribute: a hidden box nothing opens, which no real page serves"
    ),
    "b68b_el_museum_object_tabs_hashed": (
        "the hashed copy strips the tab panels' role and the ids the tabs name and keeps "
        "the closed panel's hidden attribute: a hidden box nothing opens"
    ),
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
