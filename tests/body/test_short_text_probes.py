"""The blind round of short texts in long pages (``news_probes.short_texts``): each body
holds the whole text (a brief, a breaking paragraph, a photo's paragraph, a notice, an
answer, a product's three lines, a poem, a bulletin, a statement, a video's two lines, a
live update) and none of the furniture around it (teasers' summaries, comments, reviews, a
disclaimer, menus)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from news_probes.short_texts import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
_KNOWN_FAILURES: dict[str, str] = {
    "short_zh_shanzhong_yeyu": "the archive's excerpts of earlier poems",
    "short_ga_gealach": "the archive's excerpts of earlier poems",
    "short_nb_vestlandet": "the warnings legend under the forecast",
    "short_lb_wieder": "the warnings legend under the forecast",
    "short_pt_greve_metro": "the other live updates after the permalinked one",
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
