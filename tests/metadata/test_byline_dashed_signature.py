"""A byline set as a signature after dashes ("— by Jane Roe", "---- by Jane Roe", an
encyclopedia entry's or a blog's credit line): the dashes go, the label and the name are read
as any byline's, and the line leaves the body."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline

from .pages import filler


def _page(line: str) -> str:
    return (
        '<html lang="en"><head><meta charset="utf-8"><title>Micropolitics</title></head>'
        f"<body><article><h1>Micropolitics</h1>{line}"
        f'<div class="entry">{filler("Valley")}</div></article></body></html>'
    )


@pytest.mark.parametrize(
    "line",
    [
        "<div><span><strong><em>---- by Hollis Verane</em></strong></span></div>",
        "<p>— By Hollis Verane</p>",
        "<p>-- by Hollis Verane</p>",
    ],
)
def test_a_dashed_signature_names_the_writer(line: str) -> None:
    article = newsextract.extract(_page(line))
    assert article.authors == ("Hollis Verane",)
    assert "Hollis" not in article.body


def test_a_dashed_line_without_a_name_names_no_one() -> None:
    assert newsextract.extract(_page("<p>- by the river</p>")).authors == ()


def test_split_byline_drops_the_dashes() -> None:
    assert split_byline("---- by Hollis Verane") == ["Hollis Verane"]
    assert split_byline("Jean-Paul Verane") == ["Jean-Paul Verane"]
