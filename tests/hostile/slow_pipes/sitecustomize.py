"""Loaded by every Python process of a batch a test starts with this folder on PYTHONPATH:
each pipe message between processes is written in small pieces, slowly, so that a signal
meets a worker in the middle of writing a chunk's result (test_eighth_signals)."""

from __future__ import annotations

import multiprocessing.connection
import time

PIECE = 1024  # bytes a write: a chunk's result takes a few dozen
PAUSE = 0.02  # seconds between pieces: a result's write lasts most of a second

_send = multiprocessing.connection.Connection._send  # type: ignore[attr-defined]


def _send_slowly(self: multiprocessing.connection.Connection, buf: bytes) -> None:
    view = memoryview(buf)
    for start in range(0, len(view), PIECE):
        _send(self, view[start : start + PIECE])
        time.sleep(PAUSE)


multiprocessing.connection.Connection._send = _send_slowly  # type: ignore[attr-defined]
