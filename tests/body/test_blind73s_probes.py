"""The blind73s round (``nonnews_probes.blind73s``, wave 73, issue 11): recipes, shop pages,
forum threads, docs pages, wiki entries, blogs with comments, listings and event pages in
twenty languages, the kinds the trafilatura set's snippets hold beside news."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind73s import PROBES
from probe_checks import check_probe_body, probe_cases

_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
