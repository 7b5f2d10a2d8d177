"""The blind73f round (``news_probes.blind73f``, wave 73, issue 11): the shapes behind
`fundus-eval` half A's remaining body misses, in ten languages: live blogs whose intro stands
apart from the stream of entries, entries headed by an <h3>, a bold paragraph or an <h2> (one
with an embedded post and a sentence after it), and lists of winners or results under
category headings: the intro, the entries, the headings and the lists stay, the site's
furniture in the page's language goes."""

from __future__ import annotations

import pytest
from news_probes.blind73f import PROBES
from news_probes.pages import Probe
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (first batch, before any fix, 20 pages, 10 languages, 230 must-lines, 170
# must-nots, main's tree at 3a5dd583): newsextract 20/20 (230/230 must-lines, no must-not
# kept), trafilatura 13/20 (222/230, 3 must-nots kept: it stopped after the first entry of
# the live blogs whose intro is a box of its own (en, es, nl, tr), and kept the sign-up box
# set between two entries (de, it, pl)).
# Second batch (``apart``, written after that run: the stream of entries outside the
# <article> that holds the intro, a reporter's name beside each time; results in small
# tables; 20 pages, 230 must-lines, 150 must-nots): newsextract 10/20 (160/230, it kept the
# intro alone on every live page), trafilatura 19/20 (225/230).
# Third batch (every page hashed, 40 pages, 460 must-lines, 320 must-nots): newsextract
# 26/40 (390/460, the ten live pages apart again, and 4 share labels kept: a row of the
# label and two icon links under each entry, in de, nl, sv, tr), trafilatura 19/40 (384/460,
# 15 must-nots kept).
# Fixed by method: a live blog's stream of entries in a box outside the <article> holding the
# intro joins the region when the page's LiveBlogPosting names two or more of its entries'
# headlines there and the region none (``body.live_stream``): 20/20 and 32/40. The share
# prompts under an entry in de, nl, sv and tr ("Beitrag teilen", "Deel dit bericht", "Dela
# inlägget", "Bu gönderiyi paylaş") are in the language files' ``share`` lists now, but
# these pages run the label into its icon links' letters; left as strict xfails. No dev
# page moved (diffout: 0 changed pages on every set).
_SHARE = (
    "a share row with no class under each entry, its label run into its icon links' letters"
    " ('Beitrag teilenfx'): no word edge after the label (alone, the label is known)"
)
_KNOWN_FAILURES: dict[str, str] = {
    "b73f_live_de_bold_hashed": _SHARE,
    "b73f_live_nl_split_hashed": _SHARE,
    "b73f_live_sv_list_hashed": _SHARE,
    "b73f_live_tr_split_hashed": _SHARE,
    "b73f_live_de_apart_hashed": _SHARE,
    "b73f_live_nl_apart_hashed": _SHARE,
    "b73f_live_sv_apart_hashed": _SHARE,
    "b73f_live_tr_apart_hashed": _SHARE,
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
