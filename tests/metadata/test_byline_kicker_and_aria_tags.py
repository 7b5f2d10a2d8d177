"""A kicker in a byline's words above the headline ("By Popular Demand", a series' name) is
no byline; a tag list a theme labels for screen readers only (``<nav aria-label="Tags">``
in the ``<article>``) is the article's tags, a menu of topics outside it is not."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The council voted on Tuesday to extend the opening hours of the market hall on the "
    "river front, after a year of complaints from traders and shoppers.</p>"
    "<p>The new hours start in May and run until the end of the summer season.</p>"
)


def _page(article: str, header: str = "") -> str:
    return (
        "<html lang='en'><head><title>Market hall opens later</title></head><body>"
        f"<header>{header}</header><article>{article}</article></body></html>"
    )


def test_a_kicker_in_byline_words_above_the_headline_is_no_byline() -> None:
    html = _page(
        "<div class='eyebrow'><span>By Popular Demand</span></div><h1>Market hall opens later"
        "</h1><p class='meta'>Story by <a href='/staff/ada-moss'>Ada Moss</a></p>" + _TEXT
    )
    assert newsextract.extract(html).authors == ("Ada Moss",)
    alone = _page("<p class='kicker'>By the Waterside</p><h1>Market hall opens later</h1>" + _TEXT)
    assert newsextract.extract(alone).authors == ()


def test_a_byline_under_the_headline_stays() -> None:
    html = _page("<h1>Market hall opens later</h1><p>By Ada Moss</p>" + _TEXT)
    assert newsextract.extract(html).authors == ("Ada Moss",)


def test_a_tag_list_labelled_for_screen_readers_in_the_article() -> None:
    tags = (
        "<nav class='post-tags' aria-label='Tags'><ul><li><a href='/t/markets'>Markets</a></li>"
        "<li><a href='/t/river-front'>River front</a></li></ul></nav>"
    )
    html = _page("<h1>Market hall opens later</h1>" + _TEXT + tags)
    assert newsextract.extract(html).tags == ("Markets", "River front")


def test_a_menu_of_topics_labelled_so_outside_the_article_is_no_tag_list() -> None:
    menu = (
        "<nav aria-label='Topics'><ul><li><a href='/t/politics'>Politics</a></li>"
        "<li><a href='/t/sport'>Sport</a></li></ul></nav>"
    )
    html = _page("<h1>Market hall opens later</h1>" + _TEXT, header=menu)
    assert newsextract.extract(html).tags == ()
