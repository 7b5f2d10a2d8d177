"""The blind round of bodies in scripts of other widths (``news_probes.scripts``): each body
holds the whole text (short CJK paragraphs, Thai paragraphs without spaces, lines parted by
``<br>`` only, wide Indic and Ethiopic lines) and none of the furniture in its script
(teasers with summaries as long as the paragraphs, comments, replies, share bars, menus)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from news_probes.scripts import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
