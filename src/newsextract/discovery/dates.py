"""The dates feeds state, read so that a bad one costs the date, not the URL; and the one
rule for comparing the dates sources state, with and without a UTC offset.

Feeds come from every kind of CMS: a date of ``0001-01-01``, one of ``9999-12-31`` or plain
garbage is common. Each becomes ``None`` (the entry is still listed); none may stop a
discovery. Dates outside the sanity bounds of ``newsextract.dates`` (before the web, far in
the future) are dropped too, as ``parse_machine_date`` drops them for sitemaps, so they
cannot sort first or pass ``since``.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from typing import Any

from newsextract.dating.bounds import in_bounds


def feed_date(value: Any) -> datetime | None:
    """feedparser's UTC ``struct_time`` as an aware datetime; None when unusable."""
    if not value:
        return None
    try:
        when = datetime.fromtimestamp(calendar.timegm(value), UTC)
        return when if in_bounds(when) else None
    except (OverflowError, ValueError, TypeError, OSError):  # OSError: the C library's range
        return None


def aware(value: datetime) -> datetime:
    """``value`` with a time zone: a date written without an offset is taken as UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
