"""CPU time of each metadata source of ``extract()`` (``extract.SOURCES``), and of any
function named on the command line, by plain timers (``time.process_time``, CPU time) around them.

``stage_times.py`` times the pipeline's stages; this script splits its "metadata sources"
stage by source, and ``--functions`` times functions inside them (``module:function``, e.g.
``newsextract.metadata.html:_byline_candidates``; a module's own calls of the function are
timed too, as the wrapper replaces its global). A source is a generator: its time is that of
draining it. Each page's best of ``--passes`` runs, summed over the pages, after the warm-up
and a first untimed pass. Timers nest: read each figure alone.

    python benchmarks/source_times.py fundus [--passes 3] [--functions mod:fn,...]

Run it under ``PYTHONPATH=<tree>/src`` to time another tree than the installed one.
"""

from __future__ import annotations

import argparse
import collections
import gc
import importlib
import inspect
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
from stage_times import VIEWS, load, report

PIPELINE = sys.modules["newsextract.extract"]

_spent: collections.Counter[str] = collections.Counter()
# The clock read: the process's CPU time, which other processes on a shared machine move
# less than the wall clock (a preempted run counts no time while it waits).
_clock = time.process_time


def _timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
    drained = inspect.isgeneratorfunction(function)  # timed while it is drained

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = _clock()
        try:
            result = function(*args, **kwargs)
            return iter(list(result)) if drained else result
        finally:
            _spent[label] += _clock() - started

    return timed


class _TimedSource:
    """A source whose ``candidates`` is drained inside the timer."""

    def __init__(self, module: Any) -> None:
        self._module = module
        self._label = f"source: {module.__name__.rsplit('.', 1)[-1]}"

    def candidates(self, page: Any) -> list[Any]:
        started = _clock()
        try:
            return list(self._module.candidates(page))
        finally:
            _spent[self._label] += _clock() - started


def instrument(functions: list[str]) -> None:
    PIPELINE.SOURCES = tuple(_TimedSource(source) for source in PIPELINE.SOURCES)
    PIPELINE.gather = _timed(PIPELINE.gather, "metadata sources, in all")
    parsed = page_module.ParsedPage
    for name in VIEWS:
        view = parsed.__dict__[name]
        assert isinstance(view, cached_property)
        view.func = _timed(view.func, f"page view: {name}")
    for spec in functions:
        module_name, name = spec.split(":")
        module = importlib.import_module(module_name)
        label = f"{module_name.rsplit('.', 1)[-1]}.{name}"
        original = getattr(module, name)
        wrapped = _timed(original, label)
        for other in list(sys.modules.values()):  # every module that imported it by name
            if getattr(other, "__name__", "").startswith("newsextract") and (
                getattr(other, name, None) is original
            ):
                setattr(other, name, wrapped)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", help="comma-separated sets of the eval dir")
    parser.add_argument("--passes", type=int, default=3, help="timed runs of each page")
    parser.add_argument("--functions", default="", help="module:function,... to time too")
    parser.add_argument("--eval-dir", type=Path, default=split.DEFAULT_EVAL_DIR)
    args = parser.parse_args()
    pages = load(args.eval_dir, args.sets.split(","))
    instrument([spec for spec in args.functions.split(",") if spec])
    warm_up()

    def run(raw: bytes, url: str | None) -> None:
        try:
            newsextract.extract(raw, url=url)
        except newsextract.NewsExtractError:
            return

    for raw, url in pages:  # first uses and caches, untimed
        run(raw, url)
    _spent.clear()
    gc.freeze()
    best: list[dict[str, float] | None] = [None] * len(pages)
    total = "extract(), in all"
    for _ in range(args.passes):
        for index, (raw, url) in enumerate(pages):
            _spent.clear()
            started = _clock()
            run(raw, url)
            _spent[total] += _clock() - started
            kept = best[index]
            if kept is None or _spent[total] < kept[total]:
                best[index] = dict(_spent)
    title = f"{args.sets}: {len(pages)} pages, each page's best of {args.passes} passes"
    report(best, title, column="part")
    return 0


if __name__ == "__main__":
    sys.exit(main())
