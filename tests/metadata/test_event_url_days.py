"""A URL's day that is an event's, not the page's (wave 71d): more than a day after the day
the page writes under its publication label, within a year of it, and no machine stamp on
it, the URL's day does not vote; a year on (a repost) or stamped by JSON-LD, it does. A day
in the URL takes one separator throughout: "/avis/2024-0117" is a reference number."""

from __future__ import annotations

from datetime import date

import pytest

import newsextract


def _page(posted: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Summer fair'
        f"</title>{head}</head><body><main><article><h1>Summer fair on the green</h1>"
        f'<p class="byline">Posted {posted}</p><p>The fair returns to the green with stalls, '
        "music and games for children, as every year since the village hall reopened.</p>"
        "</article></main></body></html>"
    )


_URL = "https://www.riverside.example.org/events/2024/06/15/summer-fair"
_STAMP = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
    '"NewsArticle", "datePublished": "2024-06-15"}</script>'
)


@pytest.mark.parametrize(
    ("posted", "head", "want"),
    [
        ("5 March 2024", "", date(2024, 3, 5)),  # the URL names the event's day
        ("14 June 2024", "", date(2024, 6, 15)),  # a day apart: a zone's reach, the URL votes
        ("5 March 2022", "", date(2024, 6, 15)),  # over a year before: a repost's address
        ("5 March 2024", _STAMP, date(2024, 6, 15)),  # a machine stamp gives the URL's day
    ],
)
def test_a_urls_day_after_the_labelled_day(posted: str, head: str, want: date) -> None:
    article = newsextract.extract(_page(posted, head), url=_URL)
    assert article.published is not None
    assert article.published.date() == want


@pytest.mark.parametrize(
    ("path", "want"),
    [
        ("/avis/2024-0117", None),  # a reference number: two separators differ
        ("/news/2024-01-17-library", date(2024, 1, 17)),
        ("/news/20240117/library", date(2024, 1, 17)),
        ("/news/2024/01/17/library", date(2024, 1, 17)),
        ("/news/2024_01_17_library", date(2024, 1, 17)),
    ],
)
def test_a_urls_day_takes_one_separator(path: str, want: date | None) -> None:
    html = "<html><body><article><h1>Library</h1><p>No date shown here.</p></article></body></html>"
    article = newsextract.extract(html, url="https://www.example.org" + path)
    assert (article.published.date() if article.published else None) == want
