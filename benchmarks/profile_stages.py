"""Where ``extract()`` spends its time, by pipeline stage, on an evaluation set.

Profiles ``newsextract.extract`` over every page of a set with pyinstrument (a sampling
profiler: the functions keep their speed, the stages are read off the call tree afterwards)
and prints each stage's share: a stage is the time inside the functions named in ``STAGES``,
counted once where they nest (htmldate inside ``resolve`` counts as htmldate, the rest of
``resolve`` as resolution). ``--tree`` prints pyinstrument's own call tree as well.

    python benchmarks/profile_stages.py trafilatura [--limit N] [--eval-dir DIR] [--tree]

Profile before optimising: the speed issue's targets are pages/s against trafilatura, and the
stage that costs most is the one to cut.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from pyinstrument import Profiler
from pyinstrument.frame import Frame

import newsextract
import split
from newsextract.body.trafilatura_body import trafilatura_body

# (function name, stage), innermost stages first: a frame is charged to the first stage of
# its own name or, failing that, of its nearest named ancestor.
STAGES: dict[str, str] = {
    "find_date": "dates: htmldate second opinion",
    "find_page_day": "dates: page search (second opinion)",
    "parse_text_date": "dates: visible text (dateparser)",
    "trafilatura_body": "body: trafilatura fallback",
    "walk": "body: walk the tree",
    "extract_body": "body: region and cleanup",
    "gather": "metadata: sources",
    "resolve": "metadata: resolution",
    "refined": "metadata: resolution",
    "is_paywalled": "paywall",
    "__init__": "parse and page set-up",
    # The page's views, computed on first use inside the metadata sources: set-up, not a
    # source's own work.
    "names": "page views (class names, own texts, page-wide query)",
    "own_texts": "page views (class names, own texts, page-wide query)",
    "_view_elements": "page views (class names, own texts, page-wide query)",
    "decode_html": "decode",
    "extract": "rest of the pipeline",
}
_STAGE_OWNERS = {
    "__init__": "ParsedPage",
    "names": "ParsedPage",
    "own_texts": "ParsedPage",
    "_view_elements": "ParsedPage",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="a folder of the eval dir with truth.jsonl and pages/")
    parser.add_argument("--eval-dir", type=Path, default=split.DEFAULT_EVAL_DIR)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--tree", action="store_true", help="print the call tree too")
    args = parser.parse_args(argv)
    set_dir = args.eval_dir / args.set
    if not (set_dir / "truth.jsonl").exists():
        print(f"no evaluation set at {set_dir}", file=sys.stderr)
        return 2
    pages = _load(set_dir, args.limit)
    # Imports and caches, not profiled: the pipeline on the first page, and the trafilatura
    # fallback, whose one import (0.1-0.3 s) would be charged to the first page that needs it.
    newsextract.extract(pages[0][1], url=pages[0][0])
    trafilatura_body(pages[0][1].decode("utf-8", "replace"), pages[0][0])
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    profiler.start()
    for url, raw in pages:
        with contextlib.suppress(newsextract.NewsExtractError):  # a failure is timed too
            newsextract.extract(raw, url=url)
    profiler.stop()
    wall = time.perf_counter() - started
    session = profiler.last_session
    root = session.root_frame() if session is not None else None
    if root is None:
        print("nothing sampled", file=sys.stderr)
        return 1
    totals: dict[str, float] = defaultdict(float)
    _charge(root, None, totals)
    sampled = sum(totals.values()) or 1.0
    print(f"{args.set}: {len(pages)} pages, {wall:.2f} s under the profiler")
    print("| stage | ms/page | share |")
    print("|---|---|---|")
    for stage, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        if stage == "outside extract":
            continue
        print(f"| {stage} | {1000 * seconds / len(pages):.2f} | {seconds / sampled:.0%} |")
    if args.tree:
        print(profiler.output_text(unicode=False, color=False))
    return 0


def _load(set_dir: Path, limit: int) -> list[tuple[str, bytes]]:
    with (set_dir / "truth.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if limit:
        rows = rows[:limit]
    return [
        (row["url"], gzip.decompress((set_dir / "pages" / f"{row['id']}.html.gz").read_bytes()))
        for row in rows
    ]


def _stage_of(frame: Frame) -> str | None:
    name = frame.function
    if name not in STAGES:
        return None
    owner = _STAGE_OWNERS.get(name)
    if owner is not None and frame.class_name != owner:
        return None
    if name == "extract" and "newsextract" not in (frame.file_path or ""):
        return None
    return STAGES[name]


def _charge(frame: Frame, stage: str | None, totals: dict[str, float]) -> None:
    """Add each frame's own time to its stage: its own name's, else its caller's."""
    stage = _stage_of(frame) or stage
    own = frame.time - sum(child.time for child in frame.children)
    totals[stage or "outside extract"] += own
    for child in frame.children:
        _charge(child, stage, totals)


if __name__ == "__main__":
    sys.exit(main())
