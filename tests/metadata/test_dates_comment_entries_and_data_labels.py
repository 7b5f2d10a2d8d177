"""Dates a page shows that are not its own: readers' comments listed after the article in a
container no class names a comment section ("responses"), each with its poster's date and
time, which outweighed the day in the URL; and a day under a label of the page's data (an
event's "Termin:", "Date: Saturday, …", an offer's "Deadline:"), taken as the publication.
Every page here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.metadata.data_labels import data_label

_TEXT = (
    "<p>The harbour board agreed on Tuesday to rebuild the old fish market as a covered hall"
    " for the Saturday farmers' market, with room for forty stalls.</p><p>Work starts after"
    " the summer season and the hall should open in time for the spring market next year.</p>"
)


def _page(lang: str, main: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Example post |"
        " Example Blog</title></head><body><header class='site-header'><a class='logo'"
        f" href='/'>Example Blog</a></header>{main}<footer class='site-footer'><p>© Example"
        " Blog</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [
        ("en", "March 7, 2024 at 10:30 am"),
        ("fr", "7 mars 2024 à 10 h 30"),
        ("it", "7 marzo 2024 alle 10:30"),
        ("nl", "7 maart 2024 om 10:30"),
        ("pl", "7 marca 2024 o 10:30"),
    ],
)
def test_comments_after_the_article_do_not_date_the_post(lang: str, stamp: str) -> None:
    entries = "".join(
        f"<div class='response'><b>{name}</b> <span class='date'>{stamp}</span>"
        "<p>Thanks, good to know.</p></div>"
        for name in ("Ana", "Ben")
    )
    html = _page(
        lang,
        f"<main><article><h1>Example post</h1>{_TEXT}</article>"
        f"<section class='responses'><h3>2</h3>{entries}</section></main>",
    )
    article = newsextract.extract(html, url="https://example.blog/2024/03/03/example-post/")
    assert article.published == datetime(2024, 3, 3)


def test_a_forum_threads_posts_still_date_it() -> None:
    """No ``<article>`` holds the headline: the posts are the page's text, the first dates it."""
    posts = "".join(
        f"<div class='post'><b>{name}</b> <span class='date'>{day} March 2024, 10:30</span>"
        "<p>The early ferry now leaves ten minutes before the bus arrives.</p></div>"
        for name, day in (("Ana", 3), ("Ben", 4), ("Cleo", 5))
    )
    html = _page("en", f"<main><h1>Ferry timetable</h1>{posts}</main>")
    article = newsextract.extract(html, url="https://forum.example.org/t/ferry-timetable")
    assert article.published == datetime(2024, 3, 3, 10, 30)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "<p>Date: Saturday, 14 June 2025, 19:30</p><p>Place: Riverside Park</p>"),
        ("de", "<p>Termin: Samstag, 14. Juni 2025, 19:30 Uhr</p><p>Ort: Stadtpark</p>"),
        ("es", "<p>Cuándo: sábado, 14 de junio de 2025, 19:30</p><p>Dónde: Parque</p>"),
    ],
)
def test_an_events_day_under_its_label_is_no_publication(lang: str, line: str) -> None:
    html = _page(lang, f"<main><h1>Summer concert</h1><div class='event-info'>{line}</div></main>")
    article = newsextract.extract(html, url=f"https://example.org/{lang}/events/summer-concert")
    assert article.published is None or article.published.hour == 0  # the page search's guess


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("Termin: ", True),
        ("Deadline: ", True),
        ("Date: Saturday, ", True),
        ("Livraison estimée : ", True),
        ("Veröffentlicht am: ", False),
        ("Datum: ", False),
        ("প্রকাশ: ", False),  # Bengali "published", its words with vowel signs and a virama
        ("नियत तिथि: ", True),  # Hindi "due date"
        ("Published: ", False),
        ("Updated: ", False),
        ("By Jane Roe | ", False),
        ("", False),
    ],
)
def test_a_data_label_is_not_a_dates_own(label: str, data: bool) -> None:
    assert data_label(label) is data


def test_a_definition_terms_label_is_its_dates() -> None:
    """A term labels its description's date: an event's facts list gives no publication, a
    post's meta list its publication with the time."""
    event = _page(
        "de",
        "<main><h1>Sommerkonzert</h1><dl class='event-info'><dt>Termin</dt><dd>Samstag, 14. Juni"
        " 2025, 19:30 Uhr</dd><dt>Ort</dt><dd>Stadtpark</dd></dl><p>Eintritt frei.</p></main>",
    )
    found = newsextract.extract(event, url="https://example.org/de/veranstaltungen/konzert")
    assert found.published is None or found.published.hour == 0  # the page search's guess
    post = _page(
        "de",
        "<main><article><h1>Neue Markthalle</h1><dl class='article-info'><dt>Veröffentlicht</dt>"
        f"<dd>3. März 2024, 10:20 Uhr</dd><dt>Autorin</dt><dd>Jana Roth</dd></dl>{_TEXT}"
        "</article></main>",
    )
    found = newsextract.extract(post, url="https://example.org/de/lokales/markthalle")
    assert found.published == datetime(2024, 3, 3, 10, 20)


def test_the_posts_own_date_line_after_its_article_stays() -> None:
    """Its date element is classed like the related posts' after it, in another parent."""
    related = "".join(
        f"<div class='item'><a href='/p{day}'>Another story</a> <span class='date'>{day} February"
        " 2024, 09:00</span></div>"
        for day in (27, 28)
    )
    html = _page(
        "en",
        f"<main><article><h1>Example post</h1>{_TEXT}</article><div class='post-meta'><span"
        " class='date'>March 3, 2024, 10:20</span></div><div class='more'>"
        f"{related}</div></main>",
    )
    article = newsextract.extract(html, url="https://example.org/news/example-post")
    assert article.published == datetime(2024, 3, 3, 10, 20)
