"""A date written on the page read against the sources' instants: a written time votes only
as a source's instant seen at an offset in use, a written bare day only as a UTC instant's
local midnight."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone

import attrs

from newsextract.dating.zones import offsets_in_use
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.local_instants import days_of_sources
from newsextract.metadata.published_terms import CLOCK_TOLERANCE, LABELLED_DATE, has_time
from newsextract.origin import Origin


def written_clocks(
    candidates: Sequence[Candidate],
) -> tuple[list[Candidate], list[tuple[Candidate, str]], frozenset[str]]:
    """Beside the sources' dates, a written day without a time votes only when a UTC instant
    is its local midnight, and a written date with its time (beside sources with times) only
    as a source's instant seen at an offset in use: each then carries that offset (unless
    the instant had none and the clocks agree). Returns the candidates, those dropped with
    why, and the provenance of the written dates with a time that matched."""
    machine = [c.value for c in candidates if c.origin is not Origin.TEXT]
    if not machine:
        return list(candidates), [], frozenset()
    instants = [v for v in machine if has_time(v)]
    source_days = days_of_sources(candidates)
    kept: list[Candidate] = []
    dropped: list[tuple[Candidate, str]] = []
    matched: set[str] = set()
    for candidate in candidates:
        value = candidate.value
        if candidate.origin is not Origin.TEXT or not isinstance(value, datetime):
            kept.append(candidate)
            continue
        if value.tzinfo is None and not has_time(value):  # a day written without a time
            midnight = _local_midnight(value, instants)
            if midnight is not None:
                kept.append(attrs.evolve(candidate, value=midnight))
            elif len(source_days) > 1 and value.date() in source_days:
                kept.append(candidate)  # the day the reader sees, between disagreeing sources
            elif (
                not instants
                and candidate.detail == LABELLED_DATE
                and value.date() >= max(source_days, default=value.date())
            ):
                kept.append(candidate)  # under its label, on or after bare days: see _weight
            else:
                dropped.append((candidate, "a bare written day adds nothing to the sources"))
            continue
        if not instants:
            kept.append(candidate)  # beside bare days: see TIMED_TEXT_WEIGHT
            continue
        seen = seen_as(value, instants)
        if seen is None:
            dropped.append((candidate, "its time of day is no source's instant at any offset"))
            continue
        matched.add(candidate.provenance)
        kept.append(attrs.evolve(candidate, value=seen))
    return kept, dropped, frozenset(matched)


def written_bare_days(candidates: Sequence[Candidate], *, labelled: bool = False) -> set[date]:
    """The days written on the page without a time (the first written date, in practice);
    with ``labelled``, only after a publication label (not a caption's day, a teaser's)."""
    return {
        c.value.date()
        for c in candidates
        if c.origin is Origin.TEXT
        and (not labelled or c.detail == LABELLED_DATE)
        and isinstance(c.value, datetime)
        and c.value.tzinfo is None
        and not has_time(c.value)
    }


def _local_midnight(day: datetime, instants: Sequence[object]) -> datetime | None:
    """The written ``day``'s midnight at the offset east of UTC where one of the UTC
    ``instants`` is exactly that midnight (a CMS storing a bare day as local midnight writes
    2021-11-04T23:00:00Z for the 5th in Berlin), or None."""
    for instant in instants:
        assert isinstance(instant, datetime)
        if instant.utcoffset() != timedelta(0):
            continue
        offset = day.replace(tzinfo=UTC) - instant
        if offset > timedelta(0) and offset in offsets_in_use():
            return day.replace(tzinfo=timezone(offset))
    return None


def seen_as(written: datetime, instants: Sequence[object]) -> datetime | None:
    """``written`` with the offset at which it is the wall clock of one of ``instants`` (a
    value without an offset counts as UTC, or, beside a written time with its offset, as the
    same wall clock), or None when it is none of them."""
    for instant in instants:
        assert isinstance(instant, datetime)
        utc = instant.astimezone(UTC) if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
        if written.tzinfo is not None:
            if abs(written - utc) <= CLOCK_TOLERANCE:
                return written
            if instant.tzinfo is None and abs(written.replace(tzinfo=None) - instant) <= (
                CLOCK_TOLERANCE
            ):
                return written  # a source's wall clock, its zone written on the page ("IST")
            continue
        delta = written.replace(tzinfo=UTC) - utc
        for offset in offsets_in_use():
            if abs(delta - offset) <= CLOCK_TOLERANCE:
                if not offset and instant.tzinfo is None:
                    return written  # the same clock, in a zone neither names
                return written.replace(tzinfo=timezone(offset))
    return None
