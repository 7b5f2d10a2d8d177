"""The sources' instants shown at the offset the reader saw them at: a UTC stamp at the offset
another source gives the same instant, an instant near midnight at the zone whose day the
page shows, the URL's day cut from the UTC clock, a modification at the publication's offset."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, timezone

import attrs

from newsextract.dating.zones import offsets_in_use
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.published_terms import (
    EVENING_REACH,
    MORNING_REACH,
    SAME_INSTANT,
    UPDATE_OFFSET_REACH,
    as_utc,
    has_local_offset,
    has_time,
)
from newsextract.origin import Origin


def days_of_sources(candidates: Sequence[Candidate]) -> set[date]:
    """The days the machine-readable sources give (the visible text's are not theirs), an
    instant in UTC taken at the page's offset when another source gives the same instant
    with it (two writings of one instant are no disagreement)."""
    return {
        c.value.date()
        for c in localised([c for c in candidates if c.origin is not Origin.TEXT])
        if isinstance(c.value, datetime)
    }


def next_day_east(
    candidates: Sequence[Candidate], shown_days: set[date] | frozenset[date] = frozenset()
) -> list[Candidate]:
    """Instants in UTC or without an offset within ``EVENING_REACH`` of midnight, beside a
    structured source's bare day of the next day or that day written on the page
    (``shown_days``), shown at the smallest offset in use that puts them on it
    (2020-12-05T23:15:00 beside a bare 2020-12-06 becomes 2020-12-06T00:15:00+01:00)."""
    next_days = set(shown_days) | {
        c.value.date()
        for c in candidates
        if c.origin not in (Origin.TEXT, Origin.URL)
        and isinstance(c.value, datetime)
        and c.value.tzinfo is None
        and not has_time(c.value)
    }
    if not next_days:
        return list(candidates)

    def east(value: datetime) -> datetime | None:
        if value.utcoffset() not in (None, timedelta(0)):
            return None
        if value.date() + timedelta(days=1) not in next_days:
            return None
        utc = value.replace(tzinfo=UTC)
        midnight = datetime.combine(value.date() + timedelta(days=1), datetime.min.time(), UTC)
        reach = [o for o in offsets_in_use() if timedelta(0) < o <= EVENING_REACH]
        offset = min((o for o in reach if utc + o >= midnight), default=None)
        return None if offset is None else utc.astimezone(timezone(offset))

    return _each_moved(candidates, east)


def day_before_west(candidates: Sequence[Candidate], shown_days: set[date]) -> list[Candidate]:
    """Instants in UTC within ``MORNING_REACH`` after midnight, when the page shows only the
    day before (a published ``<time>``'s own text, or a day after a publication label, without
    a time) and no source gives an offset other than UTC's, shown at the smallest offset west
    of UTC in use that puts them on that day (2024-03-05T04:10:00Z beside "March 4, 2024"
    becomes 2024-03-04T23:10:00-05:00): the site stores UTC and prints its own day, and the
    instant is kept. A page showing another day (two days before, a caption's, a time far
    from midnight) keeps the UTC day."""
    if len(shown_days) != 1 or any(has_local_offset(c.value) for c in candidates):
        return list(candidates)
    (shown,) = shown_days

    def west(value: datetime) -> datetime | None:
        if value.utcoffset() != timedelta(0) or value.date() - timedelta(days=1) != shown:
            return None
        since = value - datetime.combine(value.date(), datetime.min.time(), value.tzinfo)
        reach = [o for o in offsets_in_use() if -MORNING_REACH <= o < timedelta(0)]
        offset = max((o for o in reach if since + o < timedelta(0)), default=None)
        return None if offset is None else value.astimezone(timezone(offset))

    return _each_moved(candidates, west)


def _each_moved(
    candidates: Sequence[Candidate], move: Callable[[datetime], datetime | None]
) -> list[Candidate]:
    """``candidates`` with each value that has a time of day replaced by what ``move`` makes
    of it (the same instant at another offset), where it makes anything."""
    out = []
    for candidate in candidates:
        value = candidate.value
        moved = move(value) if isinstance(value, datetime) and has_time(value) else None
        out.append(candidate if moved is None else attrs.evolve(candidate, value=moved))
    return out


def with_page_offset(value: datetime, candidates: Sequence[Candidate]) -> datetime:
    """A time written without an offset, given the offset the page's other dates of that
    day carry: the wall clock on a page is in the site's own zone. UTC is no evidence (many
    sites write every date in UTC), so only another offset is taken."""
    if value.tzinfo is not None or not has_time(value):
        return value
    for candidate in candidates:
        other = candidate.value
        if (
            isinstance(other, datetime)
            and other.date() == value.date()
            and other.utcoffset() not in (None, timedelta(0))
        ):
            return value.replace(tzinfo=other.tzinfo)
    return value


def localised(candidates: Sequence[Candidate]) -> list[Candidate]:
    """UTC values replaced by the same instant in the page's own offset when one source has it.

    A reader sees the local day: 02:25 UTC on the 25th is the 24th in New York.
    """
    local = [
        c.value
        for c in candidates
        if isinstance(c.value, datetime) and c.value.utcoffset() not in (None, timedelta(0))
    ]
    if not local:
        return list(candidates)
    out = []
    for candidate in candidates:
        value = candidate.value
        if isinstance(value, datetime) and value.utcoffset() == timedelta(0):
            for other in local:
                if abs(other - value) <= SAME_INSTANT:
                    candidate = Candidate(
                        field=candidate.field,
                        value=value.astimezone(other.tzinfo),
                        origin=candidate.origin,
                        detail=candidate.detail,
                    )
                    break
        out.append(candidate)
    return out


def url_cut_in_utc(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The URL's day moved to a source's local day when it is that source's instant's day in
    UTC and not its local one: the CMS cut the path from the UTC clock ("/2024/03/05/" beside
    "2024-03-04T23:10:00-05:00"), and the reader's day is the local one. One writing of one
    instant, not two days disagreeing."""
    if not any(c.origin is Origin.URL for c in candidates):
        return list(candidates)  # most pages: no day in the URL
    instants = [
        c.value
        for c in candidates
        if c.origin not in (Origin.TEXT, Origin.URL)
        and has_time(c.value)
        and has_local_offset(c.value)
    ]
    out = []
    for candidate in candidates:
        value = candidate.value
        if candidate.origin is Origin.URL and isinstance(value, datetime):
            for instant in instants:
                assert isinstance(instant, datetime)
                local_day = instant.date()
                if local_day != value.date() == as_utc(instant).date():
                    candidate = attrs.evolve(
                        candidate, value=datetime.combine(local_day, datetime.min.time())
                    )
                    break
        out.append(candidate)
    return out


def localised_modified(value: datetime, stamps: Sequence[object], published: object) -> datetime:
    """The chosen modification time ``value`` at the page's own offset, as the publication
    gets it: a UTC instant at the offset another modification stamp gives the same instant
    (``localised``), else, within ``UPDATE_OFFSET_REACH`` of a ``published`` time that has
    the site's offset, at that offset ("2024-03-05T19:12:00Z" beside a publication at -05:00
    is 14:12-05:00); a time written without an offset ("Päivitetty 5.3.2024 12.47") takes
    it too. UTC is no evidence of the site's zone (many sites write every date in UTC)."""
    if not has_time(value):
        return value
    if value.utcoffset() == timedelta(0):
        for other in stamps:
            if (
                isinstance(other, datetime)
                and other.utcoffset() not in (None, timedelta(0))
                and abs(other - value) <= SAME_INSTANT
            ):
                return value.astimezone(other.tzinfo)
    if not isinstance(published, datetime) or published.utcoffset() in (None, timedelta(0)):
        return value
    if abs(as_utc(value) - as_utc(published)) > UPDATE_OFFSET_REACH:
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=published.tzinfo)
    if value.utcoffset() == timedelta(0):
        return value.astimezone(published.tzinfo)
    return value
