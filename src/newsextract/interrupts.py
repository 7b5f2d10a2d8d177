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
with the signal held until the pool knows it, and a pool is made with it held: a Ctrl-C
between a semaphore's registration with the resource tracker and its clean-up's left it
"leaked" (wave 65). A SIGTERM to the whole group killed a worker
while it wrote a chunk's result, and the pool waited for the rest of the message for ever
(one clean-clone CI run in several): the workers now leave the group's SIGTERM to the batch
and answer only their pool's (``end_on_terminate_from``).
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
    """Within, Ctrl-C and SIGTERM are ignored, and so they are in a program started meanwhile
    for its whole life (an ignored signal stays ignored across ``exec``, where a blocked one
    does not stay blocked, and Python then installs no handler of its own): the batch's fork
    server and the workers it forks leave both to the batch. Hold it only while such a
    program is started (milliseconds): a signal within is lost."""
    if not _in_main_thread():
        yield
        return
    previous = {number: signal.signal(number, signal.SIG_IGN) for number in ENDING_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def end_on_terminate_from(sender: int) -> None:
    """From now on, this process ends on a SIGTERM ``sender`` sends, and on no other.

    For a batch's worker, whose ``sender`` is the batch process. A worker killed while it
    writes a chunk's result leaves half a message in the pool's result pipe, and the pool
    then waits for the rest for ever (CPython's ``ProcessPoolExecutor``): the batch never
    ends, and never prints its summary. A SIGTERM sent to the whole process group (a job
    scheduler, ``kill -TERM -PGID``) is therefore left to the batch process, which lets each
    worker finish the chunk in hand, as after Ctrl-C; the pool's own ``terminate()`` of a
    broken pool, which the batch process sends, still ends a worker at once. Call it before
    the process starts any thread (each thread started after inherits the blocked signal,
    and only the waiting thread takes it). Where the platform cannot tell a signal's sender
    (no ``sigwaitinfo``: macOS), SIGTERM keeps ending the process, as by default."""
    if not hasattr(signal, "sigwaitinfo"):
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (the fork server's workers ignored it)
    threading.Thread(
        target=_wait_for_terminate_from, args=(sender,), daemon=True, name="terminate"
    ).start()


def _wait_for_terminate_from(sender: int) -> None:
    while signal.sigwaitinfo({signal.SIGTERM}).si_pid != sender:
        pass  # the group's signal: the batch process answers it
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    signal.raise_signal(signal.SIGTERM)  # the default: the process ends as it would have
