"""A progress bar on stderr (tqdm): pages done, pages/s, failures, skipped pages and, once
known, the ETA.

The total is counted on a background thread (``Counter``) while the run goes on, since
counting the pages of a folder of WARC archives takes a pass over them; until it is known
the bar shows the count and the rate only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Container, Iterable
from typing import TYPE_CHECKING, TextIO

from tqdm import tqdm

if TYPE_CHECKING:
    from newsextract.batching.encoded import EncodedRow
    from newsextract.batching.results import BatchItem


class Progress:
    """Counts items as they are written and shows them on ``file`` when ``enabled``."""

    def __init__(self, *, enabled: bool, file: TextIO, total: int | None = None) -> None:
        self.done = 0
        self.failed = 0
        self.skipped = 0
        self._total: int | None = total
        self._bar = tqdm(
            total=total,
            unit="page",
            file=file,
            disable=not enabled,
            dynamic_ncols=True,
            smoothing=0.05,
            mininterval=0.5,
        )

    def set_total(self, total: int) -> None:
        """The number of pages this run will do (may be called from any thread)."""
        self._total = total

    def update(self, item: BatchItem | EncodedRow) -> None:
        self.done += 1
        if item.failure is not None or item.skipped is not None:
            self.failed += item.failure is not None
            self.skipped += item.skipped is not None
            counts = {"failures": self.failed, "skipped": self.skipped}
            shown = ", ".join(f"{name}={n}" for name, n in counts.items() if n)
            self._bar.set_postfix_str(shown, refresh=False)
        if self._total is not None and self._bar.total != self._total:
            self._bar.total = max(self._total, self.done)
        self._bar.update(1)

    def close(self) -> None:
        self._bar.close()


CountFunction = Callable[[Iterable[str], Container[str], threading.Event], int | None]
"""Counts the pages of some inputs, less the skipped ones; None if it gave up."""
Report = Callable[[int], None]


class Counter:
    """Counts the inputs' pages on a daemon thread and reports the total once, when done.

    ``stop`` abandons the count (the run ended first); a count that fails is abandoned too
    (the bar then has no ETA, nothing else changes).
    """

    def __init__(
        self, count: CountFunction, inputs: Iterable[str], skip: Container[str], report: Report
    ) -> None:
        self._count, self._inputs, self._skip, self._report = count, inputs, skip, report
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="count")

    def start(self) -> Counter:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            total = self._count(self._inputs, self._skip, self._stop)
        except Exception:  # a count is a nicety; the run itself reports every problem
            return
        if total is not None and not self._stop.is_set():
            self._report(total)
