"""The blind round of re-rendered copies (``news_probes.copies``): each body holds the
story's paragraphs and none of the copy's furniture (a replay's toolbar, an archive's header,
an AMP page's widgets, a print view's buttons, a partner's note and stories, a newsletter's
lines)."""

from __future__ import annotations

import pytest
from news_probes.copies import PROBES
from news_probes.pages import Probe
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
