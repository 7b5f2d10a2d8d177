"""The site's name set as an ``<h1>`` in the page's header, above an article that names its
own title's heading (a forum's "topic-title", a blog theme's "entry-title"): the named
heading is the title (metadata/html.py ``_in_banner``)."""

from __future__ import annotations

import newsextract

TEXT = "<p>" + "The boiler makes a knocking noise every night after the heating switches off. " * 4


def _page(title: str, header_h1: str, article: str, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body>'
        f"<header><h1>{header_h1}</h1><nav><a href='/forum/'>Forum</a></nav></header>"
        f"<main><article>{article}{TEXT}</p></article></main></body></html>"
    )


def test_a_forums_name_in_the_header_gives_way_to_the_topic_title() -> None:
    page = _page(
        "Thema: Heizung klopft nachts - Haus und Hof Forum",
        "Haus und Hof Forum",
        "<h2 class='topic-title'>Heizung klopft nachts</h2>",
        lang="de",
    )
    assert newsextract.extract(page, url="https://www.foren-7.de/t/2231").title == (
        "Heizung klopft nachts"
    )


def test_a_blogs_name_in_the_header_gives_way_to_the_entry_title() -> None:
    page = _page(
        "Five teas from the hills | Kettle and Road",
        "Kettle and Road",
        "<h2 class='entry-title'>Five teas from the hills</h2>",
    )
    assert newsextract.extract(page, url="https://blog.example.com/five-teas/").title == (
        "Five teas from the hills"
    )


def test_a_headline_in_the_header_without_a_named_heading_stays() -> None:
    page = _page(
        "Ferry timetable changes from Monday - Harbor Post",
        "Ferry timetable changes from Monday",
        "<p class='lead'>The first boat leaves earlier.</p>",
    )
    assert newsextract.extract(page, url="https://example.com/ferry").title == (
        "Ferry timetable changes from Monday"
    )


def test_an_h1_in_the_articles_own_header_stays() -> None:
    page = (
        "<html><head><title>Old bridge reopens - Valley Post</title></head><body><main><article>"
        "<header><h1>Old bridge reopens</h1></header>"
        "<aside><h2 class='entry-title'>Another story</h2></aside>"
        f"{TEXT}</p></article></main></body></html>"
    )
    assert newsextract.extract(page, url="https://example.com/bridge").title == (
        "Old bridge reopens"
    )


def _blog(title: str, h1: str, post: str, head: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        f"<div class='header-outer'><h1>{h1}</h1></div>"
        f"<div class='post-outer'>{post}{TEXT}</p></div></body></html>"
    )


def test_an_h1_that_ends_the_title_beside_a_heading_of_the_rest_is_the_sites_name() -> None:
    # a blog platform's "Blog name: Post title", the blog's name the <h1>, the post an <h3>
    page = _blog(
        "Marsh Garden Diary: Seedlings on the windowsill",
        "Marsh Garden Diary",
        "<h3>Seedlings on the windowsill</h3>",
    )
    url = "https://marshgarden.example.net/2024/04/seedlings.html"
    assert newsextract.extract(page, url=url).title == "Seedlings on the windowsill"
    # a product's documentation: its name the <h1>, the page's title an <h2>
    page = _blog(
        "Token authentication - Lantern API Docs",
        "Lantern API Docs",
        "<h2>Token authentication</h2>",
    )
    url = "https://docs.lantern.example.dev/guide/tokens"
    assert newsextract.extract(page, url=url).title == "Token authentication"


def test_an_h1_the_social_title_gives_stays() -> None:
    page = _blog(
        "Quiet Harbour Blog » Seedlings on the windowsill",
        "Seedlings on the windowsill",
        "<h3>Quiet Harbour Blog</h3>",
        head='<meta property="og:title" content="Seedlings on the windowsill">',
    )
    url = "https://blogs.example.net/harbour/seedlings/"
    assert newsextract.extract(page, url=url).title == "Seedlings on the windowsill"


def test_a_heading_linking_to_the_blogs_front_page_is_its_name() -> None:
    page = _blog(
        "Quiet Harbour Blog » Seedlings on the windowsill",
        "Seedlings on the windowsill",
        "<a href='https://blogs.example.net/harbour/'><h3>Quiet Harbour Blog</h3></a>",
    )
    url = "https://blogs.example.net/harbour/seedlings/"
    assert newsextract.extract(page, url=url).title == "Seedlings on the windowsill"


def test_an_articles_own_h1_beside_a_section_heading_stays() -> None:
    page = (
        "<html><head><title>Old bridge reopens to traffic - Local News</title></head><body>"
        "<main><article><h1>Old bridge reopens to traffic</h1>"
        f"{TEXT}</p><h2>Local News</h2><p>More stories.</p></article></main></body></html>"
    )
    assert newsextract.extract(page, url="https://example.com/bridge").title == (
        "Old bridge reopens to traffic"
    )


def test_a_sections_heading_above_the_h1_is_no_title() -> None:
    # the section's name shown above the article's <h1>, the <title> opening with it
    page = (
        "<html><head><title>Local Sport | Town team wins the regional final</title></head><body>"
        "<div class='section-header'><h2>Local Sport</h2></div>"
        f"<div class='story'><h1>Town team wins the regional final</h1>{TEXT}</p></div>"
        "</body></html>"
    )
    assert newsextract.extract(page, url="https://example.com/sport/final").title == (
        "Town team wins the regional final"
    )
