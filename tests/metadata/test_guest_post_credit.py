"""A guest writer's credit opening or closing a post, "This post was written by NAME, who
they are" (probe meta27: a blog whose meta author is "admin" credited no one)."""

from __future__ import annotations

import pytest

import newsextract

from .pages import filler

HEAD = '<html lang="en"><head><meta charset="utf-8"><title>Bus lanes for small towns</title>'
HEAD += (
    '<meta name="author" content="admin"></head><body><article><h1>Bus lanes for small towns</h1>'
)


def _page(before: str, after: str = "") -> str:
    text = f"<div class='entry-content'>{before}{filler('buses')}{after}</div>"
    return f"{HEAD}{text}</article></body></html>"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("<p><em>This post was written by Imani Okoro, a transit planner.</em></p>", ""),
        ("", "<p><em>This article was written by Imani Okoro, a transit planner.</em></p>"),
        ("<p>A guest post by Imani Okoro</p>", ""),
    ],
)
def test_guest_writer_credited(before: str, after: str) -> None:
    assert newsextract.extract(_page(before, after)).authors == ("Imani Okoro",)


def test_credit_naming_no_one() -> None:
    page = _page("<p>This article was written by our partners at a community fund.</p>")
    assert newsextract.extract(page).authors == ()
