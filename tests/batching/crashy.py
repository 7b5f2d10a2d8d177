"""Chunk functions for the worker tests (module-level, so worker processes can import them)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from newsextract.batching.inputs import Task
from newsextract.batching.results import BatchItem
from newsextract.batching.workers import process_chunk
from newsextract.options import ExtractOptions


def crash_on_marker(tasks: Sequence[Task], options: ExtractOptions) -> list[BatchItem]:
    """Kill the worker process, as a segfault or the OOM killer would, on a ``crash`` page."""
    if any(Path(task.key).name.startswith("crash") for task in tasks):
        os._exit(3)
    return process_chunk(tasks, options)


def broken(tasks: Sequence[Task], options: ExtractOptions) -> list[BatchItem]:
    raise RuntimeError("a bug in the chunk function")
