"""The rules the sixth blind title probe added, each at its edge: a spaced star between a
title's parts, a counter's or a rating's class after the ``<h1>``'s headline, a subtitle
classed in a newsroom's own word, and inline tags leaked into a JSON-LD headline (raw or
escaped) beside a "<" that is the headline's own."""

from __future__ import annotations

import json

import newsextract

URL = "https://harbourledger.example.com/2025/05/13/library-6802"


def _page(title: str = "", h1: str = "", headline: str | None = None) -> str:
    data = (
        '<script type="application/ld+json">'
        + json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
        )
        + "</script>"
        if headline is not None
        else ""
    )
    text = "<p>The library opens at eight and closes at ten, every day but Sunday.</p>" * 3
    return (
        f"<html lang='en'><head><title>{title}</title>{data}</head><body><header>"
        "<a class='brand' href='/'>Harbour Ledger</a></header><main><article>"
        f"{h1}{text}</article></main></body></html>"
    )


def test_an_asterisk_between_spaces_splits_the_site_off() -> None:
    got = newsextract.extract(_page("Library opens late * Harbour Ledger"), url=URL).title
    assert got == "Library opens late"


def test_an_unclassed_count_after_the_headline_stays() -> None:
    h1 = "<h1>Library opens late <span>24 hours</span></h1>"
    assert newsextract.extract(_page(h1=h1), url=URL).title == "Library opens late 24 hours"


def test_a_count_classed_element_after_the_headline_is_cut() -> None:
    h1 = '<h1>Library opens late <span class="views-count">1.2K views</span></h1>'
    assert newsextract.extract(_page(h1=h1), url=URL).title == "Library opens late"


def test_a_drupal_views_field_is_no_counter() -> None:
    h1 = '<h1>Library opens <span class="views-field views-field-changed">today</span></h1>'
    assert newsextract.extract(_page(h1=h1), url=URL).title == "Library opens today"


def test_a_countdown_class_is_no_counter() -> None:
    h1 = '<h1>Library opens <span class="countdown">tomorrow</span></h1>'
    assert newsextract.extract(_page(h1=h1), url=URL).title == "Library opens tomorrow"


def test_an_italian_subtitle_class_after_the_headline_is_cut() -> None:
    h1 = '<h1>Library opens late <span class="sottotitolo">Ten at night from May</span></h1>'
    assert newsextract.extract(_page(h1=h1), url=URL).title == "Library opens late"


def test_escaped_inline_tags_in_the_jsonld_headline_are_dropped() -> None:
    html = _page(headline="Library opens &lt;b&gt;late&lt;/b&gt;<br/>again")
    assert newsextract.extract(html, url=URL).title == "Library opens late again"


def test_a_less_than_sign_in_the_jsonld_headline_stays() -> None:
    html = _page(headline="Why 5 < 7 in the library's new rules")
    assert newsextract.extract(html, url=URL).title == "Why 5 < 7 in the library's new rules"


def test_a_tag_class_after_the_headline_is_cut() -> None:
    h1 = '<h1>Library opens late <span class="article-tag">Advert</span></h1>'
    assert newsextract.extract(_page(h1=h1), url=URL).title == "Library opens late"


def test_a_tags_class_is_no_tag() -> None:
    h1 = '<h1>Library opens <span class="tags">late</span></h1>'
    assert newsextract.extract(_page(h1=h1), url=URL).title == "Library opens late"
