"""A byline container that sets the writer's name and title on lines of their own ("<div>Elif
Şahin</div><div>Ekonomi Muhabiri</div>") gives the first line's name, not the two run
together: no language's role words list every desk's title."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "<p>The central bank kept its main rate unchanged on Thursday, saying prices were still "
    "rising faster than it wanted and that it would wait for more data.</p>"
    "<p>Most economists had expected the decision after last month's figures.</p>"
)


def _page(language: str, box: str) -> str:
    return (
        f"<html lang='{language}'><head><title>Rate kept</title></head><body><article>"
        f"<h1>Rate kept unchanged</h1>{box}{_TEXT}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("language", "box", "authors"),
    [
        (
            "tr",
            "<div class='yazar-kutu'><img src='/y.jpg' alt=''><div>Elif Şahin</div>"
            "<div>Ekonomi Muhabiri</div></div>",
            ("Elif Şahin",),
        ),
        (
            "en",
            "<div class='author-box'><div>Jane Doe</div><div>Economy Reporter</div></div>",
            ("Jane Doe",),
        ),
        (  # the name's line alone: as before
            "en",
            "<div class='author-box'><div>Jane Doe</div></div>",
            ("Jane Doe",),
        ),
        (  # a label's line, then the name's: the name
            "en",
            "<div class='byline'><div>By</div><div>Jane Doe</div></div>",
            ("Jane Doe",),
        ),
    ],
)
def test_the_name_s_own_line_in_a_byline_box(
    language: str, box: str, authors: tuple[str, ...]
) -> None:
    assert newsextract.extract(_page(language, box)).authors == authors


def test_a_hindi_agency_credit_before_its_city_names_no_one() -> None:
    html = _page("hi", "<div class='byline'>एजेंसी, मुंबई</div>")
    assert newsextract.extract(html).authors == ()
