"""The page's own offset read off two stamps of one instant: one in UTC, one in local time
written without an offset.

A site that writes ``article:published_time`` as "2024-03-05T13:30:00Z" and its JSON-LD or
its byline as "2024-03-05T10:30:00" (no offset) tells its offset by the difference: -03:00.
The publication is then given at the site's offset, as a reader there saw it, and the
modification follows it (``local_instants.localised_modified``). The other way round, a
publication written without a zone takes the zone the page writes on its update ("March 3,
2025 - 2:20PM" beside "Updated March 3, 2025 - 4:05PM AEDT"): one site, one clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from newsextract.metadata.candidate import Candidate
from newsextract.metadata.published_terms import UPDATE_OFFSET_REACH, has_time
from newsextract.origin import Origin

# Offsets in use are whole quarter hours (Nepal +05:45, India +05:30) ...
_OFFSET_STEP = timedelta(minutes=15)
# ... from -12:00 to +14:00 (Kiribati).
_OFFSET_RANGE = (timedelta(hours=-12), timedelta(hours=14))
# Sources that write the page's own clock: its JSON-LD, microdata and visible text (a URL's
# day has no time; a <meta> tag's stamp is the one in UTC).
_LOCAL_SOURCES = frozenset({Origin.JSONLD, Origin.MICRODATA, Origin.TEXT, Origin.HTML})


def at_local_offset(value: datetime, candidates: Iterable[Candidate]) -> datetime:
    """``value`` at the offset a zone-less candidate of the page's own clock gives it, when
    ``value`` is in UTC and that candidate is the same instant at a whole quarter-hour offset;
    or at the offset a written time of the same instant carries ("11 मार्च 2024, 12:30 AM
    IST" beside "2024-03-10T19:00:00Z": the reader's day is the 11th); else ``value``
    unchanged."""
    if value.utcoffset() != timedelta(0) or not has_time(value):
        return value
    utc_wall = value.replace(tzinfo=None)
    for candidate in candidates:
        local = candidate.value
        if (
            candidate.origin not in _LOCAL_SOURCES
            or not isinstance(local, datetime)
            or not has_time(local)
        ):
            continue
        if local.tzinfo is not None:
            if candidate.origin is Origin.TEXT and local.utcoffset() and local == value:
                return value.astimezone(local.tzinfo)
            continue
        offset = local - utc_wall
        if (
            offset
            and offset % _OFFSET_STEP == timedelta(0)
            and _OFFSET_RANGE[0] <= offset <= _OFFSET_RANGE[1]
        ):
            return value.astimezone(timezone(offset))
    return value


def with_update_offset(value: datetime, modified: object) -> datetime:
    """``value``, written without an offset, at the offset of the page's ``modified`` time
    when that one has one other than UTC and is within ``UPDATE_OFFSET_REACH`` of it (a
    zone changes its offset at most twice a year); else ``value`` unchanged."""
    if value.tzinfo is not None or not has_time(value) or not isinstance(modified, datetime):
        return value
    offset = modified.utcoffset()
    if offset is None or offset == timedelta(0):
        return value
    if abs(modified.replace(tzinfo=None) - value) > UPDATE_OFFSET_REACH:
        return value
    return value.replace(tzinfo=modified.tzinfo)
