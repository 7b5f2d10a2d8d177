"""Helpers of the tests that stop a batch from outside (kill, SIGTERM, Ctrl-C): how many rows
it wrote, and that its worker processes end with it rather than outlive it."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest


def output_lines(path: Path) -> int:
    """Rows written so far to a JSON Lines output (0 before it exists)."""
    return path.read_bytes().count(b"\n") if path.exists() else 0


def wait_for_group_to_end(group: int, timeout: float = 20.0) -> None:
    """Wait for a batch's process group to end on its own; kill what is left, and fail: no
    worker may outlive its batch."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.killpg(group, signal.SIGKILL)
    pytest.fail("processes of the batch outlived it")
