"""Rule hooks for ``test_wave74_records``, importable by worker processes by name."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from newsextract.batching.tasks import Task
from newsextract.batching.workers import process
from newsextract.options import ExtractOptions
from newsextract.page import ParsedPage


class LockedZone(tzinfo):
    """A zone of UTC+1 holding a lock: no pickle takes it (nor a datetime set in it)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return "LZ"


class BrokenZone(LockedZone):
    """A zone whose offset cannot be read."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        raise RuntimeError("no offset")


class Moment(datetime):
    """A datetime of a caller's own class, holding a lock."""

    lock = threading.Lock()

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a Moment cannot be pickled")


def locked_date(page: ParsedPage) -> datetime:
    return datetime(2024, 5, 3, 9, 40, tzinfo=LockedZone())


def broken_zone_date(page: ParsedPage) -> datetime:
    return datetime(2024, 5, 3, 9, 40, tzinfo=BrokenZone())


def moment(page: ParsedPage) -> datetime:
    return Moment(2024, 5, 3, 9, 40)


def chunk_with_an_unsendable_item(tasks: Sequence[Task], options: ExtractOptions) -> list[object]:
    """``process_chunk``, but the item of a task keyed "…unsendable" holds a lock: no pickle
    takes it back to the batch's process (a result of a kind no test of ours can make)."""
    items: list[object] = [process(task, options) for task in tasks]
    return [
        (item, threading.Lock()) if task.key.endswith("unsendable") else item
        for task, item in zip(tasks, items, strict=True)
    ]
