"""The command line's standard streams made safe to use, whatever the shell handed over.

A stream closed at the start (``<&-``, ``>&-``, ``2>&-``) is ``None`` in Python: every
message to it was an AttributeError, and ``batch 2>&-`` ended before its first row. Its
descriptor was free too, so the first file the run opened took it, and whatever wrote to
"standard error" at the C level (a library, a worker) wrote into that file. An output whose
encoding lacks a page's characters (a redirected Windows stdout, ``PYTHONIOENCODING=ascii``)
ended the command at the first one, the rest unwritten.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys
from typing import TextIO


def prepare_standard_streams() -> None:
    """Reserve closed descriptors 0-2, drop what goes to a closed standard error, fail each
    write to a closed standard output with ``OSError``, escape what stdout cannot encode.

    A closed standard input stays ``None``: its readers say it is closed.
    """
    _reserve_standard_descriptors()
    if sys.stderr is None:  # closed on purpose: the messages are not wanted
        sys.stderr = _DroppedOutput()
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    elif isinstance(sys.stdout, io.TextIOWrapper) and not writes_any_text(sys.stdout):
        sys.stdout.reconfigure(errors="backslashreplace")


def writes_any_text(stream: TextIO) -> bool:
    """Whether ``stream``'s encoding holds every character: a UTF one (a text buffer's too)."""
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name.startswith("utf")
    except LookupError:
        return True


def _reserve_standard_descriptors() -> None:
    """Open ``/dev/null`` on each of the descriptors 0, 1 and 2 that is closed (the lowest
    free descriptor is the one ``open`` gives), so no file of the run becomes one of them."""
    try:
        while (descriptor := os.open(os.devnull, os.O_RDWR)) <= 2:
            pass
    except OSError:  # no /dev/null to open (a bare chroot): the descriptors stay as they are
        return
    os.close(descriptor)


class _DroppedOutput(io.TextIOBase):
    """A standard error closed at the start: what is written to it is dropped."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


class _ClosedOutput(io.TextIOBase):
    """A standard output closed at the start: each write is an ``OSError`` the command
    reports (``standard output is closed``), as a write to a closed descriptor is."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")
