"""Measure the body extractor on an evaluation set: accuracy (score.py) and time per page.

Usage::

    .venv/bin/python benchmarks/body_eval.py fundus [--pipeline] [--favor precision]
        [--trafilatura] [--per-page] [--half A] [--eval-dir DIR] [--out /tmp/body_eval]

Each set is scored on the two halves of its fixed split by site (``split.py``): tune on half
A, and look at B only to check that a change holds there too; ``--per-page`` lists the worst
pages of ``--half`` (A unless told). On the trafilatura set, which has snippets instead of a
body text, the snippet scores are printed. The evaluation pages are read at run time from the
shared folder and never copied here; the per-half truth files go to ``--out``.
Only ``extract_body`` is timed (the parse is shared with the metadata code and timed apart).
``--pipeline`` scores the body that ``newsextract.extract`` returns instead, after the
pipeline's own filters (byline/tag lines, the standfirst moved to ``lead``, the fallback);
the time reported is still that of ``extract_body`` alone.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import newsextract
import split
from newsextract.body.extractor import BodyOptions, extract_body
from newsextract.decode import decode_html
from newsextract.page import ParsedPage

DEFAULT_EVAL = split.DEFAULT_EVAL_DIR


Page = tuple[str, str, str, bytes]


def load_pages(set_dir: Path) -> list[Page]:
    """(id, url, html text, raw bytes) for every page of the set, decoded as the library
    would."""
    out = []
    with (set_dir / "truth.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for row in rows:
        raw = gzip.decompress((set_dir / "pages" / f"{row['id']}.html.gz").read_bytes())
        out.append((row["id"], row.get("url") or "", decode_html(raw).text, raw))
    return out


def run_ours(
    pages: list[Page], options: BodyOptions, pipeline: bool
) -> tuple[list[dict[str, Any]], list[float]]:
    """Predictions and per-page extraction times (ms) of our extractor; with ``pipeline``
    the predicted body is the one ``newsextract.extract`` returns for the raw bytes."""
    rows, times = [], []
    for page_id, url, html, raw in pages:
        page = ParsedPage(html, url)
        start = time.perf_counter()
        try:
            body = extract_body(page, options)
        except Exception as exc:  # a crash is a result to report, not a reason to stop
            rows.append({"id": page_id, "error": repr(exc)})
            continue
        times.append((time.perf_counter() - start) * 1000)
        text = body.text
        if pipeline:
            text = newsextract.extract(raw, url=url or None, favor=options.favor).body or ""
        rows.append({"id": page_id, "body": text, "method": body.method})
    return rows, times


def run_trafilatura(pages: list[Page]) -> tuple[list[dict[str, Any]], list[float]]:
    """The reference: trafilatura's bare extraction on the same decoded text."""
    import trafilatura

    rows, times = [], []
    for page_id, url, html, _ in pages:
        start = time.perf_counter()
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
        times.append((time.perf_counter() - start) * 1000)
        rows.append({"id": page_id, "body": (doc.text if doc else "") or ""})
    return rows, times


def timing(times: list[float]) -> str:
    """p50/p99 in ms and pages per second."""
    if not times:
        return "no timings"
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    rate = len(times) / (sum(times) / 1000) if sum(times) else float("inf")
    return (
        f"p50={statistics.median(ordered):.2f}ms p99={p99:.2f}ms "
        f"max={ordered[-1]:.2f}ms pages/s={rate:.0f}"
    )


def score(pred_path: Path, truth: Path, per_page: Path | None, eval_dir: Path) -> dict[str, Any]:
    """Run the shared scorer and return its JSON summary."""
    cmd = [sys.executable, str(eval_dir / "score.py"), str(pred_path), str(truth)]
    cmd.append("--json")
    if per_page:
        cmd += ["--per-page", str(per_page)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def score_line(summary: dict[str, Any]) -> str:
    """The body scores of a score.py summary, or the snippet scores where the set has those."""
    if "body" in summary:
        body = summary["body"]
        return (
            f"F1={body['f1']:.4f} P={body['precision']:.4f} R={body['recall']:.4f} "
            f"pageF1={body['mean_page_f1']:.4f} empty={body['empty']}"
        )
    snippets = summary["snippets"]
    return (
        f"snippets F1={snippets['f1']:.4f} P={snippets['precision']:.4f} "
        f"R={snippets['recall']:.4f} accuracy={snippets['accuracy']:.4f}"
    )


def half_truths(args: Any) -> dict[str, Path]:
    """The truth file of each half (written to the out dir) and of the whole set."""
    truth = Path(args.eval_dir) / args.set / "truth.jsonl"
    rows = split.read_truth(truth.parent)
    ids = split.half_ids(rows)
    paths = {}
    for half in split.HALVES:
        paths[half] = Path(args.out) / f"{args.set}-{half}.truth.jsonl"
        write_jsonl(paths[half], [row for row in rows if row["id"] in ids[half]])
    return {**paths, "all": truth}


def report(name: str, rows: list[dict[str, Any]], times: list[float], args: Any) -> None:
    """Write predictions, score them on each half and the whole set, print one line each."""
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    pred = out_dir / f"{args.set}.{name}.jsonl"
    write_jsonl(pred, rows)
    per_page = out_dir / f"{args.set}.{name}.per_page.jsonl" if args.per_page else None
    print(f"{name} ({timing(times)})")
    for part, truth in half_truths(args).items():
        listed = per_page if part == args.half else None
        print(f"  {part:4} {score_line(score(pred, truth, listed, Path(args.eval_dir)))}")
    if per_page:
        print(f"  worst pages of half {args.half}:")
        worst(per_page, rows)


def worst(per_page: Path, rows: list[dict[str, Any]], n: int = 15) -> None:
    """The pages with the lowest F1, to look at first."""
    methods = {r["id"]: r.get("method", "") for r in rows}
    scored = []
    with per_page.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if "body_tp_fp_fn" in row:
                tp, fp, fn = row["body_tp_fp_fn"]
            else:  # a snippet set: must-have snippets found, must-not found, must-have missed
                tp, fp, fn, _ = row["snippets_tp_fp_fn_tn"]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
            scored.append((f1, p, r, row["id"]))
    for f1, p, r, page_id in sorted(scored)[:n]:
        print(f"  {f1:.3f} P={p:.3f} R={r:.3f} {page_id} [{methods.get(page_id, '')}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set")
    parser.add_argument("--eval-dir", default=str(DEFAULT_EVAL))
    parser.add_argument("--out", default="/tmp/body_eval")
    parser.add_argument("--trafilatura", action="store_true")
    parser.add_argument("--per-page", action="store_true", help="list the worst pages")
    parser.add_argument(
        "--half", choices=split.HALVES, default="A", help="whose worst pages to list (tune on A)"
    )
    parser.add_argument("--pipeline", action="store_true", help="score extract().body")
    parser.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced")
    args = parser.parse_args()
    pages = load_pages(Path(args.eval_dir) / args.set)
    rows, times = run_ours(pages, BodyOptions(favor=args.favor), args.pipeline)
    report("newsextract", rows, times, args)
    if args.trafilatura:
        t_rows, t_times = run_trafilatura(pages)
        report("trafilatura", t_rows, t_times, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
