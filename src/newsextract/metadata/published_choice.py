"""The publication date: the vote (``published.vote``) with the written dates read first when
they can add a time of day, no day after the fetch, an event's own day left out, a relative
stamp as the last resort."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import attrs

from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import ArticleField, Evidence, FieldName
from newsextract.metadata.local_offset import at_local_offset
from newsextract.metadata.published import needs_written_date, vote
from newsextract.metadata.published_terms import LABELLED_DATE
from newsextract.metadata.resolution import FieldResolution, Rejection, ordered
from newsextract.metadata.second_opinion import DateFinder
from newsextract.origin import Origin

if TYPE_CHECKING:
    from newsextract.metadata.visible_dates import WrittenDates

F = ArticleField


def resolve_published(
    by_field: Mapping[FieldName, list[Candidate]],
    text_date: Callable[[str | None], WrittenDates] | None,
    language: str | None,
    second_opinion: DateFinder | None,
    latest: date | None = None,
) -> tuple[FieldResolution, list[Candidate]]:
    """The vote, with the written dates read first when they can add a time of day; the
    written "Updated" date is returned for ``modified``. ``latest``: the last day the page
    can have been published on (``latest_publication_day``), a later date being none."""
    found, unread = ordered(by_field.get(F.PUBLISHED, ()), F.PUBLISHED)
    # The sources' modification stamps tell a page that shows its republication, or a stamp
    # the update overwrote (see ``published.vote``).
    modified, _ = ordered(by_field.get(F.MODIFIED, ()), F.MODIFIED)
    written_modified: list[Candidate] = []
    labelled_only = False
    if by_field.get(Evidence.UNDATED_THING):
        # A product's or an event's page: only a source's stamp for the page itself
        # is its date, never one written in its text or found by searching it; but an
        # event's page may say when it was posted, after a publication label
        # ("Veröffentlicht am 5. März 2024"): a product's would be its release day.
        second_opinion = None
        event_days = _event_days(by_field)
        labelled_only = bool(event_days)
        text_date = text_date if labelled_only else None
    thread_page = bool(by_field.get(Evidence.LATER_THREAD_PAGE))
    if text_date is not None and (thread_page or needs_written_date(found, modified)):
        written = text_date(language)
        # Beside bare days from other sources, only a written date with a time adds anything.
        date = written.first("published", timed_only=bool(found))
        if labelled_only and date is not None and _event_or_unlabelled(date, event_days):
            date = None  # the event's day ("Datum: 20. Juni 2024"), or a day its text mentions
        if thread_page:
            date = _first_post_here(written, found) or date
        found.extend([date] if date is not None else [])
        updated = written.first("modified")
        written_modified.extend([updated] if updated is not None else [])
    elif text_date is not None and not modified:
        # No source stamps an update: one written in the text ("Opdateret … kl. 12:40").
        updated = text_date(language).first("modified")
        written_modified.extend([updated] if updated is not None else [])
    shown_days = [
        c.value.date()
        for c in by_field.get(Evidence.SHOWN_DAY, ())
        if isinstance(c.value, datetime)
    ]
    future: list[Rejection] = []
    if latest is not None:
        future = [Rejection(c, "after the fetch time") for c in found if _after(c.value, latest)]
        found = [c for c in found if not _after(c.value, latest)]
        second_opinion = _not_after(second_opinion, latest)
    outcome = vote(
        found, second_opinion, modified=modified, thread_page=thread_page, shown_days=shown_days
    )
    rejected = [*unread, *future, *(Rejection(c, reason) for c, reason in outcome.rejected)]
    value = outcome.value
    if isinstance(value, datetime):
        value = at_local_offset(value, [*found, *written_modified])
    resolution = FieldResolution(
        field=F.PUBLISHED, chosen=outcome.chosen, value=value, rejected=tuple(rejected)
    )
    return resolution, written_modified


# The furthest a page's own clock runs ahead of UTC (Kiribati's +14:00): a page fetched at
# 13:00 UTC may show the next day's date, never the one after.
_CLOCK_AHEAD = timedelta(hours=14)


def latest_publication_day(fetched_at: datetime | None) -> date | None:
    """The last calendar day a page fetched at ``fetched_at`` can show as its publication
    (a page is published before it is fetched: a later day is a release's, an offer's end or
    an event's), on any clock; None without a fetch time."""
    if fetched_at is None:
        return None
    instant = fetched_at if fetched_at.tzinfo is not None else fetched_at.replace(tzinfo=UTC)
    try:
        return (instant.astimezone(UTC) + _CLOCK_AHEAD).date()
    except OverflowError:  # a fetch time at the calendar's end: no day is after it
        return None


def _after(value: Value, latest: date) -> bool:
    return isinstance(value, datetime) and value.date() > latest


def _not_after(finder: DateFinder | None, latest: date) -> DateFinder | None:
    """``finder`` answering nothing where its day is after ``latest``."""
    if finder is None:
        return None
    search = finder

    def find() -> datetime | None:
        found = search()
        return None if found is None or found.date() > latest else found

    return find


def _event_days(by_field: Mapping[FieldName, list[Candidate]]) -> frozenset[date]:
    """The first days of the page's events whose JSON-LD gives one (``startDate``): an
    event's page, not a product's, whose posted line may date it."""
    return frozenset(
        c.value.date()
        for c in by_field.get(Evidence.UNDATED_THING, ())
        if isinstance(c.value, datetime)
    )


def _event_or_unlabelled(written: Candidate, event_days: frozenset[date]) -> bool:
    """Whether a written date on an event's page is not the page's: none after a
    publication label, or one on the event's day (German "Datum:" labels both)."""
    day = written.value.date() if isinstance(written.value, datetime) else None
    return written.detail != LABELLED_DATE or day in event_days


def relative_published(
    published: FieldResolution,
    by_field: Mapping[FieldName, list[Candidate]],
    relative_date: Callable[[str | None], Candidate | None],
    language: str | None,
) -> FieldResolution:
    """``published`` from a relative stamp (``relative_dates``) when no source dated the
    page; a product's or an event's page (``Evidence.UNDATED_THING``) stays undated."""
    if by_field.get(Evidence.UNDATED_THING):
        return published
    stamp = relative_date(language)
    if stamp is None:
        return published
    chosen = attrs.evolve(stamp, field=F.PUBLISHED)
    return published._replace(chosen=chosen, value=chosen.value)


def _first_post_here(written: WrittenDates, found: Sequence[Candidate]) -> Candidate | None:
    """On a later page of a forum thread, the first written date after the day its JSON-LD
    gives (the thread's start, on page one): this page's first post."""
    starts = [c.value for c in found if c.origin is Origin.JSONLD and isinstance(c.value, datetime)]
    return written.first_after("published", max(starts).date()) if starts else None
