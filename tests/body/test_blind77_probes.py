"""The blind77 round (``news_probes.blind77``, wave 77, issue 11): seven invented news
stories in languages no earlier round used (be, mk, sq, is, ga, cy, bn; then ne, pa, ha and
ps, written after the fixes), each in nine
layouts (a live blog under a "key events" list with readers' comments after it, a photo
essay whose paragraphs are captions, a data story with a chart's fallback table and a
sponsored note, a court report's "what we know" list, a match report's score table and
line-ups, an obituary's "survived by" list and syndication line, a video report's
transcript, an AMP page, glued spans), and hashed: the paragraphs, entries' headlines, lists,
line-ups and transcript stay; key events lists, comments, credits, sponsored and syndication
notes, the player's labels, ad and share labels go."""

from __future__ import annotations

import pytest
from news_probes.blind77 import PROBES
from news_probes.pages import Probe
from probe_checks import check_probe_body, probe_cases

# Blind figures (before any fix, 126 pages, 686 must-lines, 322 must-nots, main's tree at
# 394990a7): newsextract 106/126 (685/686 must-lines, 290/322 must-nots kept out),
# trafilatura 35/126 (686/686, 216/322: comments, credits, sponsored and syndication notes,
# the player's labels, ad and share labels).
# Fixed by method: a list of short linked titles under a heading that links places in the
# page (a live blog's "key events", two or three words in Icelandic and Bengali) is no
# line-up (``linked_lists._titled_roster``); where the text first appeared, as its closing
# note opens in be, mk, sq, is, ga, cy and bn (``about_notes``).
# After: 123/126 (685/686, 320/322). A second batch written after these fixes (not blind):
# four more stories (ne, pa, ha, ps) in the same layouts, 72 pages: 61/72 (trafilatura
# 20/72); the closing note's openings for the four and Hausa's "raba wa abokai" ("share
# with friends") gave 71/72. Both batches: 194/198 (1076/1078, 504/506).
# Merged after long77 (a section-opening heading lets the intro before it join): the
# hashed bn and ps video reports pass too, 196/198.
_DEILA = (
    "Icelandic's bare share button 'Deila' in a box with no class to tell it: the word is "
    "left out of the share words, as it also means 'dispute' and heads news text"
)
_KNOWN_FAILURES: dict[str, str] = {
    "b77_live_is_hashed": _DEILA,
    "b77_amp_is_hashed": _DEILA,
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
