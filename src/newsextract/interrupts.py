"""Ctrl-C and SIGTERM as a run of the command line sees them: one clean end, with the summary
and the ``--resume`` hint, whichever signal ends the run and whenever it comes.

Three holes the eighth red team found (wave 63) each have a guard here. SIGTERM (``kill``,
``timeout``, a scheduler) ended a batch at once, without its summary, and the pool's
semaphores were reported leaked: it now ends the run as Ctrl-C does (``Terminated``). A
Ctrl-C from the terminal reaches the whole process group: the fork server, still importing
and warming the pipeline, and every worker printed a ``KeyboardInterrupt`` traceback. The
server is started with Ctrl-C ignored, which its workers inherit: the batch process alone
answers it, and shuts its pool down. A signal that came while a worker was being started
made the batch leave before the worker was known to the pool; the worker, forked after its
semaphores were gone, printed a ``FileNotFoundError`` traceback. A worker is now started
with the signal held until the pool knows it.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

# The signals a run ends on: the terminal's Ctrl-C and the polite "please stop" of kill,
# timeout(1) and job schedulers.
ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is, so that it ends as after Ctrl-C (status 143)."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated


def _in_main_thread() -> bool:
    """Python sets signal handlers in the main thread only."""
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Within, SIGTERM raises ``Terminated`` (unless the process has a handler of its own)."""
    if not _in_main_thread() or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Within, Ctrl-C and SIGTERM are noted, not acted on; each is delivered again at the
    end, to whatever handler was in place. Starting a worker process must not be cut in
    two: a process started but not yet known to its pool outlives the pool's clean-up."""
    if not _in_main_thread():
        yield
        return
    caught: list[int] = []

    def note(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    previous = {number: signal.signal(number, note) for number in ENDING_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for signum in dict.fromkeys(caught):
            signal.raise_signal(signum)


@contextlib.contextmanager
def interrupts_ignored() -> Iterator[None]:
    """Within, Ctrl-C is ignored, and so it is in a program started meanwhile for its whole
    life (an ignored signal stays ignored across ``exec``, where a blocked one does not stay
    blocked, and Python then installs no handler of its own): the batch's fork server and
    the workers it forks leave Ctrl-C to the batch. Hold it only while such a program is
    started (milliseconds): a Ctrl-C within is lost."""
    if not _in_main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
