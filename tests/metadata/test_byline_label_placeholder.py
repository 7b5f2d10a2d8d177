"""A byline label before one placeholder word ("By Admin", "By Newsroom": a CMS account)
names no one; a short label opens only a name of two words, so the line passed whole."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline

from .pages import filler


@pytest.mark.parametrize("line", ["By Admin", "By Webmaster", "By NEWSROOM", "by newsroom"])
def test_label_and_placeholder_name_no_one(line: str) -> None:
    assert split_byline(line, "en") == []


@pytest.mark.parametrize(("line", "names"), [("By Jane Doe", ["Jane Doe"]), ("By AP", ["AP"])])
def test_names_after_the_label(line: str, names: list[str]) -> None:
    assert split_byline(line, "en") == names


def test_page_with_a_login_byline_has_no_author() -> None:
    page = (
        '<html lang="en"><head><meta charset="utf-8"><title>Harbour</title></head><body>'
        '<article><h1>Walking the old harbour</h1><p class="byline">By Admin</p>'
        f'<div class="post">{filler("Harbour")}</div></article></body></html>'
    )
    assert newsextract.extract(page).authors == ()
