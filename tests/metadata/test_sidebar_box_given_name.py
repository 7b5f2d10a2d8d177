"""A blog's sidebar author box names the writer only with a name opening with a given name
(``data/names/given.txt.gz``): a box's heading or the site's name is no writer."""

from __future__ import annotations

import pytest

import newsextract

from .pages import filler


def _page(box: str) -> str:
    return (
        '<html lang="en"><head><meta charset="utf-8"><title>Harbour Notes</title></head><body>'
        f'<article><h1>Walking the old harbour</h1><div class="post">{filler("Harbour")}</div>'
        f'</article><aside class="sidebar">{box}</aside></body></html>'
    )


@pytest.mark.parametrize(
    "box",
    [
        '<div class="widget author-box"><h3>Become An Author</h3><p>Write for us.</p></div>',
        '<div class="widget widget_author"><h4>Meet Our Team</h4><p>Editors.</p></div>',
        '<div class="author-info"><h3>Harbour Notes</h3><p>Local walks since 2011.</p></div>',
    ],
)
def test_no_writer(box: str) -> None:
    assert newsextract.extract(_page(box)).authors == ()


def test_writer() -> None:
    box = (
        '<div class="widget author-box"><h3>About me</h3>'
        '<p class="author-name">Elin Lundqvist</p></div>'
    )
    assert newsextract.extract(_page(box)).authors == ("Elin Lundqvist",)
