"""Fetch and extract thousands of pages from 50 loopback hosts, politely.

One subprocess serves 50 sites (127.0.1.1 to 127.0.1.50, a ThreadingHTTPServer each) with
an allowing robots.txt and generated article pages; it records, per host, the most requests
it served at once and the shortest time between two request starts. For each count, the
URLs (interleaved across hosts) go to a fresh client, one of:

- ``--mode batch`` (the default): the real pipeline, ``python -m newsextract.batching
  --inputs-from URLS -o OUT.jsonl -j WORKERS`` (what ``newsextract batch`` and ``crawl``
  run over URLs), watched from outside: rows written and the resident memory of the whole
  process tree (the batch process and its workers), sampled every ``SAMPLE_EVERY`` seconds;
- ``--mode fetch_many``: ``AsyncFetcher.fetch_many`` in one process, each page extracted in
  that process unless ``--no-extract`` (fetch only: always this mode).

Reported: pages per second over the whole run (start-up included) and in the steady state
(first row to last), the peak RSS, the RSS when 1,000 and 10,000 rows were done (memory
must stay flat), and the CPU seconds of the server, the batch process and its workers
(where the time goes: the machine's two cores are shared by all three), the same per page,
and the pages/s that CPU would allow on two idle cores (the machine's other sessions move
the measured pages/s, not the CPU a page costs). Nothing leaves the machine.

    python benchmarks/fetch_bench.py [--counts 1000,10000] [--hosts 50] [--delay 0.02]
                                     [--per-host 2] [--global 32] [--latency MS]
                                     [--mode batch|fetch_many] [--workers 2] [--no-extract]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.request import urlopen

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))  # measure the working tree

CONTROL = "127.0.1.254"
SAMPLE_EVERY = 0.2  # seconds between two looks at the batch's output and memory
CORES = 2  # the machine's cores, which the server, the batch process and its workers share
MARKS = (1000, 10_000)  # rows done at which the tree's RSS is reported
_VOCABULARY = (
    "council city mayor budget transport tram airport project vote million euros works "
    "residents plan region minister report week year school hospital police market river "
    "bridge station energy water housing street district museum festival season club"
)
WORDS = _VOCABULARY.split()


# ---------------------------------------------------------------- the server process


def article(host: int, n: int) -> bytes:
    rng = random.Random(host * 100_003 + n)
    title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
    paragraphs = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 80))) + ".</p>"
        for _ in range(rng.randint(5, 9))
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} | Site "
        f"{host}</title><meta property='og:title' content='{title}'>"
        f"<meta name='author' content='Reporter {n % 17}'>"
        f"<meta property='article:published_time' content='2024-05-{n % 28 + 1:02d}T08:00:00Z'>"
        f"</head><body><header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"</header><article><h1>{title}</h1>{paragraphs}</article>"
        f"<footer>© Site {host}</footer></body></html>"
    ).encode()


class HostStats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.in_flight = 0
        self.max_in_flight = 0
        self.last_start: float | None = None
        self.min_gap = float("inf")
        self.requests = 0

    def enter(self) -> None:
        with self.lock:
            now = time.monotonic()
            if self.last_start is not None:
                self.min_gap = min(self.min_gap, now - self.last_start)
            self.last_start = now
            self.requests += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def leave(self) -> None:
        with self.lock:
            self.in_flight -= 1


class SiteHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        stats: HostStats = self.server.stats
        stats.enter()
        try:
            if self.path == "/robots.txt":
                body, ctype = b"User-agent: *\nDisallow: /private/\n", "text/plain"
            else:
                n = int(self.path.rsplit("/", 1)[-1])
                time.sleep(self.server.latency)
                body, ctype = article(self.server.host_number, n), "text/html; charset=utf-8"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        finally:
            stats.leave()


def serve(hosts: int, latency: float) -> None:
    servers = []
    for number in range(1, hosts + 1):
        server = ThreadingHTTPServer((f"127.0.1.{number}", 0), SiteHandler)
        server.stats = HostStats()  # type: ignore[attr-defined]
        server.host_number = number  # type: ignore[attr-defined]
        server.latency = latency  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)

    class Control(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            if self.path == "/reset":
                for s in servers:
                    with s.stats.lock:
                        s.stats.reset()
            stats = [
                {
                    "requests": s.stats.requests,
                    "max_in_flight": s.stats.max_in_flight,
                    "min_gap": s.stats.min_gap if s.stats.requests > 1 else None,
                }
                for s in servers
            ]
            body = json.dumps(stats).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    control = ThreadingHTTPServer((CONTROL, 0), Control)
    ports = [s.server_address[1] for s in servers]
    print(json.dumps({"ports": ports, "control": control.server_address[1]}), flush=True)
    threading.Thread(target=control.serve_forever, daemon=True).start()
    sys.stdin.read()  # until the parent closes our stdin


# ---------------------------------------------------------------- the client process


def rss_mb() -> float:
    resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    return resident_pages * resource.getpagesize() / 2**20


async def client(count: int, ports: list[int], args: argparse.Namespace) -> dict[str, Any]:
    import newsextract
    from newsextract import AsyncFetcher, FetchOptions, Page

    hosts = len(ports)
    urls = (f"http://127.0.1.{i % hosts + 1}:{ports[i % hosts]}/a/{i}" for i in range(count))
    options = FetchOptions(
        per_host_delay=args.delay,
        per_host_concurrency=args.per_host,
        global_concurrency=args.global_concurrency,
        trust_env=False,
    )
    newsextract.extract(article(0, 0), url="http://warm.up/")  # imports and caches, untimed
    pages = failures = words = 0
    samples: list[tuple[int, float]] = []
    started = time.perf_counter()
    async with AsyncFetcher(options) as fetcher:
        async for result in fetcher.fetch_many(urls):
            if isinstance(result, Page):
                pages += 1
                if args.extract:
                    body = newsextract.extract(result.text, url=result.final_url).body
                    words += len(body.split())
            else:
                failures += 1
                print(f"{result.url}: {result.reason}: {result.message}", file=sys.stderr)
            done = pages + failures
            if done % max(1, count // 8) == 0:
                samples.append((done, round(rss_mb(), 1)))
    seconds = time.perf_counter() - started
    return {
        "count": count,
        "pages": pages,
        "failures": failures,
        "seconds": round(seconds, 2),
        "pages_per_s": round(pages / seconds, 1),
        "words": words,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_along_the_way_mb": samples,
    }


def tree_sample(root: Any, cpu: dict[int, float]) -> float:
    """The resident memory (MB) of a process and all its descendants (psutil.Process
    ``root``); the CPU seconds of each so far go into ``cpu`` by pid (a worker that ended
    keeps its last figure)."""
    import psutil

    rss = 0
    for process in (root, *root.children(recursive=True)):
        with contextlib.suppress(psutil.Error):  # ended between the listing and the look
            rss += process.memory_info().rss
            times = process.cpu_times()
            cpu[process.pid] = times.user + times.system
    return rss / 2**20


def batch_client(count: int, ports: list[int], args: argparse.Namespace) -> dict[str, Any]:
    """Run the batch command over ``count`` URLs, watching its output and memory."""
    import psutil

    hosts = len(ports)
    with tempfile.TemporaryDirectory(prefix="fetch-bench-") as folder:
        listing, output = Path(folder, "urls.txt"), Path(folder, "out.jsonl")
        listing.write_text(
            "".join(
                f"http://127.0.1.{i % hosts + 1}:{ports[i % hosts]}/a/{i}\n" for i in range(count)
            )
        )
        command = [
            sys.executable, "-m", "newsextract.batching", "--inputs-from", str(listing),
            "-o", str(output), "-j", str(args.workers), "--delay", str(args.delay),
            "--no-progress",
        ]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
        started = time.perf_counter()
        batch = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
        root = psutil.Process(batch.pid)
        rows, first_row, peak, at_marks = 0, None, 0.0, {}
        rss, cpu = 0.0, dict[int, float]()  # the last sample's memory; CPU seconds by pid
        samples: list[tuple[int, float]] = []
        watched = None  # OUT, once the batch has created it
        try:
            while True:
                ended = batch.poll() is not None
                if watched is None and output.exists():
                    watched = output.open("rb")
                if watched is not None:
                    rows += watched.read().count(b"\n")
                now = time.perf_counter()
                if rows and first_row is None:
                    first_row = now
                if not ended:
                    rss = tree_sample(root, cpu)
                    peak = max(peak, rss)
                    samples.append((rows, round(rss, 1)))
                for mark in MARKS:  # the most of the last second (the pool may be ending)
                    if rows >= mark and mark not in at_marks:
                        recent = samples[-int(1 / SAMPLE_EVERY) :] or [(rows, rss)]
                        at_marks[mark] = max(mb for _, mb in recent)
                if ended:
                    break
                time.sleep(SAMPLE_EVERY)
        finally:
            if watched is not None:
                watched.close()
        seconds = time.perf_counter() - started
        stderr = batch.stderr.read() if batch.stderr else ""
        if batch.returncode == 2:  # the run stopped: no figures to give
            sys.exit(f"the batch command failed: {stderr.strip()}")
        lines = output.read_text().splitlines()
        failures = sum(1 for line in lines if json.loads(line)["status"] == "error")
    steady = seconds - ((first_row or started) - started)
    step = max(1, len(samples) // 8)
    return {
        "count": count,
        "pages": rows - failures,
        "failures": failures,
        "status": batch.returncode,
        "summary": stderr.strip().splitlines()[-1:] if stderr else [],
        "seconds": round(seconds, 2),
        "pages_per_s": round(rows / seconds, 1),
        "steady_pages_per_s": round(rows / steady, 1) if steady > 0 else None,
        "peak_rss_mb": round(peak, 1),
        "cpu_s_batch_process": round(cpu.get(batch.pid, 0.0), 2),
        "cpu_s_workers": round(sum(cpu.values()) - cpu.get(batch.pid, 0.0), 2),
        "rss_at_marks_mb": at_marks,
        "rss_along_the_way_mb": samples[::step],
    }


# ---------------------------------------------------------------- the driver


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("role", nargs="?", default="run", choices=("run", "serve", "client"))
    parser.add_argument("--counts", default="1000,10000", help="comma-separated page counts")
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--ports", help=argparse.SUPPRESS)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.02, help="per-host delay, seconds")
    parser.add_argument("--per-host", type=int, default=2, help="per-host concurrency")
    parser.add_argument("--global", dest="global_concurrency", type=int, default=32)
    parser.add_argument("--no-extract", dest="extract", action="store_false")
    parser.add_argument("--mode", choices=("batch", "fetch_many"), default="batch")
    parser.add_argument("--workers", type=int, default=2, help="batch worker processes")
    parser.add_argument(
        "--latency", type=float, default=0.0, help="ms the server takes for each page"
    )
    parser.add_argument("--out", type=Path, default=HERE / "out" / "fetch-bench.json")
    return parser.parse_args(argv)


def control(port: int, path: str) -> list[dict[str, Any]]:
    with urlopen(f"http://{CONTROL}:{port}{path}", timeout=10) as response:
        stats: list[dict[str, Any]] = json.load(response)
    return stats


def cpu_per_page(result: dict[str, Any]) -> dict[str, Any]:
    """The CPU milliseconds a page costs the server, the batch process and its workers, and
    the pages/s that this CPU allows on ``CORES`` idle cores: a figure the machine's other
    sessions do not move, where the pages/s they leave to the run vary twice over. The
    batch process counts twice: its Python threads share one GIL, so it cannot go faster
    than one core runs its part, however many cores there are."""
    pages = max(1, result["pages"] + result["failures"])
    parts = ("cpu_s_server", "cpu_s_batch_process", "cpu_s_workers")
    per_page = {part: 1000 * result.get(part, 0.0) / pages for part in parts}
    total, batch_process = sum(per_page.values()), per_page["cpu_s_batch_process"]
    bounds = [
        CORES * 1000 / total if total else None,
        1000 / batch_process if batch_process else None,
    ]
    known = [bound for bound in bounds if bound is not None]
    return {
        "cpu_ms_per_page": {
            part.removeprefix("cpu_s_"): round(ms, 3) for part, ms in per_page.items()
        },
        "pages_per_s_on_idle_cores": round(min(known), 1) if known else None,
    }


def run(args: argparse.Namespace) -> None:
    import psutil

    serve_command = [sys.executable, __file__, "serve", "--hosts", str(args.hosts)]
    serve_command += ["--latency", str(args.latency)]
    server = subprocess.Popen(
        serve_command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert server.stdin is not None and server.stdout is not None
    mode = args.mode if args.extract else "fetch_many"  # fetch only: the fetcher alone
    try:
        info = json.loads(server.stdout.readline())
        rows = []
        for count in (int(c) for c in args.counts.split(",")):
            control(info["control"], "/reset")
            server_cpu = sum(psutil.Process(server.pid).cpu_times()[:2])
            command = [
                sys.executable, __file__, "client", "--count", str(count),
                "--ports", ",".join(map(str, info["ports"])), "--delay", str(args.delay),
                "--per-host", str(args.per_host), "--global", str(args.global_concurrency),
            ]  # fmt: skip
            command += ["--mode", mode, "--workers", str(args.workers)]
            if not args.extract:
                command.append("--no-extract")
            result = json.loads(
                subprocess.run(command, capture_output=True, check=True, text=True).stdout
            )
            hosts = control(info["control"], "/stats")
            gaps = [h["min_gap"] for h in hosts if h["min_gap"] is not None]
            result["max_in_flight_per_host"] = max(h["max_in_flight"] for h in hosts)
            result["min_gap_per_host_s"] = round(min(gaps), 4) if gaps else None
            result["requests"] = sum(h["requests"] for h in hosts)
            server_cpu = sum(psutil.Process(server.pid).cpu_times()[:2]) - server_cpu
            result["cpu_s_server"] = round(server_cpu, 2)
            result.update(cpu_per_page(result))
            rows.append(result)
            print(json.dumps(result), file=sys.stderr)
    finally:
        server.stdin.close()
        server.wait(timeout=10)
    settings = {
        "hosts": args.hosts,
        "per_host_delay": args.delay,
        "per_host_concurrency": args.per_host,
        "global_concurrency": args.global_concurrency,
        "extract": args.extract,
        "mode": mode,
        "workers": args.workers if mode == "batch" else None,
        "server_latency_ms": args.latency,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"settings": settings, "runs": rows}, indent=2))
    print(f"settings: {json.dumps(settings)}\n")
    print("| pages | s | pages/s | steady pages/s | peak RSS MB | RSS at 1k / 10k MB "
          "| RSS along the way (pages: MB) | max in flight per host | min gap per host s "
          "| failures | CPU s: server / batch process / workers "
          "| CPU ms a page: server / batch process / workers "
          "| pages/s on 2 idle cores |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        along = ", ".join(f"{n}: {mb:.0f}" for n, mb in r["rss_along_the_way_mb"][::2])
        marks = r.get("rss_at_marks_mb", {})
        at = " / ".join(str(marks.get(m, marks.get(str(m), "-"))) for m in MARKS)
        print(
            f"| {r['pages']} | {r['seconds']} | {r['pages_per_s']} "
            f"| {r.get('steady_pages_per_s', '-')} | {r['peak_rss_mb']} | {at} | {along} "
            f"| {r['max_in_flight_per_host']} | {r['min_gap_per_host_s']} | {r['failures']} "
            f"| {r['cpu_s_server']} / {r.get('cpu_s_batch_process', '-')} "
            f"/ {r.get('cpu_s_workers', '-')} "
            f"| {' / '.join(str(ms) for ms in r['cpu_ms_per_page'].values())} "
            f"| {r['pages_per_s_on_idle_cores']} |"
        )


def main() -> None:
    args = parse_args()
    if args.role == "serve":
        serve(args.hosts, args.latency / 1000)
    elif args.role == "client":
        ports = [int(p) for p in args.ports.split(",")]
        if args.mode == "batch" and args.extract:
            print(json.dumps(batch_client(args.count, ports, args)))
        else:
            print(json.dumps(asyncio.run(client(args.count, ports, args))))
    else:
        run(args)


if __name__ == "__main__":
    main()
