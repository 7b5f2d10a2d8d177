"""The blind67 round (``nonnews_probes.blind67``, wave 67): each body holds the answer's,
recipe's, product's, post's, thread's, chapter's, review's, doc's, wiki entry's, event's,
release's, notice's, FAQ's, interview's or minutes' text and none of the furniture around
it (newsextract's text is its lead and body)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind67 import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix). First batch (20 pages): newsextract 18/20, trafilatura
# 9/20. Fixed by method: code set loose in the text's wrapper is the text's (a release's
# closing "pip install" under its heading), and a heading's closing "[edit]" whose <a>
# leads nowhere is the wiki's script tool: 20/20. Second batch (hard_shapes, 8 pages, run
# on the tree with those fixes): newsextract 6/8, trafilatura 4/8; a shop's shelf of other
# products named "also-viewed" (and "upsells", "cross-sells") is a related box: 7/8. Third
# batch (hidden_and_marked, 6 pages, on the tree with all three fixes): newsextract 5/6,
# trafilatura 4/6; a wiki's hatnote ("For the town of the same name, see …") is a way off
# the entry: 6/6.
_KNOWN_FAILURES: dict[str, str] = {
    "b67_ne_qa_short_question": (
        "the answer's box is named 'accepted-answer', as Discourse names its solved badge "
        "(class_names), and nothing says the page is a thread (no answer count heading, no "
        "QAPage data): the question's box is the region and the answer, its sibling, stays out"
    ),
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
