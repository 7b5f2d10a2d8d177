"""The readers wave 72d added (issue 12): the article's own ``lang`` over the template's
``<html lang>``; a labelled bare day on or after every source's bare day outweighing them; a
Japanese era's initial in numbers after a label ("掲載日：R6.3.5"); a lunar Hijri date in
numbers with the era's mark ("1445/08/24 هـ")."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import newsextract
from newsextract.dates import find_text_dates, read_written_date
from newsextract.metadata.visible_dates import _whole_short_year_day

_TEXT = (
    "Die Stadtbibliothek eröffnet ihren neuen Lesesaal im zweiten Stock mit langen Tischen, "
    "stillen Kabinen und einem Regal voller alter Lokalzeitungen."
)


def _tagged(root: str, article: str, headline: str = "<h1>Lesesaal</h1>") -> str:
    return (
        f"<!DOCTYPE html><html{root}><head><title>Lesesaal</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><main><article{article}>{headline}<p>{_TEXT}</p>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("root", "article", "headline", "want", "how"),
    [
        (' lang="en"', ' lang="de"', "<h1>Lesesaal</h1>", "de", "html:article[lang]"),
        ("", ' lang="de-AT"', "<h1>Lesesaal</h1>", "de", "html:article[lang]"),
        # the headline's own lang is a quoted title's, not the story's
        (' lang="en"', "", '<h1 lang="fr">Lesesaal</h1>', "en", "html:html[lang]"),
        (' lang="de"', "", "<h1>Lesesaal</h1>", "de", "html:html[lang]"),
    ],
)
def test_the_articles_own_lang(root: str, article: str, headline: str, want: str, how: str) -> None:
    page = newsextract.extract(_tagged(root, article, headline), url="https://example.org/a")
    assert (page.language, page.provenance["language"]) == (want, how)


def test_an_inline_lang_around_the_headline_is_not_read() -> None:
    html = _tagged(' lang="de"', "", '<span lang="en"><h1>Lesesaal</h1></span>')
    assert newsextract.extract(html, url="https://example.org/a").language == "de"


def _posted(label: str, url: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>Library</title>{head}</head><body>"
        f"<main><article><h1>Library opens its reading room</h1><p class='meta'>{label}</p>"
        "<p>The town library opens its new reading room on the second floor, with long "
        "tables and quiet booths.</p></article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("label", "path", "want"),
    [
        # the URL's day the evening before: a draft's; the label written at publication
        ("Published: 5 March 2024", "/2024/03/04/library/", date(2024, 3, 5)),
        # the URL's day after the label's: a zone's reach, the URL keeps its vote
        ("Published: 4 March 2024", "/2024/03/05/library/", date(2024, 3, 5)),
        # an unlabelled day adds nothing beside the URL
        ("5 March 2024", "/2024/03/04/library/", date(2024, 3, 4)),
    ],
)
def test_a_labelled_bare_day_beside_the_urls(label: str, path: str, want: date) -> None:
    article = newsextract.extract(_posted(label, path), url="https://example.org" + path)
    assert article.published is not None
    assert article.published.date() == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("掲載日：R6.3.5", date(2024, 3, 5)),
        ("更新日: H31.4.1", date(2019, 4, 1)),
        ("تاريخ النشر: 1445/08/24 هـ", date(2024, 3, 5)),
        ("نشر في 24/08/1445هـ", date(2024, 3, 5)),
    ],
)
def test_calendar_numbers_read(text: str, want: date) -> None:
    found = next(find_text_dates(text), None)
    assert found is not None
    read = read_written_date(found.span)
    assert read is not None
    assert read.date() == want


@pytest.mark.parametrize(
    "text",
    [
        "version R6.3.5",  # no Japanese label: a version's number
        "رقم الملف 1445/08/24",  # no era's mark: a reference number
        "تاريخ النشر: 1445/13/02 هـ",  # no thirteenth month
    ],
)
def test_calendar_numbers_not_read(text: str) -> None:
    assert not any(f.span.startswith("20") for f in find_text_dates(text))


_FETCHED = datetime(2024, 3, 14, 13, 0, tzinfo=UTC)


def _shop(line: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>Reading Lamp Pro</title>{head}</head>"
        f"<body><main><h1>Reading Lamp Pro</h1><p class='release'>{line}</p><p>A brass lamp "
        "for long evenings of reading, with a warm light and a heavy base.</p></main></body>"
        "</html>"
    )


def test_no_date_after_the_fetch_is_the_publication() -> None:
    html = _shop("Release date: 21 March 2024")
    url = "https://shop.example.com/products/lamp"
    assert newsextract.extract(html, url=url, fetched_at=_FETCHED).published is None
    unfetched = newsextract.extract(html, url=url).published  # no fetch time: no bound
    assert unfetched is not None and unfetched.date() == date(2024, 3, 21)


def test_the_next_day_on_a_clock_ahead_of_utc_is_kept() -> None:
    stamp = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "datePublished": "2024-03-15T01:00:00+13:00"}</script>'
    )
    article = newsextract.extract(
        _shop("Posted today", stamp), url="https://example.org/a", fetched_at=_FETCHED
    )
    assert article.published is not None and article.published.date() == date(2024, 3, 15)


def _short_year_page(meta: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en-GB'><head><title>Library</title></head><body><main>"
        f"<article><h1>Library opens its reading room</h1>{meta}<p>The town library opens "
        "its new reading room on the second floor, with long tables and quiet booths.</p>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("meta", "want"),
    [
        ('<div class="date">5/3/24</div>', date(2024, 3, 5)),  # day first on an en-GB page
        ('<div class="date">Published 05.03.24</div>', date(2024, 3, 5)),
    ],
)
def test_a_two_digit_years_day_as_a_date_elements_whole_text(meta: str, want: date | None) -> None:
    article = newsextract.extract(_short_year_page(meta), url="https://example.org/a")
    assert (article.published.date() if article.published else None) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("5/3/24", "5/3/2024"),
        ("Published 05.03.24", "Published 05.03.2024"),
        ("5/3/98", "5/3/1998"),
        # more than the day: a sentence's numbers (a version's, a fraction's)
        ("Version 5.3.24 of the catalogue app", None),
        ("5/3/24 of the votes", None),
    ],
)
def test_the_whole_short_year_day(text: str, want: str | None) -> None:
    assert _whole_short_year_day(text) == want
