"""One run at a time per output file: an advisory lock held for the whole run.

Two runs on one output with ``--resume`` (a cron job firing twice) each read the keys done
so far, then extract the same remaining inputs and append them: every such row twice. With
the lock the second run stops before it reads or writes anything, and says why.

The lock is ``flock`` on a file beside the output (``OUT.lock``), not on the output itself:
``--overwrite`` removes the output and a Parquet output is replaced by a rename at its end,
either of which would leave the lock on a file no later run opens. The kernel drops the
lock when its holder dies, so a lock file left by a killed run blocks nobody; a run removes
its own on release. Where ``fcntl`` is missing (Windows) runs are not locked.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsextract.cli_errors import UsageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_OPEN_ATTEMPTS = 5
"""Tries at taking a lock whose file its holder removes while it ends: each try after the
first follows a release, so five only fail if five runs end within one start."""


def lock_path(output: Path) -> Path:
    """The lock file of ``output``."""
    return output.with_name(output.name + ".lock")


@contextlib.contextmanager
def locked_outputs(outputs: Iterable[Path]) -> Iterator[None]:
    """Hold the lock of each of ``outputs`` (taken in sorted order) while the block runs.

    Raises ``UsageError`` when another run holds one, or when a lock file is a link or no
    regular file (planted, it would choose where the lock's file is made). An output that
    is no regular file (``/dev/stdout``) or whose folder takes no new file is not locked.
    """
    with contextlib.ExitStack() as held:
        for output in sorted(set(outputs)):
            held.enter_context(_locked(output))
        yield


@contextlib.contextmanager
def _locked(output: Path) -> Iterator[None]:
    if fcntl is None or (output.exists() and not output.is_file()):
        yield
        return
    path = lock_path(output)
    descriptor = _acquire(path, output)
    try:
        yield
    finally:
        if descriptor is not None:
            with contextlib.suppress(OSError):
                if _names(path, descriptor):
                    path.unlink()  # before the unlock: a run waiting on it then retries
            os.close(descriptor)


def _acquire(path: Path, output: Path) -> int | None:
    with contextlib.suppress(OSError):  # the writer reports a folder it cannot make
        path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(_OPEN_ATTEMPTS):
        try:
            descriptor = os.open(
                path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK, 0o644
            )
        except OSError as error:
            if error.errno in (errno.ELOOP, errno.ENXIO, errno.EISDIR):
                raise UsageError(
                    f"{path} (the lock of {output}) is a link or no regular file: remove it"
                ) from None
            return None  # a read-only folder: the writer fails or appends to what exists
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # a FIFO, opened read-write
            os.close(descriptor)
            raise UsageError(
                f"{path} (the lock of {output}) is a link or no regular file: remove it"
            )
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            raise UsageError(
                f"{output} is being written by another run (it holds {path}): wait for it "
                "to end, or write to another output"
            ) from None
        if _names(path, descriptor):
            return descriptor
        os.close(descriptor)  # its holder removed it as we opened it: take the new one
    return None


def _names(path: Path, descriptor: int) -> bool:
    """Whether ``path`` still names the file open as ``descriptor``."""
    try:
        named = path.stat(follow_symlinks=False)
    except FileNotFoundError:
        return False
    opened = os.fstat(descriptor)
    return (named.st_ino, named.st_dev) == (opened.st_ino, opened.st_dev)
