"""What the body probe tests share: the text a probe is read against and its cases, each
known failure a strict xfail so that a fix shows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest
from _pytest.mark import ParameterSet
from news_probes.pages import Probe

import newsextract


def probe_text(probe: Probe) -> str:
    """newsextract's text: the lead and the body (a standfirst, a live blog's intro, is
    kept apart as ``lead`` by design, and is the article's text all the same)."""
    article = newsextract.extract(probe.html, url=probe.url)
    return "\n\n".join(part for part in (article.lead, article.body) if part)


def probe_cases(probes: Iterable[Probe], known_failures: Mapping[str, str]) -> list[ParameterSet]:
    """Each probe a case named after it; a known failure a strict xfail with its reason."""
    return [
        pytest.param(
            probe,
            id=probe.name,
            marks=[pytest.mark.xfail(reason=known_failures[probe.name], strict=True)]
            if probe.name in known_failures
            else [],
        )
        for probe in probes
    ]


def check_probe_body(probe: Probe) -> None:
    """Every must-line in the text, no must-not line in it."""
    text = probe_text(probe)
    assert [line for line in probe.must if line not in text] == []
    assert [line for line in probe.must_not if line in text] == []
