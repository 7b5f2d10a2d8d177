"""Date probes of a blog whose site header's only ``<h1>`` is the blog's name (issue 12):
invented pages, modelled on WordPress and magazine themes, whose header carries a top bar
with the day of the visit ("Tuesday, June 18, 2024") above the post, whose own title is a
named heading (``h2.entry-title``, ``h3.post-title``) with its own day. The header is the
site's (``site_header``): its day is not the post's. Must-nots: a news page whose header
holds the headline's ``<h1>`` and its date, with linked teasers (``h2.entry-title``) after
it. In 5 languages. ``python -m tests.metadata.test_date_probes_banner_header`` prints
newsextract's and trafilatura's hits. Every page, name and text is invented."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.language_probes.kit import report_hits, same_moment
from tests.metadata.test_blog_theme_probes import TEXT
from tests.metadata.title_pages import page, paragraphs

import newsextract


def blog(
    lang: str, title: str, banner: str, top: str, post: str, meta: str, tag: str = "h2"
) -> str:
    """A theme's single post: the header's top bar (``top``), the branding (``banner``: the
    blog's name in an ``<h1>``), the menu; then the post, its named heading and its line."""
    kind = "entry-title" if tag == "h2" else "post-title"
    return page(
        lang,
        title,
        "",
        f'<header id="masthead" class="site-header"><div class="top-bar">{top}</div>'
        f'<div class="site-branding">{banner}</div><nav><ul><li><a href="/a/">≡</a></li></ul>'
        f'</nav></header><main id="main"><article class="post"><{tag} class="{kind}">{post}'
        f'</{tag}><div class="entry-meta">{meta}</div><div class="entry-content">'
        f"{paragraphs(TEXT[lang])}</div></article></main>",
    )


def news(lang: str, headline: str, day: str) -> str:
    """A news page whose ``<header>`` before the story holds its headline and its day, with
    "related posts" teasers (linked ``h2.entry-title``) after the story."""
    return page(
        lang,
        headline,
        "",
        f'<header class="entry-header"><h1>{headline}</h1><span class="date">{day}</span>'
        f'</header><main><article><div class="entry-content">{paragraphs(TEXT[lang])}</div>'
        '</article><section class="related"><article class="post"><h2 class="entry-title">'
        '<a href="/other/">Lorem ipsum dolor sit amet</a></h2></article></section></main>',
    )


# (name, url, page, published)
PROBES: list[tuple[str, str, str, datetime | None]] = [
    (
        "en_banner_h1_top_bar_time",
        "https://kettle.example.org/?p=412",
        blog(
            "en",
            "Five teas from the hills | Kettle and Road",
            "<h1>Kettle and Road</h1>",
            '<time datetime="2024-06-18">Tuesday, June 18, 2024</time>',
            "Five teas from the hills",
            '<span class="posted-on">Posted on March 1, 2024</span>',
        ),
        datetime(2024, 3, 1),
    ),
    (
        "en_linked_banner_h1_top_bar_text",
        "https://kettle.example.org/?p=413",
        blog(
            "en",
            "Five teas from the hills | Kettle and Road",
            '<h1 class="site-title"><a href="/">Kettle and Road</a></h1>',
            '<span class="date">Tuesday, June 18, 2024</span>',
            "Five teas from the hills",
            '<span class="posted-on">March 1, 2024</span>',
        ),
        datetime(2024, 3, 1),
    ),
    (
        "de_banner_h1_top_bar_text",
        "https://kessel.example.de/?p=413",
        blog(
            "de",
            "Fünf Tees aus den Bergen – Kessel und Weg",
            "<h1>Kessel und Weg</h1>",
            '<span class="datum">Dienstag, 18. Juni 2024</span>',
            "Fünf Tees aus den Bergen",
            '<span class="posted-on">1. März 2024</span>',
        ),
        datetime(2024, 3, 1),
    ),
    (
        "es_banner_h1_top_bar_text",
        "https://tetera.example.es/?p=413",
        blog(
            "es",
            "Cinco tés de las colinas – Tetera y camino",
            "<h1>Tetera y camino</h1>",
            '<span class="fecha">martes, 18 de junio de 2024</span>',
            "Cinco tés de las colinas",
            '<span class="posted-on">1 de marzo de 2024</span>',
        ),
        datetime(2024, 3, 1),
    ),
    (
        "fr_banner_h1_top_bar_time_h3",
        "https://carnet.example.fr/?p=413",
        blog(
            "fr",
            "Cinq thés des collines – Carnet de route",
            "<h1>Carnet de route</h1>",
            '<time datetime="2024-06-18">mardi 18 juin 2024</time>',
            "Cinq thés des collines",
            '<span class="posted-on">1 mars 2024</span>',
            tag="h3",
        ),
        datetime(2024, 3, 1),
    ),
    (
        "ru_banner_h1_top_bar_text",
        "https://chainik.example.ru/?p=413",
        blog(
            "ru",
            "Пять чаёв с холмов — Чайник и дорога",
            "<h1>Чайник и дорога</h1>",
            '<span class="date">вторник, 18 июня 2024</span>',
            "Пять чаёв с холмов",
            '<span class="posted-on">1 марта 2024</span>',
        ),
        datetime(2024, 3, 1),
    ),
    # --- must-nots: the header's <h1> is the headline; its day is the story's ----------------
    (
        "en_news_header_headline_and_day",
        "https://news.example.org/?p=414",
        news("en", "Council votes to rebuild the river bridge", "March 1, 2024"),
        datetime(2024, 3, 1),
    ),
    (
        "de_news_header_headline_and_day",
        "https://nachrichten.example.de/?p=414",
        news("de", "Stadtrat beschließt den Neubau der Flussbrücke", "1. März 2024"),
        datetime(2024, 3, 1),
    ),
]


@pytest.mark.parametrize(
    ("url", "page", "want"), [pytest.param(u, p, w, id=n) for n, u, p, w in PROBES]
)
def test_banner_header_date_probe(url: str, page: str, want: datetime | None) -> None:
    article = newsextract.extract(page, url=url)
    assert same_moment(article.published, want), f"published: {article.published!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, ("published",))
