"""How long ``import newsextract`` takes in a fresh interpreter: the cost every CLI call,
batch worker and short script pays before its first page.

    .venv/bin/python benchmarks/import_time.py [--runs 15]

Each run is a new process (nothing cached in memory but the OS's file cache; the first
run warms that and is not counted). The first run also writes the package's bytecode, as
any user's first import (or ``pip install``) does: with ``PYTHONDONTWRITEBYTECODE`` set, as
in some containers, an edited module's stale ``.pyc`` would otherwise be compiled from
source again in every run (about 60 ms here after an edit), which no installed copy pays.

Prints the median and the best wall time of the import alone, and the modules that cost
most in the median run (``-X importtime``, cumulative). The bar (issue 14): 150 ms.
Exit code 1 above it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

# The bar of issue 14, in milliseconds.
BAR_MS = 150.0
_CHILD = (
    "import time; t = time.perf_counter(); import newsextract; "
    "print((time.perf_counter() - t) * 1000)"
)
# Modules listed from the median run's import profile.
_TOP = 12


def _one_run(*, write_bytecode: bool = False) -> float:
    env = dict(os.environ)
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD], check=True, capture_output=True, text=True, env=env
    ).stdout
    return float(out.strip())


def _profile() -> list[tuple[int, str]]:
    """(cumulative microseconds, module) of the newsextract import, largest first."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsextract"],
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    rows = []
    for line in err.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].strip()))
    return sorted(rows, reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    _one_run(write_bytecode=True)  # warms the OS's file cache, brings the .pyc up to date
    times = sorted(_one_run() for _ in range(args.runs))
    median = statistics.median(times)
    print(f"import newsextract: median {median:.1f} ms, best {times[0]:.1f} ms")
    print(f"({args.runs} fresh processes; bar {BAR_MS:.0f} ms)")
    print("\nlargest cumulative imports (one run, -X importtime):")
    for micros, module in _profile()[:_TOP]:
        print(f"  {micros / 1000:7.1f} ms  {module}")
    return 0 if median <= BAR_MS else 1


if __name__ == "__main__":
    sys.exit(main())
