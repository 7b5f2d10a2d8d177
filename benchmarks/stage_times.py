"""CPU time of each stage of ``extract()``, by plain timers around the pipeline's functions.

``profile_stages.py`` says where the time goes, but its profiler's hook charges Python calls
several times their cost; this script wraps the stages' functions (and the page views of
``ParsedPage``) with ``time.perf_counter`` and reports each page's best of ``--passes`` runs,
summed over the pages, after the warm-up and a first untimed pass (warm caches, as in a long
run). Stages nest (the page views are read inside the metadata sources, CLD2's language
inside what the body tells): read each figure alone, not their sum.

    python benchmarks/stage_times.py fundus,trafilatura [--passes 3] [--eval-dir DIR]

``--after htmldate,trafilatura`` times each page's first extraction instead (one pass, no
untimed one), after the warm-up and the pages of those other sets: a page of a site the
process has not met, as in ``run_eval.py``'s one pass, where the caches of class strings
and short texts miss, while a long run's one-time set-up (a language's regexes and date
data, met on the other sets' pages) is done.

Run it under ``PYTHONPATH=<tree>/src`` to time another tree than the installed one.
"""

from __future__ import annotations

import argparse
import collections
import gc
import gzip
import json
import sys
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

import newsextract
import split
from newsextract import page as page_module
from newsextract.warm_up import warm_up

PIPELINE = sys.modules["newsextract.extract"]
# (function of newsextract.extract, the stage it is): each call's time is added to the stage.
STAGES = {
    "_page_text": "decode and count the tags",
    "gather": "metadata sources",
    "match_rule": "site rules: match",
    "_rule_candidates": "site rules: fields",
    "resolve": "metadata resolution",
    "_body": "body",
    "without_field_lines": "body: field lines",
    "body_candidates": "what the body tells",
    "body_language": "what the body tells: language (CLD2)",
    "_article": "the Article",
}
VIEWS = ("names", "own_texts", "_view_elements", "jsonld", "meta")

_spent: collections.Counter[str] = collections.Counter()


def _timed(function: Callable[..., Any], stage: str) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            _spent[stage] += time.perf_counter() - started

    return timed


def instrument() -> None:
    for name, stage in STAGES.items():
        setattr(PIPELINE, name, _timed(getattr(PIPELINE, name), stage))
    parsed = page_module.ParsedPage
    parsed.__init__ = _timed(parsed.__init__, "parse (ParsedPage)")  # type: ignore[method-assign]
    for name in VIEWS:
        view = parsed.__dict__[name]
        assert isinstance(view, cached_property)
        view.func = _timed(view.func, f"page view: {name}")


def load(eval_dir: Path, sets: list[str]) -> list[tuple[bytes, str | None]]:
    pages = []
    for name in sets:
        with (eval_dir / name / "truth.jsonl").open(encoding="utf-8") as rows:
            for line in rows:
                row = json.loads(line)
                path = eval_dir / name / "pages" / f"{row['id']}.html.gz"
                pages.append((gzip.decompress(path.read_bytes()), row.get("url")))
    return pages


def extract(raw: bytes, url: str | None) -> None:
    try:
        article = newsextract.extract(raw, url=url)
    except newsextract.NewsExtractError:
        return
    started = time.perf_counter()
    article.to_dict()
    _spent["Article.to_dict"] += time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", help="comma-separated sets of the eval dir")
    parser.add_argument("--passes", type=int, default=3, help="timed runs of each page")
    parser.add_argument("--eval-dir", type=Path, default=split.DEFAULT_EVAL_DIR)
    parser.add_argument(
        "--after", help="comma-separated sets run first, untimed: then one pass, first sight"
    )
    args = parser.parse_args()
    pages = load(args.eval_dir, args.sets.split(","))
    instrument()
    warm_up()
    if args.after:
        for raw, url in load(args.eval_dir, args.after.split(",")):
            extract(raw, url)
        args.passes = 1
    else:
        for raw, url in pages:  # first uses and caches, untimed
            extract(raw, url)
    _spent.clear()
    gc.freeze()
    best: list[dict[str, float] | None] = [None] * len(pages)
    for _ in range(args.passes):
        for index, (raw, url) in enumerate(pages):
            _spent.clear()
            started = time.perf_counter()
            extract(raw, url)
            _spent["extract() and to_dict, in all"] += time.perf_counter() - started
            kept = best[index]
            if (
                kept is None
                or _spent["extract() and to_dict, in all"] < kept["extract() and to_dict, in all"]
            ):
                best[index] = dict(_spent)
    title = (
        f"{args.sets}: {len(pages)} pages, each page's first extraction, after {args.after}"
        if args.after
        else f"{args.sets}: {len(pages)} pages, each page's best of {args.passes} passes"
    )
    report(best, title)
    return 0


def report(best: list[dict[str, float] | None], title: str, column: str = "stage") -> None:
    """Print the sum over pages of each page's best pass, in ms a page, largest first."""
    totals: collections.Counter[str] = collections.Counter()
    for figures in best:
        totals.update(figures or {})
    print(title)
    print(f"| {column} | CPU ms a page |")
    print("|---|---|")
    for part, seconds in totals.most_common():
        print(f"| {part} | {1000 * seconds / len(best):.3f} |")


if __name__ == "__main__":
    sys.exit(main())
