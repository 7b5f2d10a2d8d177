"""The workers' fork server starts when the dispatcher is made, not at its first chunk: it
imports the pipeline and warms up while the batch process goes on with its own start."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsextract.batching.tasks import FileTask
from newsextract.batching.workers import Dispatcher, start_method
from newsextract.options import ExtractOptions

from . import crashy
from .warcs import article_html

pytestmark = pytest.mark.skipif(start_method() != "forkserver", reason="no fork server here")

_SCRIPT = textwrap.dedent(
    """
    import os
    import time
    from multiprocessing import forkserver

    from newsextract.batching.workers import Dispatcher
    from newsextract.options import ExtractOptions

    assert forkserver._forkserver._forkserver_pid is None
    Dispatcher(options=ExtractOptions(), workers={workers})
    pid = forkserver._forkserver._forkserver_pid
    print("server" if pid is not None and pid != os.getpid() else "none")
    """
)


@pytest.mark.parametrize(("workers", "expected"), [(2, "server"), (1, "none")])
def test_the_fork_server_starts_with_a_dispatcher_of_several_workers(
    workers: int, expected: str
) -> None:
    script = _SCRIPT.format(workers=workers)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == expected


def test_a_dispatcher_started_early_forks_warm_workers_when_it_runs(tmp_path: Path) -> None:
    # Made long before its first chunk: the server it started is the one its workers come
    # from, warmed up.
    dispatcher = Dispatcher(
        options=ExtractOptions(), workers=2, chunksize=2, chunk_function=crashy.report_warm_start
    )
    paths = []
    for i in range(6):
        path = tmp_path / f"p{i}.html"
        path.write_text(article_html(f"Story {i}"))
        paths.append(path)
    items = list(dispatcher.run(iter(FileTask(key=str(p), path=str(p)) for p in paths)))
    assert {item.url for item in items} == {"preloaded-True"}
    assert len(items) == 6
