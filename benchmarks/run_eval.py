"""Accuracy and speed of newsextract against trafilatura on the shared evaluation sets.

For each set (a folder of the eval dir with a ``truth.jsonl``) and each tool, ``worker.py`` runs
in its own subprocess, one after another, and writes ``<out>/<tool>-<set>.jsonl``; the
predictions are scored with the eval's own ``score.py`` on the whole set and on each half of
its fixed split by site (``split.py``: tune on A, B is held back), and everything is printed as
markdown and written to ``<out>/summary.json``. The evaluation data is read at run time, never
copied into the repository; the per-half truth and prediction files go to ``<out>/halves/``.

    python benchmarks/run_eval.py [--sets fundus,htmldate] [--tools newsextract,trafilatura]
                                  [--limit N] [--eval-dir DIR] [--out benchmarks/out]
                                  [--newsextract-src DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import report
import split

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval"
TOOLS = ("newsextract", "trafilatura")

Row = dict[str, Any]


# ---------------------------------------------------------------- arguments


def comma_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", type=comma_list, help="comma-separated sets (default: all)")
    parser.add_argument(
        "--tools", type=comma_list, default=list(TOOLS), help="comma-separated tools"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument(
        "--timeout", type=float, default=3600.0, help="seconds allowed per tool and set"
    )
    parser.add_argument(
        "--newsextract-src",
        type=Path,
        default=REPO / "src",
        help="the src/ folder whose newsextract to measure (default: this working tree's)",
    )
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="time each page on the wall clock, or in CPU time (steadier on a shared machine)",
    )
    args = parser.parse_args(argv)
    unknown = [tool for tool in args.tools if tool not in TOOLS]
    if unknown:
        parser.error(f"unknown tools {unknown}; choose from {', '.join(TOOLS)}")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def discover_sets(eval_dir: Path) -> list[str]:
    return sorted(path.parent.name for path in eval_dir.glob("*/truth.jsonl"))


def choose_sets(eval_dir: Path, wanted: list[str] | None) -> list[str]:
    available = discover_sets(eval_dir)
    if not available:
        sys.exit(f"no evaluation sets (folders with truth.jsonl) in {eval_dir}")
    unknown = [name for name in wanted or [] if name not in available]
    if unknown:
        sys.exit(f"unknown sets {unknown}; available: {', '.join(available)}")
    return wanted or available


# ---------------------------------------------------------------- scoring


def load_scorer(eval_dir: Path) -> ModuleType:
    """Import the eval's score.py by path, without leaving a __pycache__ in the eval dir."""
    spec = importlib.util.spec_from_file_location("eval_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {eval_dir / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    previous, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = previous
    return module


def read_jsonl(path: Path) -> list[Row]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def write_jsonl(path: Path, rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


_WORD = re.compile(r"\w+")


def empty_snippet_bodies(truth: list[Row], predictions: list[Row]) -> int:
    """Pages scored by snippets whose predicted body has no word at all (score.py counts
    empty bodies only where the truth has a body text)."""
    bodies = {row.get("id"): row.get("body") for row in predictions}
    scored = [row for row in truth if row.get("body_with") or row.get("body_without")]
    return sum(1 for row in scored if not _WORD.search(str(bodies.get(row["id"]) or "")))


def score_rows(scorer: ModuleType, truth: list[Row], predictions: list[Row]) -> tuple[Row, Any]:
    """score.py's summary (plus the empty count for snippet sets) and its per-page rows."""
    summary, pages = scorer.score(truth, predictions)
    summary = dict(summary)
    if "snippets" in summary:
        summary["snippets"] = {
            **summary["snippets"],
            "empty": empty_snippet_bodies(truth, predictions),
        }
    return summary, pages


def score_predictions(
    scorer: ModuleType, truth: list[Row], predictions: Path, per_page: Path
) -> Row:
    """score.py's summary for these predictions; per-page scores go to ``per_page``."""
    summary, pages = score_rows(scorer, truth, read_jsonl(predictions))
    write_jsonl(per_page, pages)
    return summary


def halves_dir(out: Path) -> Path:
    folder = out / "halves"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def truth_halves(truth: list[Row], set_name: str, out: Path) -> dict[str, list[Row]]:
    """The truth rows of each half; each half's rows also go to ``<out>/halves/<set>-<half>
    .truth.jsonl``, so that ``score.py`` can be run on a half by hand."""
    ids = split.half_ids(truth)
    rows = {half: [row for row in truth if row["id"] in ids[half]] for half in split.HALVES}
    for half, half_rows in rows.items():
        write_jsonl(halves_dir(out) / f"{set_name}-{half}.truth.jsonl", half_rows)
    return rows


def score_halves(
    scorer: ModuleType, halves: dict[str, list[Row]], predictions: Path, name: str
) -> dict[str, Row]:
    """score.py's summary of each half: the predictions scored against that half's truth rows
    (and written to ``<out>/halves/<tool>-<set>-<half>.jsonl``)."""
    rows = read_jsonl(predictions)
    summaries = {}
    for half, truth in halves.items():
        ids = {row["id"] for row in truth}
        half_rows = [row for row in rows if row.get("id") in ids]
        write_jsonl(halves_dir(predictions.parent) / f"{name}-{half}.jsonl", half_rows)
        summaries[half], _ = score_rows(scorer, truth, half_rows)
    return summaries


# ---------------------------------------------------------------- speed


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def speed_summary(stats: Row) -> Row:
    seconds: dict[str, float] = stats.get("seconds") or {}
    if not seconds:
        return {}
    values = list(seconds.values())
    total = sum(values)
    slowest = sorted(seconds.items(), key=lambda item: item[1], reverse=True)[:5]
    return {
        "pages": len(values),
        "total_s": total,
        "pages_per_s": len(values) / total if total else None,
        "mean_ms": 1000 * total / len(values),
        "p50_ms": 1000 * percentile(values, 0.50),
        "p99_ms": 1000 * percentile(values, 0.99),
        "max_ms": 1000 * max(values),
        "slowest_ms": {page_id: 1000 * s for page_id, s in slowest},
        "rss_after_warmup_mb": stats.get("rss_after_warmup_mb"),
        "peak_rss_mb": stats.get("peak_rss_mb"),
        "rss_increase_mb": stats.get("rss_increase_mb"),
        "clock": stats.get("clock", "wall"),
    }


# ---------------------------------------------------------------- one tool on one set


def artifact(out: Path, tool: str, set_name: str, suffix: str) -> Path:
    """``<out>/<tool>-<set><suffix>``: predictions .jsonl, .stats.json, .scores.jsonl, .log."""
    return out / f"{tool}-{set_name}{suffix}"


def run_worker(tool: str, set_dir: Path, args: argparse.Namespace) -> Row:
    """Run worker.py in a subprocess; returns its stats (or a failure note)."""
    out, limit, timeout = args.out, args.limit, args.timeout
    stats_path = artifact(out, tool, set_dir.name, ".stats.json")
    predictions = artifact(out, tool, set_dir.name, ".jsonl")
    for stale in (stats_path, predictions):
        stale.unlink(missing_ok=True)
    command = [sys.executable, str(HERE / "worker.py"), "--tool", tool, "--set-dir", str(set_dir)]
    command += ["--predictions", str(predictions), "--stats", str(stats_path)]
    if limit is not None:
        command += ["--limit", str(limit)]
    if tool == "newsextract":
        command += ["--src", str(args.newsextract_src)]
    command += ["--clock", args.clock]
    log = artifact(out, tool, set_dir.name, ".log")
    with log.open("w", encoding="utf-8") as log_file:
        try:
            done = subprocess.run(
                command, stdout=log_file, stderr=subprocess.STDOUT, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired:
            return {"failure": f"timed out after {timeout:.0f} s (see {log})"}
    if done.returncode != 0 or not stats_path.exists():
        return {"failure": f"worker exited with {done.returncode} (see {log})"}
    stats: Row = json.loads(stats_path.read_text(encoding="utf-8"))
    return stats


def evaluate(
    tool: str,
    set_dir: Path,
    truth: list[Row],
    halves: dict[str, list[Row]],
    scorer: ModuleType,
    args: argparse.Namespace,
) -> Row:
    started = time.monotonic()
    stats = run_worker(tool, set_dir, args)
    predictions = artifact(args.out, tool, set_dir.name, ".jsonl")
    per_page = artifact(args.out, tool, set_dir.name, ".scores.jsonl")
    result: Row = {
        "version": stats.get("version"),
        "scores": score_predictions(scorer, truth, predictions, per_page),
        "halves": score_halves(scorer, halves, predictions, f"{tool}-{set_dir.name}"),
        "speed": speed_summary(stats),
    }
    for key in ("failure", "load_error", "errors", "unexpected_errors"):
        if key in stats:
            result[key] = stats[key]
    note = result.get("failure") or result.get("load_error") or ""
    print(f"  {tool:12} {time.monotonic() - started:6.1f} s  {note}", file=sys.stderr)
    return result


def evaluate_set(set_name: str, scorer: ModuleType, args: argparse.Namespace) -> Row:
    set_dir = args.eval_dir / set_name
    truth = read_jsonl(set_dir / "truth.jsonl")[: args.limit]
    halves = truth_halves(truth, set_name, args.out)
    counts = split.split_counts(truth)
    print(
        f"{set_name}: {len(truth)} pages; "
        + ", ".join(f"half {h}: {p} pages, {s} sites" for h, (p, s) in counts.items()),
        file=sys.stderr,
    )
    tools = {tool: evaluate(tool, set_dir, truth, halves, scorer, args) for tool in args.tools}
    return {"pages": len(truth), "split": counts, "tools": tools}


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.eval_dir = args.eval_dir.resolve()
    sets = choose_sets(args.eval_dir, args.sets)
    scorer = load_scorer(args.eval_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    results = {name: evaluate_set(name, scorer, args) for name in sets}
    summary = {
        "eval_dir": str(args.eval_dir),
        "tools": args.tools,
        "limit": args.limit,
        "newsextract_src": str(args.newsextract_src),
        "python": sys.version.split()[0],
        "sets": results,
    }
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(report.render(results, args.tools))
    return 0


if __name__ == "__main__":
    sys.exit(main())
