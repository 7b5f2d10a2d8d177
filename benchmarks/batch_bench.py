"""Throughput, memory and crash safety of batch extraction (``newsextract batch``).

The inputs are the evaluation pages of ``../shared/eval`` (every set's ``pages/*.html.gz``),
repeated through symbolic links in a temporary folder until there are ``--count`` of them, so
that every input has its own key; nothing is copied. Measured, each in a fresh process:

1. ``python -m newsextract.batching FOLDER -o out.jsonl -j W`` for each ``--workers`` value:
   pages/s (inputs / wall time, start-up included) and the peak resident memory of the
   process tree (the batch process, the fork server and the workers, sampled every 0.1 s
   with psutil), as RSS and as PSS (a page the workers share with the warmed-up fork
   server they were forked from counts once in PSS, in each process in RSS);
2. the same with the largest ``W`` on a quarter, a half and all of the inputs: the peak
   memory should stay flat as the count grows;
3. ``newsextract.dask.write`` of the same inputs to JSONL on a ``distributed.LocalCluster``
   with as many single-threaded worker processes, against the local pool's pages/s (the
   cluster's start-up is timed apart);
4. kill and resume: the batch command is killed with SIGKILL once ``--kill-at`` of its
   inputs are written, then run again with ``--resume``; every input key must then appear
   exactly once in the output.

    python benchmarks/batch_bench.py [--count 10000] [--workers 1,2] [--no-dask]
    python benchmarks/batch_bench.py --count 4000 --speed-only --newsextract-src /tmp/tree/src

Results go to stdout as markdown and to ``<out>/batch_bench.json``. Timings depend on the
machine and whatever else runs on it: each local run also gives the CPU milliseconds a page
cost across the process tree (the same whatever ``-j``, if the workers add no overhead) and
the load average before it, so a run that got fewer cores than it had workers shows.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="inputs per run")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    parser.add_argument(
        "--speed-only",
        action="store_true",
        help="only the local runs of each --workers value (no memory, Dask or kill runs)",
    )
    parser.add_argument(
        "--newsextract-src",
        type=Path,
        default=REPO / "src",
        help="the src/ folder whose newsextract to run (default: this tree's)",
    )
    parser.add_argument("--kill-count", type=int, default=3000, help="inputs of the kill run")
    parser.add_argument("--kill-at", type=float, default=0.4, help="fraction done at the kill")
    return parser.parse_args()


def link_inputs(eval_dir: Path, folder: Path, count: int) -> int:
    """``count`` links to the eval pages in ``folder`` (the pages repeated as needed)."""
    pages = sorted(eval_dir.glob("*/pages/*.html.gz"))
    if not pages:
        sys.exit(f"no pages in {eval_dir}/*/pages/")
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"page-{i:06d}.html.gz").symlink_to(pages[i % len(pages)])
    return len(pages)


class PeakMemory:
    """Samples the resident memory of a process and all its descendants, and the CPU
    seconds of each (kept by pid, so a worker that ended keeps its last figure).

    The sampler runs beside the batch and takes CPU from it: a run of as many workers as
    cores has none to spare, where a run of one worker leaves it a core. So it is kept light
    (the ``PSS_EVERY`` note): the process tree is read from ``/proc/PID/task/PID/children``
    where Linux has it (0.01 ms, where psutil's ``children()`` reads every process on the
    machine, 1.2 ms), RSS and CPU every 0.1 s, PSS (the kernel walks each process's page
    tables for it, 0.4-1 ms a process) every ``PSS_EVERY`` samples."""

    INTERVAL = 0.1
    # 4-5 ms a sample of a two-worker tree read every 0.1 s was 4-5 % of a core, taken from
    # the two workers' cores: 2 % of their wall time. PSS is a plateau after the start-up.
    PSS_EVERY = 10

    def __init__(self, pid: int, output: Path | None = None) -> None:
        self._root = psutil.Process(pid)
        self._pid = pid
        self._processes: dict[int, psutil.Process] = {pid: self._root}
        self._proc_children = Path(f"/proc/{pid}/task/{pid}/children").exists()
        self._output = output
        self._started = time.perf_counter()
        self.first_row_s: float | None = None  # when the output got its first row
        self.peak_total = 0
        self.peak_main = 0
        # The proportional set size: a page shared by several processes (the workers forked
        # from one warmed-up server) counts once in all, where RSS counts it in each.
        self.peak_pss = 0
        self.cpu: dict[int, float] = {}
        self.samples = 0
        self.sampler_cpu_s = 0.0  # this thread's own CPU: taken from the run's cores
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _tree(self) -> list[psutil.Process]:
        """The root and its descendants, their ``Process`` objects kept between samples."""
        if self._proc_children:
            pids = _descendants(self._pid)
        else:  # another system, or a kernel without the children files: psutil's way
            try:
                found = [self._root, *self._root.children(recursive=True)]
            except psutil.Error:
                return []
            pids = [p.pid for p in found]
            for process in found:
                self._processes.setdefault(process.pid, process)
        processes = []
        for pid in pids:
            process = self._processes.get(pid)
            if process is None:
                with contextlib.suppress(psutil.Error):
                    process = self._processes[pid] = psutil.Process(pid)
            if process is not None:
                processes.append(process)
        return processes

    def _sample(self) -> None:
        try:
            self._sample_until_stopped()
        finally:
            self.sampler_cpu_s = time.thread_time()

    def _sample_until_stopped(self) -> None:
        while not self._stop.wait(self.INTERVAL):
            try:
                main = self._root.memory_info().rss
            except psutil.Error:
                return
            processes = self._tree()
            with_pss = self.samples % self.PSS_EVERY == 0
            self.samples += 1
            total = main
            pss = 0
            for process in processes:
                with contextlib.suppress(psutil.Error):
                    times = process.cpu_times()
                    self.cpu[process.pid] = times.user + times.system
                    if with_pss:
                        pss += process.memory_full_info().pss
                    if process is not self._root:
                        total += process.memory_info().rss
            if with_pss:
                self.peak_pss = max(self.peak_pss, pss)
            self.peak_main = max(self.peak_main, main)
            if self.first_row_s is None and self._output is not None and _lines(self._output):
                self.first_row_s = time.perf_counter() - self._started
            self.peak_total = max(self.peak_total, total)


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from Linux's ``/proc/PID/task/TID/children``."""
    found = [pid]
    for parent in found:  # grows as it goes
        with contextlib.suppress(OSError):  # a process that ended meanwhile
            for task in Path(f"/proc/{parent}/task").iterdir():
                with contextlib.suppress(OSError):
                    found.extend(int(child) for child in (task / "children").read_text().split())
    return found


def batch_command(inputs: Path, out: Path, workers: int, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsextract.batching",
        str(inputs),
        "-o",
        str(out),
        "-j",
        str(workers),
        *extra,
    ]


def run_local(inputs: Path, out: Path, workers: int, count: int) -> dict[str, Any]:
    out.unlink(missing_ok=True)
    load_before = round(os.getloadavg()[0], 2)
    started = time.perf_counter()
    process = subprocess.Popen(
        batch_command(inputs, out, workers), stderr=subprocess.PIPE, text=True, env=_env()
    )
    with PeakMemory(process.pid, out) as memory:
        _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"batch failed: {stderr}")
    rows = _count_rows(out)
    return {
        "workers": workers,
        "inputs": count,
        "rows": rows["rows"],
        "failures": rows["failures"],
        "seconds": round(seconds, 2),
        "pages_per_s": round(count / seconds, 1),
        "peak_rss_mb": round(memory.peak_total / 2**20),
        "peak_rss_main_mb": round(memory.peak_main / 2**20),
        "peak_pss_mb": round(memory.peak_pss / 2**20),
        # the work done, whatever the cores left by other programs: the same for any -j
        "cpu_ms_per_page": round(sum(memory.cpu.values()) / count * 1000, 2),
        # of which the batch process's own (reading inputs, results and writing rows)
        "main_cpu_ms_per_page": round(memory.cpu.get(process.pid, 0.0) / count * 1000, 2),
        # start-up: imports, the workers' start and warm-up, the first chunk (0.1 s steps)
        "first_row_s": None if memory.first_row_s is None else round(memory.first_row_s, 1),
        "load_average_before": load_before,
        # the sampler's own CPU, which a run of as many workers as cores pays in wall time
        "sampler_cpu_s": round(memory.sampler_cpu_s, 2),
    }


def run_dask(inputs: Path, out: Path, workers: int, count: int) -> dict[str, Any]:
    """``newsextract.dask.write`` on a LocalCluster; run in a child process of its own."""
    code = f"""
import json, sys, time
sys.path.insert(0, {str(SRC[0])!r})
from distributed import Client, LocalCluster
import newsextract.dask as nd
if __name__ == "__main__":
    t0 = time.perf_counter()
    with LocalCluster(n_workers={workers}, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        t1 = time.perf_counter()
        counts = nd.write([{str(inputs)!r}], {str(out)!r}, format="jsonl")
        t2 = time.perf_counter()
    print(json.dumps({{"startup": t1 - t0, "seconds": t2 - t1, **counts}}))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(), check=True
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return {
        "workers": workers,
        "inputs": count,
        "rows": figures["articles"] + figures["failures"],
        "failures": figures["failures"],
        "files": figures["files"],
        "cluster_startup_s": round(figures["startup"], 2),
        "seconds": round(figures["seconds"], 2),
        "pages_per_s": round(count / figures["seconds"], 1),
    }


def kill_and_resume(inputs: Path, out: Path, workers: int, count: int, at: float) -> dict[str, Any]:
    out.unlink(missing_ok=True)
    command = batch_command(inputs, out, workers)
    first = subprocess.Popen(command, stderr=subprocess.DEVNULL, env=_env(), start_new_session=True)
    target = int(count * at)
    while first.poll() is None and _lines(out) < target:
        time.sleep(0.02)
    first.send_signal(signal.SIGKILL)
    first.wait()
    at_kill = _lines(out)
    torn = out.exists() and not out.read_bytes().endswith(b"\n")
    leftovers = _wait_group(first.pid)
    started = time.perf_counter()
    resumed = subprocess.run(
        [*command, "--resume"], capture_output=True, text=True, env=_env(), check=True
    )
    counts = collections.Counter(
        json.loads(line)["input"] for line in out.read_text(encoding="utf-8").splitlines()
    )
    expected = {str(p) for p in inputs.iterdir()}
    return {
        "inputs": count,
        "lines_at_kill": at_kill,
        "torn_last_line_at_kill": torn,
        "workers_alive_2s_after_kill": leftovers,
        "resume_seconds": round(time.perf_counter() - started, 2),
        "resume_summary": resumed.stderr.strip().splitlines()[0],
        "keys_in_output": len(counts),
        "missing": len(expected - set(counts)),
        "duplicated": sum(1 for n in counts.values() if n > 1),
        "every_input_exactly_once": set(counts) == expected and set(counts.values()) == {1},
    }


def _wait_group(group: int) -> int:
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return 0
        time.sleep(0.05)
    alive = [p for p in psutil.process_iter() if _in_group(p, group)]
    os.killpg(group, signal.SIGKILL)
    return len(alive)


def _in_group(process: psutil.Process, group: int) -> bool:
    try:
        return os.getpgid(process.pid) == group
    except (ProcessLookupError, psutil.Error):
        return False


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _count_rows(path: Path) -> dict[str, int]:
    rows = failures = 0
    with path.open("rb") as lines:
        for line in lines:
            rows += 1
            failures += b'"error":' in line and json.loads(line).get("error") is not None
    return {"rows": rows, "failures": failures}


# The src/ folder the batch runs import newsextract from (``--newsextract-src``).
SRC = [REPO / "src"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC[0]), env.get("PYTHONPATH")]))
    return env


def main() -> None:
    args = parse_args()
    SRC[0] = args.newsextract_src.resolve()
    worker_counts = [int(w) for w in args.workers.split(",")]
    top = max(worker_counts)
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"cpu_count": os.cpu_count(), "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp:
        root = Path(tmp)
        distinct = link_inputs(args.eval_dir, root / "all", args.count)
        results["distinct_pages"] = distinct
        print(f"{args.count} inputs ({distinct} distinct eval pages)", file=sys.stderr)

        results["local"] = []
        for workers in worker_counts:
            print(f"local pool, {workers} worker(s)...", file=sys.stderr)
            results["local"].append(
                run_local(root / "all", root / "out.jsonl", workers, args.count)
            )
            print(
                f"  the sampler's own CPU: {results['local'][-1]['sampler_cpu_s']} s",
                file=sys.stderr,
            )

        if args.speed_only:
            results["load_after"] = os.getloadavg()
            (args.out / "batch_bench.json").write_text(json.dumps(results, indent=2) + "\n")
            print(report(results))
            return
        results["memory"] = []
        for fraction in (4, 2):
            size = args.count // fraction
            folder = root / f"n{size}"
            link_inputs(args.eval_dir, folder, size)
            print(f"memory, {size} inputs...", file=sys.stderr)
            results["memory"].append(run_local(folder, root / "out.jsonl", top, size))
        results["memory"].append(next(r for r in results["local"] if r["workers"] == top))

        if not args.no_dask:
            print(f"dask, {top} worker processes...", file=sys.stderr)
            results["dask"] = run_dask(root / "all", root / "dask-out", top, args.count)

        folder = root / "kill"
        link_inputs(args.eval_dir, folder, args.kill_count)
        print(f"kill and resume, {args.kill_count} inputs...", file=sys.stderr)
        results["kill_and_resume"] = kill_and_resume(
            folder, root / "kill.jsonl", top, args.kill_count, args.kill_at
        )
    results["load_after"] = os.getloadavg()  # other work on the machine skews the timings
    (args.out / "batch_bench.json").write_text(json.dumps(results, indent=2) + "\n")
    print(report(results))


def report(results: dict[str, Any]) -> str:
    lines = [
        "| run | workers | inputs | seconds | pages/s | peak RSS (tree) | peak RSS (main) "
        "| peak PSS (tree) | CPU ms a page (batch process) | first row s | load before |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results["local"]:
        lines.append(
            f"| local pool | {r['workers']} | {r['inputs']} | {r['seconds']} | "
            f"{r['pages_per_s']} | {r['peak_rss_mb']} MB | {r['peak_rss_main_mb']} MB "
            f"| {r['peak_pss_mb']} MB "
            f"| {r['cpu_ms_per_page']} ({r['main_cpu_ms_per_page']}) | {r['first_row_s']} "
            f"| {r['load_average_before']} |"
        )
    if "memory" not in results:
        return "\n".join(lines)
    if "dask" in results:
        d = results["dask"]
        lines.append(
            f"| Dask LocalCluster | {d['workers']} | {d['inputs']} | {d['seconds']} "
            f"(+{d['cluster_startup_s']} start-up) | {d['pages_per_s']} | | | | |"
        )
    lines += [
        "",
        "| inputs | peak RSS (tree) | peak RSS (main) | peak PSS (tree) |",
        "| --- | --- | --- | --- |",
    ]
    for r in results["memory"]:
        lines.append(
            f"| {r['inputs']} | {r['peak_rss_mb']} MB | {r['peak_rss_main_mb']} MB "
            f"| {r['peak_pss_mb']} MB |"
        )
    k = results["kill_and_resume"]
    lines += ["", "Kill and resume: " + json.dumps(k)]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
