"""A region whose every block the cleanup drops held no text: the best of the rest is read
(probe set blind68b). An unnamed consent banner's one sentence outweighed a changelog of
short items, one list to a section beside its download links, and the body came out empty
(the fallback then kept the whole page)."""

from __future__ import annotations

import newsextract

_ITEMS = (
    "Tables are compared by key columns.",
    "Reports export as spreadsheets now.",
    "Fixed a crash on empty sheets.",
)


def test_a_changelog_under_an_unnamed_consent_banner_is_read() -> None:
    sections = "".join(
        f"<section><h2>4.{n}.0</h2><p>1 December 2026</p><ul><li>{item}</li></ul><div><a "
        f"href='#'>Download 4.{n}.0 for Windows</a> · <a href='#'>Download 4.{n}.0 for macOS"
        "</a></div></section>"
        for n, item in enumerate(_ITEMS)
    )
    page = (
        "<html lang='en'><body><div><p>Please accept cookies to use this site.</p><button>OK"
        "</button></div><div><main><div><h1>Version history</h1>"
        f"{sections}</div></main></div></body></html>"
    )
    body = newsextract.extract(page, url="https://tool.example/changelog").body or ""
    assert all(item in body for item in _ITEMS)
    assert "accept cookies" not in body
    assert "Download" not in body
