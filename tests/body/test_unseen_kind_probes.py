"""The blind round of page kinds no earlier probe had (``nonnews_probes.unseen_kinds``,
round 59): each body holds the text a reader came for (claims, a tender's lots, a verbatim
record, a menu, a chapter, a play, proverbs, a proof, errata ...) and none of the
furniture around it (pagers, booking and bidding forms, counters, related cards)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.unseen_kinds import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
_KNOWN_FAILURES: dict[str, str] = {
    "ja_patent_claims_numbered_paragraphs": "a patent's cited-by table after its description",
    "fr_tender_notice_lots_and_deadlines": "a sign-in alert closing the notice",
    "ta_manifesto_numbered_pledges": "a donation box after the pledges",
    "pt_restaurant_menu_dish_rows": "a dish's name, a short line in a div",
    "ko_book_page_blurb_toc_author": "the contents and author sections after the blurb",
    "id_film_entry_synopsis_cast_trivia": "a rating widget and an empty reviews box",
    "sw_daily_reading_verse_numbers": "a reading plan's progress bar",
    "es_fanfic_chapter_tags_then_userstuff": "a kudos counter after the chapter",
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
