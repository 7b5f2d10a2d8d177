"""The blind68c round (``nonnews_probes.blind68c``, wave 68): long pages on unusual
skeletons (no ``<article>``, layout tables, custom elements, ARIA roles, ``<br>`` prose,
glossaries, FAQs of ``<details>``, steps between figures, chapters opening on figures,
hashed grids, sidebars longer than the story), in fifteen little-probed languages."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind68c import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix, 30 pages, run on main's tree at 975dd4c9): newsextract
# 26/30 (every must-line found, 5 of 252 must-nots kept), trafilatura 25/30 (every
# must-line found, 27 must-nots kept: custom elements' and layout tables' furniture). The
# four misses kept a newsletter ask set after the text in a column or cell beside it (a
# hashed grid's rail, an old layout table's right cell), in languages whose sign-up words
# were not listed: Urdu, Macedonian and Tamil ``prompts`` words added and a Tatar language
# file (its "read also" label and sign-up words among its lists): 30/30, no dev output moved.
# Second part (12 pages, written after the first was run; blind on this tree and on main's,
# the same): newsextract 9/12 (every must-line found), trafilatura 9/12 (three must-lines
# lost: a hero header's intro paragraphs, a tip box). A column of dated briefs before the
# story under a "read also" heading was kept where that heading is a read-more label (a
# furniture line, Punjabi "ਇਹ ਵੀ ਪੜ੍ਹੋ") and dropped where it is not (Galician): a box's
# heading dropped as furniture titles the box before the page's title as a kept one does
# (``before_title``): 10/12, no dev output moved. A hashed grid's rail of three or more
# teaser cards (a bare linked headline over an uncut sentence of summary) that closes the
# text is a rail, where a text's own entries are headed by headings or go on into it
# (``excerpt_lists._closes_text``): 12/12, no dev output moved.
_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
