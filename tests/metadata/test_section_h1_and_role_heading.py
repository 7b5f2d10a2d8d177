"""Two headlines the blind title probe found missed: an app's ``<div role=heading
aria-level=1>`` on a page without an ``<h1>``, and a section's name set as the one ``<h1>``
above the page's one ``<article>``, whose ``<h2>`` is the story's title. Guards: a short
``<h1>`` inside the article is its own title, and a list of several articles keeps the
section's name. Every site, name and text here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.title_pages import page, paragraphs

import newsextract

_TEXT = {
    "nl": "De bibliotheek is maandag na twee jaar verbouwing weer opengegaan, met een nieuwe "
    "leeszaal en een kinderhoek.",
    "pl": "Miejska biblioteka została ponownie otwarta po dwóch latach remontu, z nową "
    "czytelnią i kącikiem dla dzieci.",
    "ko": "시립도서관이 2년간의 보수 공사를 마치고 월요일 다시 문을 열었다. 새 열람실이 생겼다.",
    "de": "Was Heimat ist, fragt man sich erst, wenn man sie verlassen hat, sagt die Autorin.",
}


def _app(lang: str, title: str, heading: str) -> str:
    """A single-page app's story: no ``<h1>``, the headline an element with a heading's
    role, the ``<title>`` the site's name."""
    return page(
        lang,
        title,
        "",
        f'<div id="app"><div class="top"><a class="brand" href="/">{title}</a></div>'
        f'<div class="story"><div class="story__topic">Stad</div>{heading}'
        f'<div class="story__text">{paragraphs(_TEXT[lang], _TEXT[lang])}</div></div></div>',
    )


def _section_page(lang: str, site: str, section: str, *headings: str) -> str:
    """A section's name as the ``<h1>`` above one ``<article>`` (or several: a list), the
    ``<title>`` the section's and the site's names, the logo the site's."""
    articles = "".join(
        f'<article class="story"><h2 class="story-title">{heading}</h2>'
        f'<div class="story-text">{paragraphs(_TEXT[lang], _TEXT[lang])}</div></article>'
        for heading in headings
    )
    return page(
        lang,
        f"{section} | {site}",
        "",
        f'<header class="site-header"><a class="logo" href="/">{site}</a></header>'
        f'<main><h1 class="section-title">{section}</h1>{articles}</main>',
    )


@pytest.mark.parametrize(
    ("html", "want"),
    [
        (
            _app(
                "nl",
                "Stadskrant Oost",
                '<div role="heading" aria-level="1" class="story__headline">Bibliotheek na '
                "twee jaar weer open</div>",
            ),
            "Bibliotheek na twee jaar weer open",
        ),
        (
            _section_page(
                "pl",
                "Kurier Nadrzeczny",
                "Kultura",
                "Biblioteka znów otwarta po remoncie",
            ),
            "Biblioteka znów otwarta po remoncie",
        ),
        (
            _section_page("ko", "강변일보", "사회", "도서관, 2년 만에 다시 문 열어"),
            "도서관, 2년 만에 다시 문 열어",
        ),
    ],
    ids=["nl-role-heading", "pl-section-h1", "ko-section-h1"],
)
def test_headline_found(html: str, want: str) -> None:
    assert newsextract.extract(html, url="https://news.example.net/a/4472").title == want


def test_short_h1_inside_the_article_is_its_title() -> None:
    """An essay titled in one word keeps it over its first subheading."""
    html = page(
        "de",
        "Heimat | Stadtanzeiger Nord",
        "",
        '<header class="site-header"><a class="logo" href="/">Stadtanzeiger Nord</a></header>'
        '<main><article class="essay"><h1>Heimat</h1><div class="essay-text">'
        f"<h2>Was bleibt, wenn man geht</h2>{paragraphs(_TEXT['de'], _TEXT['de'])}</div>"
        "</article></main>",
    )
    assert newsextract.extract(html, url="https://news.example.net/a/4472").title == "Heimat"


def test_section_h1_over_a_list_stays() -> None:
    """A section's page of several stories has no story's title: its name stays."""
    html = _section_page(
        "pl",
        "Kurier Nadrzeczny",
        "Kultura",
        "Biblioteka znów otwarta po remoncie",
        "Nowy festiwal na rynku",
    )
    got = newsextract.extract(html, url="https://news.example.net/kultura/").title
    assert got != "Biblioteka znów otwarta po remoncie"


def test_one_word_title_in_a_banner_over_subheadings_stays() -> None:
    """A post's one-word title set in a banner above its ``<article>``, whose first heading
    follows its opening text: a subheading, not the title."""
    html = page(
        "de",
        "Heimat | Stadtanzeiger Nord",
        "",
        '<header class="site-header"><a class="logo" href="/">Stadtanzeiger Nord</a></header>'
        '<main><div class="page-hero"><h1>Heimat</h1></div><article class="post">'
        f"{paragraphs(_TEXT['de'])}<h2>Was bleibt, wenn man geht</h2>"
        f"{paragraphs(_TEXT['de'])}</article></main>",
    )
    assert newsextract.extract(html, url="https://news.example.net/a/4472").title == "Heimat"
