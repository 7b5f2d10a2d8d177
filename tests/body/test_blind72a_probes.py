"""The blind72a round (``news_probes.blind72a``, wave 72, issue 11): article pages of
regional dailies, local portals, weeklies and broadcasters in 31 languages the dev sets
barely have, in the shapes those sites use (nested tables with <font> text, <br>-pair and
<span>-run prose, a body split by ad slots and "read also" boxes, a bold lead outside the
container, photo stories, right-to-left pages quoting left-to-right sentences): the text
stays, the site's furniture in the page's language goes."""

from __future__ import annotations

import pytest
from news_probes.blind72a import PROBES
from news_probes.pages import Probe
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (first batch, before any fix, 40 pages, 31 languages, 175 must-lines, 383
# must-nots, main's tree at 5f238daa): newsextract 38/40 (175/175 must-lines, 2 must-nots
# kept), trafilatura 11/40 (163/175, 74 must-nots kept: it kept nearly every "read also"
# line and box, the Tamil, Hindi, Marathi, Persian and Hebrew ones too, the old table
# layouts' rails and footers, a donation box and an author bio; it lost bold leads set
# outside the container, a Turkish list and a Persian quotation).
# One must-not was a kit error: a Bengali tag ('সড়ক ও জনপথ', the roads department) is
# also a phrase of the text's own sentence; the tag was renamed after the run.
# Fixed by method: an Uzbek request to join the outlet's Telegram channel ("Telegram
# kanalimizga obuna bo‘ling", uz.toml's ``prompts``): 40/40. No dev output moved.
# Second batch (``variants``: 16 pages in 16 languages written after that run, the "read
# also" pointers worded and set as regional sites do, upper case, with a dash or ">>", as
# bare paragraphs; a "most read" box and a related table inside the text; an agency's end
# mark; a donation plea as the last plain paragraph; 48 must-lines, 124 must-nots):
# newsextract 15/16 (48/48, 2 must-nots kept), trafilatura 1/16 (46/48, 36 kept). Fixed by
# method: a Romanian plea in the site's "us", "ne poți susține" / "ne puteți sprijini" (you
# can support us; ``reader_asks.toml``'s ``ask``): 16/16.
# Third batch: every page hashed (no class, id or role), run on the tree with those fixes:
# newsextract 52/56 (221/223 must-lines, 2 must-nots kept), trafilatura 2/56 (206/223,
# 158 kept). Fixed by method: a Hungarian author bio, which drops "to be" ("Szabó Eszter a
# Tiszamenti Hírlap riportere", hu.toml's ``professions`` as the predicate); a bio that
# sets a dash in the verb's place after the name ("Rūta Jonaitienė – „Žemaičių žinių“
# žurnalistė, …", ``about_lines._dash_bio``; Lithuanian professions in lt.toml); a bold
# lead in a box of its own after an <h1> alone in its box, the text's box after it
# (``metadata.standfirst._bold_first_paragraph``: the box after the <h1>'s box, a <div>
# holding only bold text read as a paragraph): 55/56.
_KNOWN_FAILURES: dict[str, str] = {
    "b72a_tl_bold_lead_box_before_content_hashed": (
        "the bold lead is a <div> closing the headline's box, the share row between it and"
        " the text; with no class and no description, no rule reads it as the standfirst"
        " (the bold-first-paragraph rule wants a <p> right after the <h1> and one after it)"
    ),
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
