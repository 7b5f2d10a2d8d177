"""The page search reads no date from an asset's version parameter ("print.css?v=2022-06-15",
"app.js?ver=2021-03-12"): a site builds its stylesheets and scripts on a day of its own, and
every page of the site carries it."""

from __future__ import annotations

from newsextract.metadata.page_dates import find_page_day
from newsextract.page import ParsedPage

_HEAD = (
    '<link rel="stylesheet" href="/css/print.css?v=2022-06-15">'
    '<script src="/js/app.min.js?ver=2022-06-15-12-15"></script>'
)
_TEXT = "<p>The council met on Tuesday and voted for the new timetable.</p>"


def _page(extra: str = "") -> tuple[ParsedPage, str]:
    html = f"<html><head>{_HEAD}</head><body><article>{_TEXT}{extra}</article></body></html>"
    return ParsedPage(html, "https://example.org/news/timetable"), html


def test_asset_versions_give_no_day() -> None:
    page, html = _page()
    assert find_page_day(page, html) is None


def test_a_date_in_the_source_beside_them_is_read() -> None:
    page, html = _page('<script>var published = "2023-03-04";</script>')
    found = find_page_day(page, html)
    assert found is not None and found[0].date().isoformat() == "2023-03-04"
