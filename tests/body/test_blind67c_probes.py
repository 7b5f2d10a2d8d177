"""The blind67c round (``nonnews_probes.blind67c``, wave 67): long and structured pages
whose body is each section's, table's, step's, version's, term's, answer's and verse's text
and none of the ads, teasers, embedded posts and furniture between and around them
(newsextract's text is its lead and body)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind67c import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix). First batch (long_sections and interrupted_and_old, 25
# pages): newsextract 24/25, trafilatura 17/25; the miss was the lead, not the body: a
# sidebar's featured teaser (one long paragraph in an <aside>) read as the standfirst of an
# essay of short paragraphs. Fixed by method (a lead-classed box in an <aside> that does
# not hold the headline is no standfirst): 25/25, no dev output moved. Third part
# (hard_structures, 10 pages, run on main's tree): newsextract 9/10, trafilatura 6/10; a
# wiki's box of the entries in the same series (MediaWiki's "navbox") is a way to others:
# 10/10, one dev page's navbox line dropped (trafilatura and htmldate A, score unchanged).
# Fourth part (link_dense_and_split, 9 pages, run on main's tree): newsextract 8/9,
# trafilatura 6/9; a forum poster's card (a few short lines, one the day they joined:
# "Регистриран: 03.2011 / Мнения: 2 304") is the thread's furniture, with Bulgarian's
# member_since labels: 9/9, no dev output moved.
_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
