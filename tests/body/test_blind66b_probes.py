"""The blind66b round (``nonnews_probes.blind66b``, wave 66b): each body holds the page's
text (a story split by ads and teasers, <br>-separated text, a two-column table, a live
blog, an interview, a photo essay's captions, a transcript, a listicle, a glossary, a
comparison table, code in a right-to-left page, a changelog, an obituary, letters) and none
of the furniture around it (newsextract's text is its lead and body)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind66b import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
