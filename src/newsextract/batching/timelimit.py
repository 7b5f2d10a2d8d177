"""A time limit per page in batch workers: one pathological page must not stall a worker.

It uses ``SIGALRM`` (an interval timer), so it applies in a process's main thread on POSIX,
which is where pool workers and the in-process runner extract; elsewhere (a thread, Windows)
pages run without a limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from newsextract.errors import ExtractionError

#: Seconds one page may take to decode and extract in a batch (a normal page takes ms).
PAGE_TIME_LIMIT = 120.0


class PageTimeoutError(ExtractionError, TimeoutError):
    """A page took longer than the batch's per-page time limit."""


def _raise(signum: int, frame: FrameType | None) -> None:
    raise PageTimeoutError(f"page took longer than {PAGE_TIME_LIMIT:g} s")


@contextmanager
def time_limit(seconds: float = PAGE_TIME_LIMIT) -> Iterator[None]:
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
