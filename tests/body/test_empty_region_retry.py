"""A region whose every block the cleanup drops held no text: the best of the rest is read
(probe set blind68b). An unnamed consent banner's one sentence outweighed a changelog of
short items, one list to a section beside its download links, and the body came out empty
(the fallback then kept the whole page)."""

from __future__ import annotations

import newsextract
from newsextract.body.decisions import body_decisions
from newsextract.page import ParsedPage

_ITEMS = (
    "Tables are compared by key columns.",
    "Reports export as spreadsheets now.",
    "Fixed a crash on empty sheets.",
)


def _changelog_page() -> str:
    sections = "".join(
        f"<section><h2>4.{n}.0</h2><p>1 December 2026</p><ul><li>{item}</li></ul><div><a "
        f"href='#'>Download 4.{n}.0 for Windows</a> · <a href='#'>Download 4.{n}.0 for macOS"
        "</a></div></section>"
        for n, item in enumerate(_ITEMS)
    )
    return (
        "<html lang='en'><body><div><p>Please accept cookies to use this site.</p><button>OK"
        "</button></div><div><main><div><h1>Version history</h1>"
        f"{sections}</div></main></div></body></html>"
    )


def test_a_changelog_under_an_unnamed_consent_banner_is_read() -> None:
    body = newsextract.extract(_changelog_page(), url="https://tool.example/changelog").body or ""
    assert all(item in body for item in _ITEMS)
    assert "accept cookies" not in body
    assert "Download" not in body


def test_explain_shows_the_region_read_after_the_retry() -> None:
    """``explain``'s kept blocks are the body the retry read, not the dropped first region's
    none (the fuzzer found it on a sentence before a code listing's line-number table)."""
    decisions = body_decisions(ParsedPage(_changelog_page()))
    kept = [block.text for block in decisions.blocks if block.kept]
    assert kept == [block.text for block in decisions.body.blocks]
    assert all(any(item in text for text in kept) for item in _ITEMS)
