"""An author value that is a book's edition and its editor ("Revised Edition Edited by Jane
Roe", an encyclopedia entry's microdata): an editor's credit after words that name no one
(cased words, none a given name or an initial) leaves no author, and the entry's own signed
line ("---- by …") is read instead; a name before such a credit stays."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline

from .pages import filler


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Revised Edition Edited by Orla Pennick", []),
        ("Second Printing Edited by Orla Pennick", []),
        ("Jane Roe Edited by Orla Pennick", ["Jane Roe"]),
        ("J. R. Holloway Photos by Orla Pennick", ["J. R. Holloway"]),
        ("Pennick Photos by Jane Roe", ["Pennick"]),
        ("Hans Müller Foto: dpa", ["Hans Müller"]),
    ],
)
def test_split(value: str, names: list[str]) -> None:
    assert split_byline(value) == names


def test_the_signed_line_beats_an_edition_in_microdata() -> None:
    page = (
        '<html lang="en"><head><meta charset="utf-8"><title>rhizome</title></head>'
        "<body><dl><dt><h1>rhizome</h1></dt><dd>"
        "<div><strong><em>---- by Tamsin Oakhurst</em></strong></div>"
        f"<div>{filler('Valley')}</div>"
        '<p class="src"><em><span itemprop="author">Revised Edition Edited by Orla Pennick'
        "</span>.</em></p></dd></dl></body></html>"
    )
    assert newsextract.extract(page).authors == ("Tamsin Oakhurst",)
