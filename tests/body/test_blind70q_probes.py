"""The blind70q round (``nonnews_probes.blind70q``, wave 70, issue 11): reference and
long-form pages (wiki-like entries, how-tos, long reads, glossaries, timetables and results
tables) in scripts the body kits have least."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind70q import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
