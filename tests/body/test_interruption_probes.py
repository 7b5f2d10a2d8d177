"""The blind round of stories interrupted between their paragraphs (``news_probes.
interruptions``): each body holds every paragraph, subheading, list item and note of the
story, and none of the inserts' lines (newsextract's text is its lead and body)."""

from __future__ import annotations

import pytest
from news_probes.interruptions import PROBES
from news_probes.pages import Probe

import newsextract

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
_KNOWN_FAILURES: dict[str, str] = {}


def _text(probe: Probe) -> str:
    article = newsextract.extract(probe.html, url=probe.url)
    return "\n\n".join(part for part in (article.lead, article.body) if part)


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(
            probe,
            id=probe.name,
            marks=[pytest.mark.xfail(reason=_KNOWN_FAILURES[probe.name], strict=True)]
            if probe.name in _KNOWN_FAILURES
            else [],
        )
        for probe in PROBES
    ],
)
def test_probe_body(probe: Probe) -> None:
    text = _text(probe)
    assert [line for line in probe.must if line not in text] == []
    assert [line for line in probe.must_not if line in text] == []
