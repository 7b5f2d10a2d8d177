"""The written-date scan (``visible_dates.text_date``) asks once whether like siblings (the same
parent, tag, class and id) sit in a sidebar or another item, not once for each: a blog's
archive list of hundreds of dated entries in its sidebar cost a walk up the tree for each.
The verdict is shared only by siblings alike: the article's own date beside them is kept."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborNode
from tests.metadata.pages import filler

import newsextract
from newsextract.metadata import visible_dates
from newsextract.metadata.element_places import in_sidebar
from newsextract.metadata.other_items import in_other_item
from newsextract.page import ParsedPage

_ARTICLE = (
    "<article><h1>Harbour lights return for the winter</h1>"
    "<p class='byline'>March 3, 2024 6:20 pm</p>" + filler("harbour") + "</article>"
)


def _archive(groups: int, per_group: int) -> str:
    items = "".join(
        "<li class='archive-group'><ul class='archive-list'>"
        + "".join(
            f"<li class='archive-item archive-item--date'><span class='item-date'>April {1 + i}, "
            f"20{10 + g}</span> <a href='/p/{g}-{i}'>Older post {g}-{i}</a></li>"
            for i in range(per_group)
        )
        + "</ul></li>"
        for g in range(groups)
    )
    return f"<aside id='sidebar'><ul>{items}</ul></aside>"


def test_an_archive_sidebar_does_not_date_the_page() -> None:
    page = f"<html lang='en'><body>{_archive(12, 20)}{_ARTICLE}</body></html>"
    article = newsextract.extract(page, url="https://example.org/blog/harbour")
    assert article.published is not None and article.published.date() == date(2024, 3, 3)


def test_siblings_not_alike_keep_their_own_verdicts() -> None:
    # A related post and the byline share a parent: the related post's date is passed over,
    # the byline's (another class) is not.
    page = (
        "<html lang='en'><body><article><h1>Harbour lights return</h1><div class='head'>"
        "<p class='related-post'><span>Related:</span> May 9, 2023 story</p>"
        "<p class='post-date'>March 3, 2024 6:20 pm</p></div>"
        + filler("harbour")
        + "</article></body></html>"
    )
    article = newsextract.extract(page, url="https://example.org/blog/harbour")
    assert article.published is not None and article.published.date() == date(2024, 3, 3)


# The test patches a module function: a compiled build (mypyc) calls it natively.
@pytest.mark.skipif(newsextract.compiled, reason="compiled callers call it directly")
def test_like_siblings_are_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    class Counted:
        """The page's ancestor verdicts, each sidebar question counted."""

        def in_other_item(self, node: LexborNode) -> bool:
            return in_other_item(node)

        def in_sidebar(self, node: LexborNode) -> bool:
            calls.append(node.tag or "")
            return in_sidebar(node)

    monkeypatch.setattr(visible_dates, "AncestorVerdicts", Counted)
    page = ParsedPage(f"<html><body>{_archive(3, 50)}{_ARTICLE}</body></html>", None)
    written = visible_dates.text_date(page, "en")
    assert [span.found.span for span in written.spans] == ["March 3, 2024 6:20 pm"]
    assert calls.count("li") == 3  # one verdict for each group's 50 entries
