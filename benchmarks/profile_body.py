"""Where the body stage spends its time, by function, with cProfile over the dev pages.

Parses each page once (``ParsedPage``, its JSON-LD read), warms up, runs ``extract_body`` once
untimed (first uses and caches), then profiles ``--passes`` runs of ``extract_body`` over every
page and prints the functions by own time (``--sort tottime``) or cumulative time. cProfile's
hook charges each Python call several times its cost: read the ranking, and time a change
with ``stage_times.py`` or ``--plain`` (no profiler, best of passes, CPU ms a page).

    python benchmarks/profile_body.py fundus,trafilatura [--passes 2] [--sort tottime] [--plain]

Run it under ``PYTHONPATH=<tree>/src`` to profile another tree than the installed one.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from pathlib import Path

import split
from newsextract.body import extractor
from newsextract.body.blocks import walk
from newsextract.body.extractor import is_discussion
from newsextract.page import ParsedPage
from newsextract.warm_up import warm_up
from stage_times import load as load_pages


def load(eval_dir: Path, sets: list[str]) -> list[ParsedPage]:
    pages = []
    for raw, url in load_pages(eval_dir, sets):
        page = ParsedPage(raw.decode("utf-8", "replace"), url=url)
        page.jsonld  # noqa: B018 - read once, outside the body's time
        pages.append(page)
    return pages


def extract_body(page: ParsedPage) -> None:
    """``extract_body`` without its per-page cache (``ParsedPage.derived``), which would
    answer every pass after the first at no cost: the body's own work, every pass."""
    extractor._extract_body(page, extractor.BodyOptions())


def _walk_only(page: ParsedPage) -> None:
    root = page.body or page.root
    if root is not None:
        walk(root, figures=True, discussion=is_discussion(page.jsonld))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", help="comma-separated sets of the eval dir")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument("--plain", action="store_true", help="time only, no profiler")
    parser.add_argument("--walk", action="store_true", help="the walk alone, not extract_body")
    parser.add_argument("--eval-dir", type=Path, default=split.DEFAULT_EVAL_DIR)
    args = parser.parse_args()
    pages = load(args.eval_dir, args.sets.split(","))
    warm_up()
    run = _walk_only if args.walk else extract_body
    for page in pages:
        run(page)
    gc.freeze()
    if args.plain:
        best = [float("inf")] * len(pages)
        for _ in range(args.passes):
            for index, page in enumerate(pages):
                started = time.process_time()
                run(page)
                best[index] = min(best[index], time.process_time() - started)
        print(f"{run.__name__}: {1000 * sum(best) / len(pages):.3f} CPU ms a page ({len(pages)})")
        return 0
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.passes):
        for page in pages:
            run(page)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
