"""The first written date winning outright, when the page's stamps are known to be other than
its publication: a republication, a stamp the update overwrote, a template's old stamp, a
later page of a forum thread."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from newsextract.metadata.candidate import Candidate
from newsextract.metadata.local_instants import days_of_sources
from newsextract.metadata.published_terms import (
    CLOCK_TOLERANCE,
    LABELLED_DATE,
    TEMPLATE_AGE,
    URL_DAY_LEAD,
    as_utc,
    has_time,
    latest_day,
    more_precise,
)
from newsextract.metadata.written_clocks import seen_as
from newsextract.origin import Origin


def later_modified_days(
    candidates: Sequence[Candidate], modified: Sequence[Candidate]
) -> set[date]:
    """The days of the sources' ``modified`` stamps later than every published day."""
    days = days_of_sources(candidates)
    if not days:
        return set()
    return {
        c.value.date()
        for c in modified
        if c.origin not in (Origin.TEXT, Origin.RULE)
        and isinstance(c.value, datetime)
        and c.value.date() > max(days)
    }


def _republished(
    candidates: Sequence[Candidate], modified: Sequence[Candidate]
) -> Candidate | None:
    """The first written date when it is the day of a later ``modified`` stamp: the story
    was republished, and its byline shows the day it came out again, which is the date its
    readers (and the evaluation sets) give it; the sources keep the first publication. A
    site rule's date is kept."""
    if any(c.origin is Origin.RULE for c in candidates):
        return None
    later = later_modified_days(candidates, modified)
    written = next((c for c in candidates if c.origin is Origin.TEXT), None)
    if written is None or not isinstance(written.value, datetime):
        return None
    day = written.value.date()
    published = [
        c.value for c in candidates if c.origin is not Origin.TEXT and isinstance(c.value, datetime)
    ]
    # Later than every published day even where it is latest (2021-11-04T23:00Z is the 5th
    # in Berlin: a page showing the 5th shows its publication, not a republication).
    return written if day in later and all(day > latest_day(v) for v in published) else None


def _first_post_here(candidates: Sequence[Candidate]) -> Candidate | None:
    """On a later page of a forum thread, the first written date (its first post's) when
    its day is later than the JSON-LD thread's: that node dates the thread's first post, on
    page one, and the posts here were written after it. An earlier day is no post of the
    thread (a member's join date, a sidebar's). A site rule's date is kept."""
    if any(c.origin is Origin.RULE for c in candidates):
        return None
    written = next((c for c in candidates if c.origin is Origin.TEXT), None)
    if written is None or not isinstance(written.value, datetime):
        return None
    day = written.value.date()
    stamps = [
        c.value for c in candidates if c.origin is Origin.JSONLD and isinstance(c.value, datetime)
    ]
    if not stamps or not all(day > latest_day(v) for v in stamps):
        return None
    # The same day from another source may carry the time (a post's <time datetime>).
    for other in candidates:
        same_day = isinstance(other.value, datetime) and other.value.date() == day
        if same_day and other.origin is not Origin.JSONLD and more_precise(other, written):
            written = other
    return written


def shown_over_stamps(
    candidates: Sequence[Candidate], modified: Sequence[Candidate], thread_page: bool = False
) -> tuple[Candidate | None, str]:
    """The first written date when the page's stamps are known to be other than its
    publication (a republication, an overwritten stamp, a later page of a thread), with why
    it wins."""
    shown = _first_post_here(candidates) if thread_page else None
    if shown is not None:
        return shown, "a later page of a thread: JSON-LD gives its first post, on page one"
    shown = _republished(candidates, modified)
    if shown is not None and isinstance(shown.value, datetime):
        return shown, f"the page shows its republication on {shown.value.date()}"
    shown = _before_overwrite(candidates, modified)
    if shown is not None:
        return shown, "every published stamp is the modified one: the written time is earlier"
    shown = _over_template_stamp(candidates)
    if shown is not None:
        return shown, f"JSON-LD's day is more than {TEMPLATE_AGE.days} days before the page's"
    return None, ""


def _over_template_stamp(candidates: Sequence[Candidate]) -> Candidate | None:
    """The first written date when the only stamps are JSON-LD's and each is more than
    ``TEMPLATE_AGE`` before it: the site's template wrote them (its launch, a default),
    while the page shows the story's day (probe en_jsonld_template_year_older). The
    written date must be labelled a publication, or the stamps bare days (a template's
    value is typed by hand, a CMS's stamp carries the second it was saved): on a landing
    page the first date written is a listed post's ("22. Juni 2022" under a WebPage's
    stamp of two years before). A site rule's date is kept."""
    written = next((c for c in candidates if c.origin is Origin.TEXT), None)
    if written is None or not isinstance(written.value, datetime):
        return None
    stamps = [c for c in candidates if c.origin is not Origin.TEXT]
    if not stamps or any(c.origin is not Origin.JSONLD for c in stamps):
        return None
    if written.detail != LABELLED_DATE and any(has_time(c.value) for c in stamps):
        return None
    day = written.value.date()
    old = all(
        isinstance(c.value, datetime) and day - latest_day(c.value) > TEMPLATE_AGE for c in stamps
    )
    return written if old else None


def _before_overwrite(
    candidates: Sequence[Candidate], modified: Sequence[Candidate]
) -> Candidate | None:
    """The first written time when every published stamp is the ``modified`` instant (the
    CMS wrote the update over the publication: "January 19, 2020 / 12:25 PM / Updated 8
    hours ago" beside ``published_time`` = ``modified_time`` = the next morning), it is
    earlier than them by at most ``URL_DAY_LEAD`` and no source's instant at any offset."""
    if any(c.origin is Origin.RULE for c in candidates):
        return None
    updates = [
        as_utc(c.value)
        for c in modified
        if c.origin not in (Origin.TEXT, Origin.RULE)
        and isinstance(c.value, datetime)
        and has_time(c.value)
    ]
    stamps = [
        c.value for c in candidates if c.origin is not Origin.TEXT and isinstance(c.value, datetime)
    ]
    written = next((c for c in candidates if c.origin is Origin.TEXT), None)
    if (
        not updates
        or not stamps
        or written is None
        or not isinstance(written.value, datetime)
        or not has_time(written.value)
    ):
        return None
    overwritten = all(
        has_time(v) and any(abs(as_utc(v) - u) <= CLOCK_TOLERANCE for u in updates) for v in stamps
    )
    if not overwritten or seen_as(written.value, stamps) is not None:
        return None
    earlier = min(map(as_utc, stamps)) - as_utc(written.value)
    return written if timedelta(0) < earlier <= URL_DAY_LEAD else None
