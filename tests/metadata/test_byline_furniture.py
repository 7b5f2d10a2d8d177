"""Elements named for the author that are not the byline: a "Follow" button beside the
author's name ("author-info__follow-button"), and a box of the author's class holding only a
link to a section's page (the section's name set beside the byline)."""

from __future__ import annotations

from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://news.example/2025/04/port"


def test_a_follow_button_is_no_author() -> None:
    inner = '<a class="author-info__follow-button" href="/login">Follow</a>' + filler("harbor")
    assert newsextract.extract(article_page("en", "Harbor", inner), URL).authors == ()


def test_a_section_link_in_an_author_box_is_no_author() -> None:
    inner = (
        '<div class="article_details_author_container"><a href="/news/category/29/x">'
        "<span>منوعات</span></a></div>" + filler("ميناء")
    )
    assert newsextract.extract(article_page("ar", "ميناء", inner), URL).authors == ()


def test_a_share_bar_named_for_the_author_is_no_author() -> None:
    bar = '<div class="author-share"><a href="/s/fb">Teilen</a> <a href="/mail">E-Mail</a></div>'
    html = article_page("de", "Hafen", bar + filler("Hafen"))
    assert newsextract.extract(html, URL).authors == ()


def test_a_box_of_buttons_is_no_byline() -> None:
    tools = '<div class="author-tools"><button class="x">Suivre</button></div>'
    html = article_page("fr", "Port", tools + filler("port"))
    assert newsextract.extract(html, URL).authors == ()


def test_an_author_linked_to_a_tag_page_is_still_the_author() -> None:
    box = '<div class="author"><a href="/tag/jane-doe">Jane Doe</a></div>'
    html = article_page("en", "Harbor", box + filler("harbor"))
    assert newsextract.extract(html, URL).authors == ("Jane Doe",)
