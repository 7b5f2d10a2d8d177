"""The eighth red team (wave 63): a batch ended by a signal, as a user or a scheduler ends it.

Ctrl-C reaches the whole process group: the fork server, warming the pipeline, and every
worker printed a ``KeyboardInterrupt`` traceback. SIGTERM ended the batch without its summary
and with a "leaked semaphore" warning. A signal while a worker was starting left a worker
that printed a ``FileNotFoundError`` traceback. Each run now ends with its summary and the
``--resume`` hint, status 130 or 143, and the resumed run has every input once
(``newsextract.interrupts``).
"""

from __future__ import annotations

import collections
import contextlib
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.batching.process_groups import output_lines, wait_for_group_to_end

from newsextract.interrupts import (
    Terminated,
    end_on_terminate_from,
    signals_held,
    terminate_as_interrupt,
)

pytestmark = pytest.mark.skipif(
    not (hasattr(os, "mkfifo") and Path("/proc/self/cmdline").exists()),
    reason="needs POSIX named pipes, signals and /proc",
)

PAGES = 120
# Seconds a step may take on a loaded machine (a run's start is 2-4 s of it).
PATIENCE = 90.0
# On PYTHONPATH, it makes every process of a batch write its pipe messages slowly.
SLOW_PIPES = Path(__file__).parent / "slow_pipes"
# Words that must not reach a user's terminal when a run ends on a signal.
TRACEBACK_WORDS = ("Traceback", "Error:", "Warning:", "leaked")


def _article(number: int, paragraphs_in_all: int = 20) -> str:
    paragraphs = "".join(
        f"<p>Paragraph {n} of the ferry timetable story, on the crossing and its pier.</p>"
        for n in range(paragraphs_in_all)
    )
    return (
        f"<html><head><title>Ferry timetable {number}</title></head><body><article>"
        f"<h1>Ferry timetable {number}</h1>{paragraphs}</article></body></html>"
    )


@pytest.fixture(autouse=True)
def _ctrl_c_as_a_terminal_sends_it() -> Iterator[None]:
    """Python's own Ctrl-C handler for the test and the batches it starts. A suite started in
    the background (``cmd &`` in a script, as a CI runner may start it) inherits SIGINT
    ignored, and so would every batch it starts: a terminal's foreground job never has it so.
    A handled signal goes back to its default in a child at ``exec``; an ignored one stays."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _listing(folder: Path, paragraphs: int) -> list[str]:
    for number in range(PAGES):
        (folder / f"p{number:03d}.html").write_text(_article(number, paragraphs))
    return sorted(str(path) for path in folder.iterdir())


@pytest.fixture(scope="module")
def listing(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _listing(tmp_path_factory.mktemp("signal_pages"), 20)


@pytest.fixture(scope="module")
def long_listing(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Long pages: a chunk's result is a long message, and its slow write lasts seconds."""
    return _listing(tmp_path_factory.mktemp("long_signal_pages"), 300)


class _Run:
    """A batch reading its inputs from a named pipe fed all but the last ten and left open:
    it cannot finish before the signal."""

    def __init__(self, tmp_path: Path, listing: list[str], *, slow_pipes: bool = False) -> None:
        self.out = tmp_path / "out.jsonl"
        self.command = [sys.executable, "-m", "newsextract", "batch", "-o", str(self.out)]
        self.command += ["-j", "2", "--no-progress"]
        pipe = tmp_path / "inputs.fifo"
        os.mkfifo(pipe)
        environment = dict(os.environ)
        if slow_pipes:
            paths = [str(SLOW_PIPES), *filter(None, [environment.get("PYTHONPATH")])]
            environment["PYTHONPATH"] = os.pathsep.join(paths)
        self.process = subprocess.Popen(
            [*self.command, "-i", str(pipe)],
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            env=environment,
        )
        self.feed = pipe.open("w")
        self.feed.write("\n".join(listing[:-10]) + "\n")
        self.feed.flush()

    def wait_for(self, ready: Iterator[bool] | None = None) -> None:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            if ready is None and output_lines(self.out) >= 1:
                return
            if ready is not None and next(ready):
                return
            time.sleep(0.01)
        pytest.fail("the batch did not get that far")

    def end(self, number: int, *, group: bool) -> tuple[int, str]:
        if group:
            os.killpg(self.process.pid, number)
        else:
            self.process.send_signal(number)
        try:
            _, err = self.process.communicate(timeout=PATIENCE)
        finally:
            with contextlib.suppress(BrokenPipeError):
                self.feed.close()
            try:
                wait_for_group_to_end(self.process.pid)
            finally:  # a failed run leaves no process or pipe for a later test to meet
                self.process.kill()
                self.process.communicate()
        return self.process.returncode, err

    def resume(self, listing: list[str], tmp_path: Path) -> collections.Counter[str]:
        inputs = tmp_path / "inputs.txt"
        inputs.write_text("\n".join(listing) + "\n")
        resumed = subprocess.run(
            [*self.command, "-i", str(inputs), "--resume"],
            capture_output=True,
            text=True,
            timeout=PATIENCE * 2,
        )
        assert resumed.returncode == 0, resumed.stderr
        with self.out.open() as rows:
            return collections.Counter(json.loads(line)["input"] for line in rows)


def _fork_server_started(group: int) -> Iterator[bool]:
    """Yields whether a process of ``group`` runs the fork server yet."""
    while True:
        found = False
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                if os.getpgid(int(entry.name)) == group:
                    found |= b"forkserver" in (entry / "cmdline").read_bytes()
        yield found


def _assert_clean_end(status: int, err: str, expected: int) -> None:
    assert status == expected, err
    assert "interrupted: run the same command with --resume" in err, err
    assert not any(word in err for word in TRACEBACK_WORDS), err


@pytest.mark.parametrize(
    ("number", "group", "expected"),
    [
        (signal.SIGINT, True, 130),  # Ctrl-C in a terminal: the whole group
        (signal.SIGTERM, False, 143),  # kill, timeout(1)
        (signal.SIGTERM, True, 143),  # a scheduler ending a job's processes
    ],
)
def test_a_signal_mid_run_ends_it_cleanly_and_the_resumed_run_has_every_input_once(
    number: int, group: bool, expected: int, listing: list[str], tmp_path: Path
) -> None:
    run = _Run(tmp_path, listing)
    run.wait_for()
    status, err = run.end(number, group=group)
    _assert_clean_end(status, err, expected)
    counts = run.resume(listing, tmp_path)
    assert sorted(counts) == listing
    assert set(counts.values()) == {1}


def test_a_schedulers_sigterm_meeting_a_worker_mid_result_ends_the_batch_cleanly(
    long_listing: list[str], tmp_path: Path
) -> None:
    """A SIGTERM to the group killed a worker while it wrote a chunk's result; the pool
    waited for the rest of the message for ever, and the batch never ended nor printed a
    word (the clean-clone CI of wave 63, one run in several). The workers now leave it to the
    batch. Here every pipe message is written slowly, so the signal meets a write."""
    run = _Run(tmp_path, long_listing, slow_pipes=True)
    run.wait_for()
    time.sleep(0.5)  # past the first result: the workers write the next ones (seconds each)
    status, err = run.end(signal.SIGTERM, group=True)
    _assert_clean_end(status, err, 143)


@pytest.mark.parametrize("group", [True, False], ids=["group", "batch-alone"])
def test_ctrl_c_while_the_fork_server_warms_up_prints_no_traceback(
    group: bool, listing: list[str], tmp_path: Path
) -> None:
    """The server imports and warms the pipeline for a second or two before the first worker
    is forked from it: a Ctrl-C then reached the server mid-import (the group), or left a
    worker being forked after the batch had gone (the batch alone)."""
    run = _Run(tmp_path, listing)
    run.wait_for(_fork_server_started(run.process.pid))
    status, err = run.end(signal.SIGINT, group=group)
    _assert_clean_end(status, err, 130)


def test_signals_held_are_delivered_at_the_end() -> None:
    with pytest.raises(KeyboardInterrupt), signals_held():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # (delivered here, were it not held)
        held = True
    assert held


def test_sigterm_raises_terminated_within_and_is_left_alone_after() -> None:
    with pytest.raises(Terminated), terminate_as_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def _worker_answering(parent: int, ready: multiprocessing.synchronize.Event) -> None:
    end_on_terminate_from(parent)
    ready.set()
    time.sleep(PATIENCE)


@pytest.mark.skipif(not hasattr(signal, "sigwaitinfo"), reason="the sender is known to sigwaitinfo")
def test_a_worker_ends_on_its_batchs_terminate_and_leaves_the_groups_to_the_batch() -> None:
    """Killed while it wrote a chunk's result, a worker left half a message in the pool's
    result pipe, and the pool waited for the rest for ever: a SIGTERM to the whole group (a
    scheduler's) hung the batch with no summary (CI, wave 64). The pool's own terminate()
    of a broken pool still ends a worker at once."""
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    worker = context.Process(target=_worker_answering, args=(os.getpid(), ready))
    worker.start()
    try:
        assert ready.wait(PATIENCE)
        assert worker.pid is not None
        subprocess.run(["kill", "-TERM", str(worker.pid)], check=True)  # another sender
        worker.join(1.0)
        assert worker.is_alive()
        worker.terminate()  # the batch's own
        worker.join(PATIENCE)
        assert worker.exitcode == -signal.SIGTERM
    finally:
        worker.kill()
        worker.join()


# A process making a batch's pool, with Ctrl-C coming just as the pool's first semaphore is
# registered with multiprocessing's resource tracker (its name sent, its clean-up not yet set).
_CTRL_C_AT_A_SEMAPHORE = """
import os, signal
from multiprocessing import resource_tracker
from newsextract.batching.workers import Dispatcher
from newsextract.options import ExtractOptions

register = resource_tracker.register
def register_then_ctrl_c(name, rtype):
    register(name, rtype)
    if rtype == "semaphore":
        resource_tracker.register = register
        os.kill(os.getpid(), signal.SIGINT)

resource_tracker.register = register_then_ctrl_c
dispatcher = Dispatcher(options=ExtractOptions(), workers=2)
try:
    dispatcher._current_executor()
except KeyboardInterrupt:
    pass
dispatcher._shutdown()
"""


def test_ctrl_c_while_the_pool_is_made_leaks_no_semaphore() -> None:
    """A Ctrl-C that came between a semaphore's registration and its clean-up's left the
    semaphore to the tracker, which said so on the terminal: "leaked semaphore objects"
    (clean-clone CI, wave 65, one run in several). The pool is now made with the signal held."""
    made = subprocess.run(
        [sys.executable, "-c", _CTRL_C_AT_A_SEMAPHORE],
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )
    assert made.returncode == 0, made.stderr
    assert not any(word in made.stderr for word in TRACEBACK_WORDS), made.stderr


# The command's entry point, with Ctrl-C coming while it imports the command line.
_CTRL_C_WHILE_THE_COMMAND_LOADS = """
import sys

class CtrlCAtTheCommandLine:
    def find_spec(self, name, path, target=None):
        if name == "newsextract.cli":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, CtrlCAtTheCommandLine())
from newsextract.console import main
sys.exit(main())
"""


def test_ctrl_c_while_the_command_line_loads_prints_no_traceback() -> None:
    """The command line's imports take a quarter of a second of a run's start: a Ctrl-C then
    showed Python's traceback of the import."""
    loaded = subprocess.run(
        [sys.executable, "-c", _CTRL_C_WHILE_THE_COMMAND_LOADS, "batch", "--help"],
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )
    assert loaded.returncode == 130, loaded.stderr
    assert not any(word in loaded.stderr for word in TRACEBACK_WORDS), loaded.stderr
