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
    # Wave 60: a "cited by" table under its counted heading ("被引用文献 (2)") after the
    # description is dropped since: the counted claims' heading before it ("請求項（3）") is
    # read as a section of the text and the next counted label is looked at
    # (``body.counted_boxes``).
    # Wave 60: each dish's name, a short line in a <div> named "menu-item-title" ("menu-item"
    # is WordPress's name for a navigation menu's entry), is kept since as the title part of
    # a component whose text the region reads (``boxes.titles_part``).
    # The book's contents and its author's introduction are named "toc" and "author", which
    # on a story's page name a contents box and an author's box. Wave 61: the contents, its
    # chapters written out with no link, are read since (``class_names.
    # contents_list_weight``); an author box after the text is a news page's bio, which the
    # dev sets' truths leave out, and only the page's kind tells the book's introduction.
    # Wave 63: a page that declares a Book (and no article) has its author box read
    # (``extractor.is_book``, tests/body/test_book_author_boxes.py); this one declares
    # nothing, and a book's shop page told by its words alone ("저자 소개", a price, "buy")
    # would be a guess a story's page could meet.
    "ko_book_page_blurb_toc_author": (
        "the author's introduction, in a box classed 'author' as a story's bio box is, on a "
        "page with no structured data: nothing but its words says it is a book's page"
    ),
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
