"""The bounds every date passes: nothing before the web, nothing more than a day or two ahead of
now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

EARLIEST = datetime(1991, 8, 6)  # the first web page
FUTURE_SLACK = timedelta(days=2)


def in_bounds(value: datetime, now: datetime | None = None) -> bool:
    """True for a plausible publication date: after the first web page, not in the future."""
    try:
        naive = value.replace(tzinfo=None) if value.tzinfo is None else _to_naive_utc(value)
    except OverflowError:  # year 1 or 9999 with an offset has no UTC equivalent
        return False
    now = now or datetime.now(UTC).replace(tzinfo=None)
    return EARLIEST <= naive <= now + FUTURE_SLACK


def _to_naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)
