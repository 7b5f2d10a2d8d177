"""Instructions of ``extract()`` over a set's pages, counted by valgrind's callgrind.

CPU timers move by several per cent on a machine other work shares; an instruction count does
not (the same tree, pages and Python give the same count to within a few thousandths of a per
cent). The script loads the pages, runs the warm-up and one untimed pass (first uses and
caches), then extracts every page once more inside ``functools.reduce``, and only that call is
counted (``--toggle-collect`` on CPython's ``functools_reduce``, which nothing in the pipeline
calls):

    python benchmarks/instr_count.py fundus-eval,fundus [--tree DIR/src] [--cold] [--limit N]

runs itself under valgrind with ``PYTHONPATH`` set to ``--tree`` (default: the installed
package) and prints the instructions a page, in millions. ``--cold`` counts the first pass
instead (caches empty, after the warm-up): a page of a site the process has not met.
``--limit N`` takes each set's first N pages (valgrind runs some 50 times slower than
the pages: a whole set on a loaded machine takes long). ``--per-page FILE`` counts each page
in its own call (one callgrind dump a page) and writes ``set<TAB>id<TAB>bytes<TAB>instructions``
rows, the most expensive first: the pages behind the p99. ``--stages GROUP`` counts each
stage of a group (``pipeline``, ``sources``, ``views``, ``body``, or up to eight
``module:qualname`` targets) inside the same counted pass: each stage's function is called
through its own C function of the standard library, which nothing else in a page calls, and
``callgrind_annotate --inclusive=yes`` reads that function's cost (stages nest: read each
alone; a generator stage is run to its end inside it, as its caller would).
Counts are comparable between trees measured on one machine with one valgrind; they take
about a minute for 200 pages.
"""

from __future__ import annotations

import argparse
import contextvars
import functools
import gzip
import importlib
import itertools
import json
import operator
import os
import re
import subprocess
import sys
import tempfile
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import split

# C functions of CPython that call a Python callable and that nothing in a page calls: each
# marks one stage, whose instructions are the function's inclusive cost.
MARKERS: tuple[tuple[str, Callable[[Callable[[], Any]], Any]], ...] = (
    ("_operator_call", lambda call: operator.call(call)),
    ("context_run", lambda call: contextvars.copy_context().run(call)),
    ("sys_call_tracing", lambda call: sys.call_tracing(call, ())),
    ("methodcaller_call", lambda call: operator.methodcaller("__call__")(call)),
    ("starmap_next", lambda call: next(itertools.starmap(call, [()]))),
    # Not ``calliter_iternext`` (``iter(call, sentinel)``): every ``Pattern.finditer`` is a
    # callable iterator over its scanner's ``search``, so that marker also counted each
    # ``finditer`` loop of the page outside its stage (0.53 M a page, speed53).
    ("takewhile_next", lambda call: _through_predicate(itertools.takewhile, call, True)),
    ("filterfalse_next", lambda call: _through_predicate(itertools.filterfalse, call, False)),
    ("dropwhile_next", lambda call: _through_predicate(itertools.dropwhile, call, False)),
)

# The stages of each group, as module:qualname of the name the pipeline calls (a function
# imported by name is patched where it is called). Several targets joined by "+" share a
# stage (they must not nest).
GROUPS = {
    "pipeline": (
        "newsextract.extract:_page_text",
        "newsextract.page:ParsedPage.__init__",
        "newsextract.extract:gather",
        "newsextract.extract:match_rule+newsextract.extract:_rule_candidates",
        "newsextract.extract:resolve",
        "newsextract.extract:_body",
        "newsextract.extract:without_field_lines+newsextract.extract:body_candidates"
        "+newsextract.metadata.resolve:ResolvedMetadata.refined",
        "newsextract.extract:_article",
    ),
    "sources": (
        "newsextract.metadata.jsonld:candidates",
        "newsextract.metadata.microdata:candidates+newsextract.metadata.breadcrumbs:candidates",
        "newsextract.metadata.meta:candidates",
        "newsextract.metadata.html:candidates",
        "newsextract.metadata.visible:candidates",
        "newsextract.metadata.url:candidates+newsextract.metadata.site_name:candidates",
        "newsextract.metadata.copyright_notice:candidates"
        "+newsextract.metadata.article_image:candidates",
    ),
    "views": (
        "newsextract.page:ParsedPage.names",
        # One walk files the view's elements and reads the own texts (``own_texts`` and
        # ``_view_elements`` are plain properties over it).
        "newsextract.page:ParsedPage._walked",
        "newsextract.page:ParsedPage.jsonld+newsextract.page:ParsedPage.meta",
        "newsextract.metadata.visible_dates:text_date",
        "newsextract.metadata.second_opinion:find_page_day",
    ),
    "body": (
        "newsextract.body.extractor:walk",
        "newsextract.body.extractor:comment_sections",
        "newsextract.body.extractor:tally",
        "newsextract.body.extractor:choose_region",
        "newsextract.body.extractor:select_blocks",
        "newsextract.body.extractor:_with_jsonld",
        "newsextract.body.extractor:trim_tail+newsextract.body.extractor:cut_agency_credits",
        "newsextract.body.extractor:_from_script+newsextract.body.extractor:_as_thread",
    ),
}


def _through_predicate(make: Callable[..., Any], call: Callable[[], Any], keep: bool) -> Any:
    """``call()`` run as the predicate of ``make`` (``filterfalse``, ``dropwhile``)."""
    result: list[Any] = []

    def predicate(_: object) -> bool:
        result.append(call())
        return keep

    next(make(predicate, [None]), None)
    return result[0]


def stage_targets(spec: str) -> list[str]:
    """The stages of ``--stages``: a group's name or comma-separated targets."""
    stages = list(GROUPS[spec]) if spec in GROUPS else spec.split(",")
    if len(stages) > len(MARKERS):
        raise SystemExit(f"at most {len(MARKERS)} stages a run, not {len(stages)}")
    return stages


def mark_stages(spec: str) -> None:
    """Route each stage's functions through the stage's marker (see ``MARKERS``)."""
    for stage, (_, through) in zip(stage_targets(spec), MARKERS, strict=False):
        for target in stage.split("+"):
            _patch(target, through)


def _patch(target: str, through: Callable[[Callable[[], Any]], Any]) -> None:
    module_name, qualname = target.split(":")
    *owners, name = qualname.split(".")
    owner: Any = importlib.import_module(module_name)
    for part in owners:
        owner = getattr(owner, part)
    found = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
    view = found if isinstance(found, functools.cached_property) else None
    plain = found if isinstance(found, property) else None  # read at each use: no cache
    function = view.func if view is not None else plain.fget if plain is not None else found

    def marked(*args: Any, **kwargs: Any) -> Any:
        def call() -> Any:
            result = function(*args, **kwargs)
            return iter(list(result)) if isinstance(result, types.GeneratorType) else result

        return through(call)

    if view is not None:
        view.func = marked
    elif plain is not None:
        setattr(owner, name, property(marked))
    else:
        setattr(owner, name, marked)


def stage_counts(dump: Path, spec: str) -> list[tuple[str, int]]:
    """Each stage's (targets, inclusive instructions) from callgrind_annotate."""
    annotated = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(dump)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    costs = {}
    for line in annotated.splitlines():
        found = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+\S*?:(\w+) \[", line)
        if found:
            costs.setdefault(found.group(2), int(found.group(1).replace(",", "")))
    return [
        (stage, costs.get(marker, 0))
        for stage, (marker, _) in zip(stage_targets(spec), MARKERS, strict=False)
    ]


def load(eval_dir: Path, sets: list[str], limit: int = 0) -> list[tuple[bytes, str | None]]:
    return [(html, url) for _, _, html, url in load_named(eval_dir, sets, limit)]


def load_named(
    eval_dir: Path, sets: list[str], limit: int = 0
) -> list[tuple[str, str, bytes, str | None]]:
    """Each page as (set, id, bytes, url), in the sets' order."""
    pages = []
    for name in sets:
        with (eval_dir / name / "truth.jsonl").open(encoding="utf-8") as rows:
            for number, line in enumerate(rows):
                if limit and number >= limit:
                    break
                row = json.loads(line)
                path = eval_dir / name / "pages" / f"{row['id']}.html.gz"
                html = gzip.decompress(path.read_bytes())
                pages.append((name, row["id"], html, row.get("url")))
    return pages


def inner(args: argparse.Namespace) -> int:
    import newsextract
    from newsextract.warm_up import warm_up

    pages = load(args.eval_dir, args.sets.split(","), args.limit)

    def one(_: None, page: tuple[bytes, str | None]) -> None:
        try:  # noqa: SIM105  (the harness kept as measured: no context manager a page)
            newsextract.extract(page[0], url=page[1]).to_dict()
        except newsextract.NewsExtractError:
            pass

    if args.stages:
        mark_stages(args.stages)
    warm_up()
    if not args.cold:
        for page in pages:
            one(None, page)
    if args.per_page:  # one counted call, and one dump, a page
        for page in pages:
            functools.reduce(one, [page], None)
    else:
        functools.reduce(one, pages, None)  # the counted call
    print(len(pages))
    return 0


def outer(args: argparse.Namespace) -> int:
    env = dict(os.environ)
    # One hash seed for every count: a random one moves set and dict orders, and the count of
    # the same tree by some tenths of a per cent (speed25: 76.04 and 76.29 M a page).
    env.setdefault("PYTHONHASHSEED", "0")
    if args.tree:
        env["PYTHONPATH"] = str(args.tree)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = (
            [
                "valgrind",
                "--tool=callgrind",
                "--collect-atstart=no",
                "--toggle-collect=functools_reduce",
                *(["--dump-after=functools_reduce"] if args.per_page else []),
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--inner",
                args.sets,
                "--eval-dir",
                str(args.eval_dir),
                "--limit",
                str(args.limit),
            ]
            + (["--cold"] if args.cold else [])
            + (["--per-page", "-"] if args.per_page else [])
            + (["--stages", args.stages] if args.stages else [])
        )
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        pages = int(done.stdout.split()[-1])
        if args.per_page:
            counts = per_page_counts(out, pages)
            write_per_page(args, counts)
            count = sum(counts)
        else:
            count = total_of(out)
            if args.keep:  # for callgrind_annotate (by C function; --inclusive=yes)
                args.keep.write_bytes(out.read_bytes())
            if args.stages:
                for stage, spent in stage_counts(out, args.stages):
                    print(
                        f"{spent / pages / 1e6:8.3f} M a page {100 * spent / count:5.1f} % {stage}"
                    )
    print(
        f"{args.sets}{' (cold)' if args.cold else ''}: {pages} pages, "
        f"{count / pages / 1e6:.3f} M instructions a page ({count} in all), tree {args.tree}"
    )
    return 0


def total_of(dump: Path) -> int:
    totals = re.search(r"^(?:summary|totals): (\d+)", dump.read_text(), re.MULTILINE)
    assert totals, "no totals in callgrind's output"
    return int(totals.group(1))


def per_page_counts(out: Path, pages: int) -> list[int]:
    """The pages' counts: callgrind's last numbered dumps (``out.N``, in call order).

    The import and warm-up call ``functools.reduce`` a few times (tens of thousands of
    instructions each); the pages' own calls are the last ones.
    """
    dumps = sorted(out.parent.glob(out.name + ".*"), key=lambda path: int(path.suffix[1:]))
    assert len(dumps) >= pages, f"{len(dumps)} dumps for {pages} pages"
    return [total_of(dump) for dump in dumps[-pages:]]


def write_per_page(args: argparse.Namespace, counts: list[int]) -> None:
    pages = load_named(args.eval_dir, args.sets.split(","), args.limit)
    rows = sorted(zip(pages, counts, strict=True), key=lambda row: -row[1])
    with args.per_page.open("w", encoding="utf-8") as file:
        for (name, page_id, html, _), count in rows:
            file.write(f"{name}\t{page_id}\t{len(html)}\t{count}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", help="comma-separated sets of the eval dir")
    parser.add_argument("--eval-dir", type=Path, default=split.DEFAULT_EVAL_DIR)
    parser.add_argument("--tree", type=Path, help="a tree's src folder (PYTHONPATH)")
    parser.add_argument("--cold", action="store_true", help="count the first pass")
    parser.add_argument("--limit", type=int, default=0, help="only each set's first N pages")
    parser.add_argument("--keep", type=Path, help="copy callgrind's output file here")
    parser.add_argument("--per-page", type=Path, help="write each page's count to this file")
    parser.add_argument("--stages", help="a group of stages or up to 8 module:qualname targets")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return inner(args) if args.inner else outer(args)


if __name__ == "__main__":
    sys.exit(main())
