"""Per-page ``extract()`` times of two source trees on one dev set, and the pages that moved most.

    python benchmarks/page_times.py trafilatura --eval-dir ../shared/eval \\
        --base /tmp/base/src --tree src [--top 12]

``instr_count.py`` counts the first pages of a set, where a rule that costs only on some
kind of page (one with hundreds of comments, a blog under another domain) does not show;
the speed table gives a set's p99, not which page made it. This times every page of the
set on each tree (the best of three, in a child process per tree, one after the other) and
lists the pages whose time grew most: the ones to profile. Wall clock: run it on a quiet
machine, and read moves under a few milliseconds as noise.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

_RUNS = 3  # the best of three: one run's time carries the machine's noise


def time_pages(set_dir: Path) -> dict[str, float]:
    """Milliseconds of ``extract()`` on each page of ``set_dir`` (the tree on ``sys.path``)."""
    import newsextract

    pages = [
        (path.name, gzip.decompress(path.read_bytes()))
        for path in sorted(set_dir.glob("pages/*.html.gz"))
    ]
    for _, html in pages[:3]:  # warm-up: first uses of lazy data
        newsextract.extract(html, url="https://example.org/a")
    times: dict[str, float] = {}
    for name, html in pages:
        best = float("inf")
        for _ in range(_RUNS):
            start = time.perf_counter()
            newsextract.extract(html, url="https://example.org/a")
            best = min(best, time.perf_counter() - start)
        times[name] = best * 1000
    return times


def _in_child(tree: Path, set_dir: Path) -> dict[str, float]:
    code = (
        "import json, sys; from pathlib import Path; "
        f"sys.path.insert(0, {str(tree)!r}); sys.path.insert(1, {str(Path(__file__).parent)!r}); "
        "import page_times; "
        f"print(json.dumps(page_times.time_pages(Path({str(set_dir)!r}))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {name: float(ms) for name, ms in json.loads(done.stdout).items()}


def _p99(times: dict[str, float]) -> float:
    ordered = sorted(times.values())
    return ordered[int(len(ordered) * 0.99)] if ordered else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "set", help="a dev set's folder name under --eval-dir (trafilatura, fundus, ...)"
    )
    parser.add_argument("--eval-dir", type=Path, required=True)
    parser.add_argument("--base", type=Path, required=True, help="the base tree's src folder")
    parser.add_argument("--tree", type=Path, required=True, help="the changed tree's src folder")
    parser.add_argument("--top", type=int, default=12, help="pages listed (default 12)")
    args = parser.parse_args(argv)
    set_dir = args.eval_dir / args.set
    base = _in_child(args.base.resolve(), set_dir)
    tree = _in_child(args.tree.resolve(), set_dir)
    shared = sorted(base.keys() & tree.keys())
    print(f"{args.set}: {len(shared)} pages")
    totals = sum(base[n] for n in shared), sum(tree[n] for n in shared)
    print(f"total ms  base {totals[0]:.0f}  tree {totals[1]:.0f}")
    print(f"p99 ms    base {_p99(base):.1f}  tree {_p99(tree):.1f}")
    print("grew most (ms, base -> tree):")
    for name in sorted(shared, key=lambda n: tree[n] - base[n], reverse=True)[: args.top]:
        print(f"  {tree[name] - base[name]:+7.1f}  {base[name]:6.1f} -> {tree[name]:6.1f}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
