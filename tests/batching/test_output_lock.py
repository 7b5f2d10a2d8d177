"""One run at a time per output: a second run on an output another run is writing stops
before it reads or writes anything (it would append every remaining row a second time)."""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
from pathlib import Path

import pytest

from newsextract.batching.cli import add_arguments, run_batch
from newsextract.batching.output_lock import lock_path, locked_outputs
from newsextract.cli_errors import UsageError


def _run(argv: list[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    err = io.StringIO()
    code = run_batch(parser.parse_args(argv), stdin=io.StringIO(""), stderr=err)
    return code, err.getvalue()


def _inputs(out: Path) -> list[str]:
    return [json.loads(line)["input"] for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("how", ["--resume", "--overwrite"])
def test_a_run_on_an_output_another_run_holds_is_refused(
    pages: Path, tmp_path: Path, how: str
) -> None:
    out = tmp_path / "out.jsonl"
    _run([str(pages / "p00.html"), "-o", str(out), "-j", "1"])
    before = out.read_bytes()
    with locked_outputs([out]):  # a run in progress, as far as the lock tells
        code, err = _run([str(pages), "-o", str(out), "-j", "1", how])
    assert code == 2
    assert "being written by another run" in err and "Traceback" not in err
    assert out.read_bytes() == before  # neither resumed into, nor removed


def test_the_errors_file_is_locked_too(pages: Path, tmp_path: Path) -> None:
    errors = tmp_path / "failures.jsonl"
    with locked_outputs([errors]):
        code, err = _run([str(pages), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors)])
    assert code == 2 and "failures.jsonl is being written by another run" in err


def test_a_lock_file_left_by_a_killed_run_blocks_nobody(pages: Path, tmp_path: Path) -> None:
    # The kernel drops a dead run's lock; its file may stay behind (SIGKILL).
    out = tmp_path / "out.jsonl"
    lock_path(out).write_bytes(b"")
    code, _ = _run([str(pages / "p00.html"), "-o", str(out), "-j", "1"])
    assert code == 0 and len(_inputs(out)) == 1
    assert not lock_path(out).exists()  # a run removes the lock it held


def test_a_link_planted_as_the_lock_is_refused(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    target = tmp_path / "elsewhere" / "made.txt"
    target.parent.mkdir()
    lock_path(out).symlink_to(target)
    code, err = _run([str(pages / "p00.html"), "-o", str(out), "-j", "1"])
    assert code == 2 and "is a link or no regular file" in err
    assert not target.exists() and not out.exists()


def test_no_lock_for_an_output_that_is_no_file(tmp_path: Path) -> None:
    with locked_outputs([Path("/dev/null")]):
        assert not Path("/dev/null.lock").exists()


def _hold(
    out: str, ready: multiprocessing.synchronize.Event, done: multiprocessing.synchronize.Event
) -> None:
    with locked_outputs([Path(out)]):
        ready.set()
        done.wait(30)


def test_the_lock_holds_across_processes(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    context = multiprocessing.get_context("spawn")
    ready, done = context.Event(), context.Event()
    holder = context.Process(target=_hold, args=(str(out), ready, done))
    holder.start()
    try:
        assert ready.wait(30)
        with pytest.raises(UsageError, match="another run"), locked_outputs([out]):
            pass
    finally:
        done.set()
        holder.join(30)
    with locked_outputs([out]):  # released with its holder
        pass
