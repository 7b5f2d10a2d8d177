"""A time limit per page in batch workers: one pathological page must not stall a worker.

Two deadlines. The soft one is ``SIGALRM`` (an interval timer), which raises
``PageTimeoutError`` in the page's code; but Python runs a signal handler only between
bytecodes, so a limit that fires inside one long C call (the HTML parser on a huge page,
lxml inside trafilatura) waits for that call to return. The hard one is a watchdog thread in
each pool worker: a page still running ``OVERRUN_GRACE`` seconds past its limit has its key
reported to the batch process and its worker process ended, which the dispatcher turns into
a ``PageTimeoutError`` row (see ``workers``). The soft limit applies in a process's main
thread on POSIX (where pool workers and the in-process runner extract; elsewhere pages run
without it); the hard one only in pool workers (``workers=1`` has no process to end).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from newsextract.errors import ExtractionError

#: Seconds one page may take to decode and extract in a batch (a normal page takes ms).
PAGE_TIME_LIMIT = 120.0
#: Seconds past the limit before the watchdog ends a worker stuck in a C call: long enough
#: for a call that is about to return (the soft limit then reports it), short enough that a
#: stuck page costs at most this much beyond its limit.
OVERRUN_GRACE = 10.0
#: The exit status of a worker that the watchdog ended.
OVERRUN_EXIT_STATUS = 75


class PageTimeoutError(ExtractionError, TimeoutError):
    """A page took longer than the batch's per-page time limit."""


@contextmanager
def time_limit(seconds: float = PAGE_TIME_LIMIT, *, key: str = "") -> Iterator[None]:
    """Raise ``PageTimeoutError`` in the block after ``seconds``; arm this process's watchdog
    (if one is installed) for the page ``key`` too."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    fired = False

    def _raise(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        fired = True
        raise PageTimeoutError(f"page took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    if _watchdog is not None:
        _watchdog.arm(key, seconds)
    try:
        yield
        if fired:  # a library caught the error (trafilatura's HTML loader catches any Exception)
            raise PageTimeoutError(f"page took longer than {seconds:g} s")
    finally:
        if _watchdog is not None:
            _watchdog.disarm()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Watchdog:
    """Ends this process when an armed page overruns its limit by ``grace`` seconds.

    ``report(key)`` is called first, so that the parent knows which page it was.
    """

    def __init__(self, report: Callable[[str], None], grace: float = OVERRUN_GRACE) -> None:
        self._report = report
        self._grace = grace
        self._changed = threading.Condition()
        self._page: tuple[str, float] | None = None  # (key, deadline on the monotonic clock)
        threading.Thread(target=self._watch, daemon=True, name="page-watchdog").start()

    def arm(self, key: str, seconds: float) -> None:
        with self._changed:
            self._page = (key, time.monotonic() + seconds + self._grace)
            self._changed.notify()

    def disarm(self) -> None:
        with self._changed:
            self._page = None
            self._changed.notify()

    def _watch(self) -> None:
        with self._changed:
            while True:
                if self._page is None:
                    self._changed.wait()
                    continue
                key, deadline = self._page
                left = deadline - time.monotonic()
                if left > 0:
                    self._changed.wait(left)
                    continue
                self._report(key)
                os._exit(OVERRUN_EXIT_STATUS)


_watchdog: Watchdog | None = None


def install_watchdog(report: Callable[[str], None], grace: float = OVERRUN_GRACE) -> None:
    """Guard this process's pages with a hard deadline (pool workers call this at start)."""
    global _watchdog
    _watchdog = Watchdog(report, grace)
