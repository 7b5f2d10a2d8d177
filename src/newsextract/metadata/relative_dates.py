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

import functools
import re
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta, timezone

from selectolax.lexbor import LexborNode

from newsextract.dates import parse_machine_date
from newsextract.dating.relative import (
    RelativeStamp,
    find_day_word_stamp,
    find_relative_stamp,
    stamp_age,
    within_the_web,
)
from newsextract.dating.yearless import yearless_day
from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_END, searched_alternation
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.element_places import in_sidebar
from newsextract.metadata.fields import ArticleField, Evidence
from newsextract.metadata.other_items import in_other_item, in_story_list
from newsextract.metadata.site_header import page_header, within
from newsextract.metadata.visible_blocks import MAX_BLOCK
from newsextract.metadata.visible_dates import DATE_SCOPES, beside_headline
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
# A line under the headline this short is a byline's or a date's, not a standfirst's
# sentence ("3 years ago the mill closed, …"), whose stamp is the story's matter.
_HEADLINE_LINE = 60


def relative_date(page: ParsedPage, fetched_at: datetime, language: str | None) -> Candidate | None:
    """The publication the first relative stamp of the page's date-classed elements names
    (``visible_dates.DATE_SCOPES``: the same places its written dates are read in), reckoned
    back from ``fetched_at``, or the day one writes without its year (``dating.yearless``);
    not a stamp in the site's top bar, a sidebar, a comment or a related story's teaser. An
    evidence, not a candidate of ``published``: ``resolve`` takes it only when no source
    has a date."""
    fetched = _aware(fetched_at)
    utc_now = fetched.astimezone(UTC).replace(tzinfo=None)
    for node, text in _date_texts(page):
        stamp, day_word = _first_stamp(text, language)
        found: datetime | None = None
        if stamp is not None:
            precision = PRECISION[stamp.unit]
            if within_the_web(stamp, utc_now):  # first: an age past the web's overflows
                precision, found = _reckoned(text, stamp, day_word, fetched, page)
        else:
            precision, found = "year-less", yearless_day(text, language, utc_now)
        if found is None or _elsewhere(page, node):
            continue
        return Candidate(
            field=Evidence.RELATIVE_DATE,
            value=found,
            origin=Origin.TEXT,
            detail=f"relative-stamp:{precision}",
        )
    return None


def relative_update(
    page: ParsedPage, fetched_at: datetime, language: str | None
) -> Candidate | None:
    """The last update a relative stamp right after an update label names ("Updated 3 days
    ago", "Aktualisiert vor 2 Stunden", "Mis à jour il y a 5 heures"), reckoned back from
    ``fetched_at`` as ``relative_date`` reckons the publication, in the same elements; a
    candidate of ``modified`` that ``resolve`` asks for only when no source gives one."""
    fetched = _aware(fetched_at)
    utc_now = fetched.astimezone(UTC).replace(tzinfo=None)
    for node, text in _date_texts(page):
        for label in _update_label().finditer(text):
            rest = text[label.end() :]
            stamp, day_word = _first_stamp(rest, language)
            if (
                stamp is None
                or stamp.start > _LABEL_GAP
                or rest[: stamp.start].strip(_GAP_MARKS)
                or not within_the_web(stamp, utc_now)
                or _elsewhere(page, node)
            ):
                continue
            precision, value = _reckoned(rest, stamp, day_word, fetched, page)
            return Candidate(
                field=ArticleField.MODIFIED,
                value=value,
                origin=Origin.TEXT,
                detail=f"relative-update:{precision}",
            )
    return None


# What may stand between an update label and its stamp: a colon, a dash, spaces
# ("Updated: 3 hours ago", "Aktualisiert – vor 2 Stunden"); anything more is another text.
_GAP_MARKS = " :：-–—·|"
# ... and how many of them: " : " at most; a longer run is a line's separator.
_LABEL_GAP = 3


def _first_stamp(text: str, language: str | None) -> tuple[RelativeStamp | None, bool]:
    """The first relative stamp of ``text``, else its day word's ("yesterday at 16:15"), and
    whether it is a day word's."""
    stamp = find_relative_stamp(text, language)
    if stamp is not None:
        return stamp, False
    stamp = find_day_word_stamp(text, language)
    return stamp, stamp is not None


def _reckoned(
    text: str, stamp: RelativeStamp, day_word: bool, fetched: datetime, page: ParsedPage
) -> tuple[str, datetime]:
    """The instant ``stamp`` names, reckoned back from ``fetched``, and its precision: a day
    word's time at the page's offset when it states one (``at_page_offset``), else as
    precise as the stamp's unit (``PRECISION``)."""
    if day_word:
        timed = at_page_offset(text, stamp, fetched, page)
        if timed is not None:
            return "minute-at-page-offset", timed
    precision = PRECISION[stamp.unit]
    return precision, at_precision(fetched - stamp_age(stamp), precision)


@functools.cache
def _update_label() -> re.Pattern[str]:
    """Words calling a date the last update, of any language ("Updated", "Aktualisiert")."""
    return re.compile(searched_alternation(LabelList.UPDATED) + LABEL_END, re.I)


def _aware(fetched_at: datetime) -> datetime:
    """``fetched_at``, in UTC when it has no offset (a fetch time is a machine's)."""
    return fetched_at if fetched_at.tzinfo is not None else fetched_at.replace(tzinfo=UTC)


def _date_texts(page: ParsedPage) -> Iterator[tuple[LexborNode, str]]:
    """The texts of the page's date-classed elements (and those named by a test id), as
    short as a date line, the first ``_MAX_ELEMENTS`` of them."""
    body = page.body
    if body is None:
        return
    scopes = DATE_SCOPES.for_page(page.names, page.names_by_attribute)
    query = f"{scopes}, {_TEST_ID_DATES}" if scopes else _TEST_ID_DATES
    for count, node in enumerate(body.css(query)):
        if count >= _MAX_ELEMENTS:
            return
        text = clean_text(node.text(deep=True, separator=" "))
        if text and len(text) <= MAX_BLOCK:
            yield node, text
    # then the short lines right under the headline, whatever their class: a script-built
    # page's date line is a <span> of a hashed class ("css-p2k1m8": "pirms 3 stundām")
    for node in beside_headline(page):
        text = clean_text(node.text(deep=True, separator=" "))
        if text and len(text) <= _HEADLINE_LINE:
            yield node, text


def _elsewhere(page: ParsedPage, node: LexborNode) -> bool:
    """Whether ``node`` is in the site's top bar, a sidebar, another item or a story list:
    asked only of an element with a stamp (a climb through its ancestors)."""
    return (
        within(node, page_header(page))
        or in_other_item(node)
        or in_sidebar(node)
        or in_story_list(node)
    )


# A day word's clock time as the stamp ends it, and the 12-hour mark that may follow it
# ("Yesterday at 4:15 PM", "today, 09.30 a.m.").
_CLOCK = LazyPattern(r"(\d{1,2})[:.](\d{2})(?:\s?([ap])\.?\s?m\b\.?)?", re.I)
# The chars after the stamp's end searched for its 12-hour mark.
_MARK_REACH = 6


def at_page_offset(
    text: str, stamp: RelativeStamp, fetched: datetime, page: ParsedPage
) -> datetime | None:
    """A day word's stamp ("Yesterday at 4:15 PM") as the instant it names, when the page
    states its clock's offset elsewhere: its ``<time datetime>`` elements (another story's,
    a sidebar's too: one site, one clock) all write one offset other than UTC's (which many
    sites write every stamp in, whatever their zone). The day is counted back on that clock
    from ``fetched``. None otherwise: the zone unknown, only the day is reckoned."""
    zone = page_offset(page)
    if zone is None:
        return None
    clock = _CLOCK.search(text, stamp.start, stamp.end + _MARK_REACH)
    if clock is None or clock.start() >= stamp.end:
        return None
    hour, minute, mark = int(clock[1]), int(clock[2]), (clock[3] or "").lower()
    if mark:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if mark == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    day = fetched.astimezone(zone).date() - timedelta(days=stamp.amount)
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def page_offset(page: ParsedPage) -> timezone | None:
    """The one offset other than UTC's that the page's ``<time datetime>`` stamps write, or
    None (none, only UTC, or two: a page quoting another zone's time)."""
    offsets = set()
    for node in page.dated_times:
        value = parse_machine_date(node.attributes.get("datetime"))
        offset = value.utcoffset() if value is not None else None
        if offset is not None:
            offsets.add(offset)
    offsets.discard(timedelta(0))
    return timezone(offsets.pop()) if len(offsets) == 1 else None


def at_precision(instant: datetime, precision: str) -> datetime:
    """``instant`` kept to ``precision``: the minute or the hour (its offset kept), or the
    day (its date at midnight without an offset, as a day alone is written)."""
    if precision == "minute":
        return instant.replace(second=0, microsecond=0)
    if precision == "hour":
        return instant.replace(minute=0, second=0, microsecond=0)
    return datetime(instant.year, instant.month, instant.day)
