"""The page search's first step reads the day in the page's address, which the URL source
already votes for: that answer is no second opinion, and a written date with a time of day
beats the URL's day as it does alone (second_opinion.py ``page_date_finder``)."""

from __future__ import annotations

from datetime import date

import newsextract

TEXT = "<p>" + "The council met to decide how the riverside path will be repaired. " * 4 + "</p>"


def _page(dateline: str) -> str:
    return (
        "<html lang='en'><head><title>Notes</title></head><body><main><article>"
        f"<h1>Notes from the council</h1>{dateline}{TEXT}</article></main></body></html>"
    )


def test_a_timed_written_date_beats_the_urls_day() -> None:
    page = _page("<p class='date'>October 1, 2015 at 9:14 am</p>")
    published = newsextract.extract(page, url="https://example.com/2015/09/30/post/").published
    assert published is not None and published.date() == date(2015, 10, 1)


def test_the_urls_day_stands_against_a_bare_written_day() -> None:
    page = _page("<p class='date'>October 1, 2015</p>")
    published = newsextract.extract(page, url="https://example.com/2015/09/30/post/").published
    assert published is not None and published.date() == date(2015, 9, 30)


def test_a_url_day_alone_is_the_day() -> None:
    published = newsextract.extract(_page(""), url="https://example.com/2015/09/30/post/").published
    assert published is not None and published.date() == date(2015, 9, 30)
