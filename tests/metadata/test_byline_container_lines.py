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
        (  # a card's heading lines in an info box beside its follow button
            "en",
            "<div class='author-card'><div class='info'><h3>Jane Doe</h3>"
            "<h4>Supply Chain Manager at Example Freight</h4></div><a>+ Follow</a></div>",
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


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # the town set after the marked writer, past a comma, two words CLDR's list lacks
        ("By <span class='author'>Tom Hargreaves</span>, Wagga Wagga", ("Tom Hargreaves",)),
        ("By <a href='/by/tom'>Tom Hargreaves</a>, Wagga Wagga", ("Tom Hargreaves",)),
        # writers marked alike, or joined by a word: all of them
        (
            "By <a href='/by/tom'>Tom Hargreaves</a>, <a href='/by/ann'>Ann Lee</a>",
            ("Tom Hargreaves", "Ann Lee"),
        ),
        ("By <a href='/by/tom'>Tom Hargreaves</a> and Ann Lee", ("Tom Hargreaves", "Ann Lee")),
        ("By Tom Hargreaves, Ann Lee", ("Tom Hargreaves", "Ann Lee")),  # nothing marked
    ],
)
def test_text_after_the_marked_writers_past_a_comma_is_no_writer(
    byline: str, authors: tuple[str, ...]
) -> None:
    html = _page("en", f"<p class='byline'>{byline}</p>")
    assert newsextract.extract(html).authors == authors
