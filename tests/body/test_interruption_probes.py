"""The blind round of stories interrupted between their paragraphs (``news_probes.
interruptions``): each body holds every paragraph, subheading, list item and note of the
story, and none of the inserts' lines (newsextract's text is its lead and body)."""

from __future__ import annotations

import pytest
from news_probes.interruptions import PROBES
from news_probes.pages import Probe
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
