"""Chunk functions for the worker tests (module-level, so worker processes can import them)."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from newsextract.batching.results import BatchItem
from newsextract.batching.tasks import Task
from newsextract.batching.timelimit import time_limit
from newsextract.batching.workers import _worker_state, process_chunk
from newsextract.options import ExtractOptions


def crash_on_marker(tasks: Sequence[Task], options: ExtractOptions) -> list[BatchItem]:
    """Kill the worker process, as a segfault or the OOM killer would, on a ``crash`` page."""
    if any(Path(task.key).name.startswith("crash") for task in tasks):
        os._exit(3)
    return process_chunk(tasks, options)


def broken(tasks: Sequence[Task], options: ExtractOptions) -> list[BatchItem]:
    raise RuntimeError("a bug in the chunk function")


def stuck_in_c_on_marker(tasks: Sequence[Task], options: ExtractOptions) -> list[BatchItem]:
    """On a ``stuck`` page, hang where the time limit's signal cannot reach, as a long call
    into a C parser does (the signal is held back until the call returns)."""
    for task in tasks:
        if Path(task.key).name.startswith("stuck"):
            with time_limit(_worker_state["time_limit"], key=task.key):
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                time.sleep(60)
    return process_chunk(tasks, options)


def slow_chunk_sizes(tasks: Sequence[Task], options: ExtractOptions) -> list[BatchItem]:
    """Take a while per chunk (so fetched pages pile up) and give each item's ``url`` as
    ``chunk-of-N``: how many pages the chunk it came in held."""
    time.sleep(0.05)
    return [
        attrs.evolve(item, url=f"chunk-of-{len(tasks)}") for item in process_chunk(tasks, options)
    ]


def report_warm_start(tasks: Sequence[Task], options: ExtractOptions) -> list[BatchItem]:
    """Give each item's ``url`` as ``preloaded-<WARMED>``: whether the worker was forked from
    a fork server that imported ``newsextract.batching.preload`` and ran the warm-up."""
    preload = sys.modules.get("newsextract.batching.preload")
    state = f"preloaded-{getattr(preload, 'WARMED', None)}"
    return [attrs.evolve(item, url=state) for item in process_chunk(tasks, options)]
