"""``newsextract.dask`` on a real ``LocalCluster`` when a page kills its worker process.

The killer is what a user can write: a site rule whose Python hook ends the process
(``os._exit``, as a crash in a C extension or the OOM killer would), given through the rules
API for one test host. Every input still yields one row: the killer a failure row
(``WorkerCrashedError``), every other page its article, and the run ends normally.
Dask gives up on a task after one worker death here (``allowed-failures`` 0), so each test
costs a worker restart or two, not four.
"""

from __future__ import annotations

import json
import os
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsextract import FieldRule, SiteRule

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the dask extra is not installed")

from newsextract import dask as nd  # noqa: E402
from newsextract.batching.results import BatchItem  # noqa: E402

from .clusters import local_client  # noqa: E402
from .warcs import article_html  # noqa: E402

KILLER_HOST = "crash.example.net"
ROWS = 6
KILLER_LINE = 4  # the JSONL file's fourth row is on the killer's host


def _killer_rule() -> SiteRule:
    """A rule whose title hook ends its process. Made in a function, so that Dask's
    cloudpickle sends the hook by value (a worker cannot import the test module)."""
    return SiteRule(
        name="kills-its-worker",
        domains=(KILLER_HOST,),
        fields={"title": FieldRule(hook=lambda page: os._exit(1))},
    )


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    config = {
        # Read when the scheduler starts: a task fails at its first worker death.
        "distributed.scheduler.allowed-failures": 0,
        # The cluster closes a worker's nanny when no worker of its name is back within this
        # time; a worker dying again while it restarts (one after another here) looks so,
        # and with both nannies closed the test would wait for workers forever.
        "distributed.deploy.lost-worker-timeout": "10 minutes",
    }
    with local_client(config) as connected:
        yield connected


@pytest.fixture
def rows(tmp_path: Path) -> Path:
    """A JSONL file of ``ROWS`` pages, the one at line ``KILLER_LINE`` on the killer's host."""
    path = tmp_path / "rows.jsonl"
    lines = []
    for line in range(1, ROWS + 1):
        host = KILLER_HOST if line == KILLER_LINE else "news.example.org"
        page = {"url": f"https://{host}/story-{line}", "html": article_html(f"Story {line}")}
        lines.append(json.dumps(page))
    path.write_text("\n".join(lines) + "\n")
    return path


def _check(items: list[BatchItem], keys: list[str]) -> None:
    assert sorted(item.input for item in items) == sorted(keys)  # one row each
    failed = {item.input: item.failure for item in items if item.failure is not None}
    assert list(failed) == [keys[KILLER_LINE - 1]]
    failure = failed[keys[KILLER_LINE - 1]]
    assert (failure.stage, failure.error_type) == ("extract", "WorkerCrashedError")
    assert "worker process died" in failure.message


def test_a_bag_keeps_every_row_of_an_archive_whose_page_kills_its_worker(
    client: distributed.Client, rows: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(article_html("Beside it"))
    bag = nd.to_bag([str(rows), str(page)], rules=[_killer_rule()])
    assert bag.npartitions == 2
    items = bag.compute()
    keys = [f"{rows}:{line}" for line in range(1, ROWS + 1)]
    _check([item for item in items if item.input != str(page)], keys)
    assert [item.article is not None for item in items if item.input == str(page)] == [True]
    frame = nd.to_dataframe([str(rows)], rules=[_killer_rule()]).compute()
    assert sorted(frame["input"]) == sorted(keys)
    assert list(frame.dropna(subset=["error"])["error"]) == ["WorkerCrashedError"]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_write_writes_every_row_once_and_no_torn_file(
    client: distributed.Client, rows: Path, tmp_path: Path, fmt: str
) -> None:
    keys = [f"{rows}:{line}" for line in range(1, ROWS + 1)]
    # Record keys go 3 to a partition (its inputs split on the client); the archive itself
    # is a partition whose keys a worker lists.
    inputs = keys if fmt == "jsonl" else [str(rows)]
    out = tmp_path / "out"
    counts = nd.write(inputs, out, format=fmt, per_partition=3, rules=[_killer_rule()])  # type: ignore[arg-type]
    files = sorted(f.name for f in out.iterdir())
    # The killer's partition (00001 of the keys, the archive's 00000) ran again in pieces,
    # each with a file of its own (part-00001-0.jsonl, ...); its torn file is gone.
    assert f"part-{'00001' if fmt == 'jsonl' else '00000'}.{fmt}" not in files
    assert counts == {"articles": ROWS - 1, "failures": 1, "files": len(files)}
    if fmt == "jsonl":
        lines = [line for name in files for line in (out / name).read_text().splitlines()]
        rows_out = [json.loads(line) for line in lines]
    else:
        rows_out = pq.read_table(out).to_pylist()  # a torn Parquet file would not read
    assert sorted(row["input"] for row in rows_out) == sorted(keys)  # each row once
    assert [row["error"] for row in rows_out if row["error"]] == ["WorkerCrashedError"]


def test_a_failed_piece_splits_into_at_most_eight_covering_its_keys() -> None:
    from newsextract.dask_recovery import SPLIT_INTO, Piece

    keys = [f"k{i}" for i in range(20)]
    pieces = Piece(partition=3, name="00003").split(keys)
    assert len(pieces) <= SPLIT_INTO
    assert [key for piece in pieces for key in piece.keys or ()] == keys
    assert [piece.name for piece in pieces[:2]] == ["00003-0", "00003-1"]
    assert [p.keys for p in pieces[1].split(list(pieces[1].keys or ()))] == [
        ("k3",),
        ("k4",),
        ("k5",),
    ]


def test_a_lone_input_that_killed_its_worker_is_a_worker_crash_row(rows: Path) -> None:
    from newsextract.dask_recovery import crash_item

    worker = types.SimpleNamespace(address="tcp://127.0.0.1:1")  # the one that died last
    killed = distributed.scheduler.KilledWorker("task-1", worker, 3)
    page = crash_item(f"{rows}:4", killed).failure
    assert page is not None and (page.stage, page.error_type) == ("extract", "WorkerCrashedError")
    archive = crash_item(str(rows), killed).failure  # its listing died, alone
    assert archive is not None and archive.stage == "read" and "reading" in archive.message
    other = crash_item(f"{rows}:4", ValueError("no such row")).failure
    assert other is not None and (other.error_type, other.message) == ("ValueError", "no such row")


def _slow_sum(a: int, b: int) -> int:
    import time

    time.sleep(0.5)
    return a + b


def test_a_piece_read_while_pending_that_then_finishes_is_no_error(
    client: distributed.Client,
) -> None:
    # A piece whose result was lost with a dying worker after as_completed yielded it is
    # computed again: its status reads "pending", then "finished". Read so, it is no
    # failure (it once raised None, a TypeError that ended the run).
    from newsextract.dask_recovery import _error_of

    future = client.submit(_slow_sum, 1, 2, pure=False)
    assert future.status == "pending"
    assert _error_of(future) is None
    assert future.result() == 3


def test_a_failed_piece_gives_its_error(client: distributed.Client) -> None:
    from newsextract.dask_recovery import _error_of

    future = client.submit(int, "not a number", pure=False)
    distributed.wait(future)
    error = _error_of(future)
    assert isinstance(error, ValueError)
