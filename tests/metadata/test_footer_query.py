"""The page's last footer, where a documentation theme prints the last update: a class
named "footer" is asked for only when some class holds the word as a token, and the last
footer found is the whole query's."""

from __future__ import annotations

import pytest

from newsextract.metadata import visible_dates
from newsextract.page import ParsedPage

_WHOLE = "[role=contentinfo], footer, [class~=footer]"


@pytest.mark.parametrize(
    "body",
    [
        '<footer>a</footer><div class="footer">Last updated on Mar 03, 2025.</div>',
        '<div class="site-footer">a</div><footer>Last updated on Mar 03, 2025.</footer>',
        '<div class="x\fFooter">a</div><div role="contentinfo">b</div>',
        '<footer>a</footer><div class="page footer">Last updated on Mar 03, 2025.</div>',
        '<div id="footer">a</div>',
    ],
)
@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>", ""])
def test_last_footer_is_the_whole_querys(body: str, doctype: str) -> None:
    page = ParsedPage(f"{doctype}<html><body><p>Text</p>{body}</body></html>")
    assert page.body is not None
    expected = [node.text() for node in page.body.css(_WHOLE)][-1:]
    dates = list(visible_dates._footer_update(page))
    written = expected and "Last updated" in expected[0]
    assert [d.found.span for d in dates] == (["Mar 03, 2025"] if written else [])
