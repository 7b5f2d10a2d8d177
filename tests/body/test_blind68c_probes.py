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
# must-line found, 27 must-nots kept: custom elements' and layout tables' furniture).
_KNOWN_FAILURES: dict[str, str] = {
    "b68c_ur_hashed_grid_columns": "the rail's newsletter line (a bare hashed-class <div> "
    "beside the text columns in the same grid) is kept",
    "b68c_tt_hashed_grid_div_text": "the rail's title and newsletter line (bare hashed-class "
    "<div>s beside the columns of bare <div> text) are kept",
    "b68c_ta_layout_table_breaks": "the right layout cell's newsletter line (a <font> run "
    "before a form) is kept",
    "b68c_mk_layout_table_paragraphs": "the right layout cell's newsletter line (a <font> run "
    "before a form) is kept",
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
