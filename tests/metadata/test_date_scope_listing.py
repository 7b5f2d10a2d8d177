"""The date-classed scan of ``visible_dates.text_date`` reads an element the date selectors list
twice (lexbor lists an element once for each selector of a list it matches, one after the
other: ``<time class="date">`` matches ``time`` and ``[class*=date i]``) once, and takes its
dates once: a second listing is no second date (it gave each date twice before, which
changed no output on the 1,157 dev pages nor on metadata probe rounds 1-11, and counted
twice toward the scan's cap of spans)."""

from __future__ import annotations

from newsextract.metadata.visible_dates import DATE_SCOPES, text_date
from newsextract.page import ParsedPage

ARTICLE = "<p>" + "Words of the article go on here. " * 10 + "</p>"


def _page(body: str) -> ParsedPage:
    return ParsedPage(f"<html lang='en'><body><h1>A story</h1>{body}{ARTICLE}</body></html>")


def test_an_element_listed_twice_gives_its_dates_once() -> None:
    page = _page(
        '<time class="date">Published 3 March 2025</time>'
        '<span class="meta">Updated 4 March 2025</span>'
    )
    listed = [node.mem_id for node in page.body.css(DATE_SCOPES.for_page(page.names))]  # type: ignore[union-attr]
    assert listed[0] == listed[1] != listed[2]  # the <time> twice, then the <span>
    spans = text_date(page, "en").spans
    assert [(s.field, s.found.span, s.labelled) for s in spans] == [
        ("published", "3 March 2025", True),
        ("modified", "4 March 2025", False),
    ]


def test_an_element_passed_over_is_passed_over_each_time_it_is_listed() -> None:
    """A related post's ``<time class=date>`` (its container named "related") gives no date
    on either listing, and an element with no digit none either."""
    page = _page(
        '<ul class="related-posts"><li><time class="date">2 March 2025</time></li></ul>'
        '<time class="date">no date</time><span class="byline">5 March 2025</span>'
    )
    spans = text_date(page, "en").spans
    assert [s.found.span for s in spans] == ["5 March 2025"]
