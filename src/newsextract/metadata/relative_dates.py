"""The publication a relative stamp gives ("3 hours ago", "vor 2 Tagen", "3 saat önce"),
reckoned back from when the page was fetched (``ExtractOptions.fetched_at``).

A page that shows only such a stamp has no date of its own; with the instant it was fetched
(the fetcher's, a WARC record's ``WARC-Date``) the stamp names one, as precise as its unit:
"3 hours ago" to the hour, "2 days ago" to the day. Never reckoned from the clock: without
a fetch time ``extract`` gives no date, and the same page always gives the same Article. The
stamp is the last source of ``published`` (``resolve``): read only when no source gives a
date.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newsextract.dating.relative import (
    find_day_word_stamp,
    find_relative_stamp,
    stamp_age,
    within_the_web,
)
from newsextract.dating.yearless import yearless_day
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import Evidence
from newsextract.metadata.other_items import in_other_item, in_story_list
from newsextract.metadata.page_dates import in_sidebar
from newsextract.metadata.site_header import page_header, within
from newsextract.metadata.visible_blocks import MAX_BLOCK
from newsextract.metadata.visible_dates import DATE_SCOPES
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# What a stamp's unit leaves of the instant it reckons: seconds and minutes give the minute,
# hours the hour; a day or longer gives the day alone (a date without a time of day, as a
# URL's day is), the count being whole days back from the fetch.
PRECISION = {
    "second": "minute",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "day",
    "month": "day",
    "year": "day",
}
# Date-classed elements read for a stamp before giving up: the article's own come first.
_MAX_ELEMENTS = 40
# Elements a site's scripts name only by a test id ("storyPublishDate", "post-date",
# "timestamp": React sites name their date line so and give it no date class): read here,
# where a page without any other date is asked (not in every page's date scan, for its cost).
_TEST_ID_DATES = "[data-testid*=date i], [data-testid*=time i]"


def relative_date(page: ParsedPage, fetched_at: datetime, language: str | None) -> Candidate | None:
    """The publication the first relative stamp of the page's date-classed elements names
    (``visible_dates.DATE_SCOPES``: the same places its written dates are read in), reckoned
    back from ``fetched_at``, or the day one writes without its year (``dating.yearless``);
    not a stamp in the site's top bar, a sidebar, a comment or a related story's teaser. An
    evidence, not a candidate of ``published``: ``resolve`` takes it only when no source
    has a date."""
    body = page.body
    if body is None:
        return None
    fetched = fetched_at if fetched_at.tzinfo is not None else fetched_at.replace(tzinfo=UTC)
    utc_now = fetched.astimezone(UTC).replace(tzinfo=None)
    top_bar = page_header(page)
    scopes = DATE_SCOPES.for_page(page.names, page.names_by_attribute)
    query = f"{scopes}, {_TEST_ID_DATES}" if scopes else _TEST_ID_DATES
    for count, node in enumerate(body.css(query)):
        if count >= _MAX_ELEMENTS:
            return None
        text = clean_text(node.text(deep=True, separator=" "))
        if not text or len(text) > MAX_BLOCK:
            continue
        stamp = find_relative_stamp(text, language) or find_day_word_stamp(text, language)
        found: datetime | None = None
        if stamp is not None:
            precision = PRECISION[stamp.unit]
            if within_the_web(stamp, utc_now):  # first: an age past the web's overflows
                found = at_precision(fetched - stamp_age(stamp), precision)
        else:
            precision, found = "year-less", yearless_day(text, language, utc_now)
        if found is None:
            continue
        if within(node, top_bar) or in_other_item(node) or in_sidebar(node) or in_story_list(node):
            continue
        return Candidate(
            field=Evidence.RELATIVE_DATE,
            value=found,
            origin=Origin.TEXT,
            detail=f"relative-stamp:{precision}",
        )
    return None


def at_precision(instant: datetime, precision: str) -> datetime:
    """``instant`` kept to ``precision``: the minute or the hour (its offset kept), or the
    day (its date at midnight without an offset, as a day alone is written)."""
    if precision == "minute":
        return instant.replace(second=0, microsecond=0)
    if precision == "hour":
        return instant.replace(minute=0, second=0, microsecond=0)
    return datetime(instant.year, instant.month, instant.day)
