"""A real ``LocalCluster`` for the Dask tests: two worker processes of one thread each, the
dashboard on a free port (dask's default 8787 may be held by another cluster, and its
port-change warning is an error under the suite's warning filter)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def local_client(config: dict[str, Any] | None = None) -> Iterator[Any]:
    """A client of a fresh local cluster, under dask ``config`` (read when the scheduler
    starts) if given. Imported by tests that have already skipped without the dask extra."""
    import dask
    import distributed

    with (
        dask.config.set(config or {}),
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address="127.0.0.1:0"
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected
