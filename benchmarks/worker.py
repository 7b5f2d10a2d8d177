"""Child process of ``run_eval.py``: one extractor over one evaluation set.

Loads every page of the set first (gunzipped to bytes), warms the extractor up on the first page
and on ``WARM_UP`` (a small page of ours with a date and a time zone written in words, so that a
date parser's language data and zone table, read once on first use in any long run, are not
charged to whichever page of the set first needs them: 0.2 s each, 15% of a 150-page set's
time); newsextract also runs, when loaded, the warm-up its own batch workers run
(``newsextract.warm_up``: the regexes of every language's labels, dateparser's set-up).
It then times each page's extraction with ``time.perf_counter`` (``--clock cpu``: with
``time.process_time``, the process's CPU time, which another process sharing the cores does not
stretch: both tools extract on one thread) and writes

- the predictions, one JSONL row per page (``id`` plus the scored fields, or ``id`` and ``error``);
- a stats JSON file: per-page seconds, error counts, RSS after the warm-up and peak RSS.

It runs in its own process so that the peak RSS belongs to one tool on one set. Usage::

    python benchmarks/worker.py --tool trafilatura --set-dir ../shared/eval/fundus \\
        --predictions out/trafilatura-fundus.jsonl --stats out/trafilatura-fundus.stats.json
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import resource
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIELDS = ("title", "authors", "published", "tags", "publisher", "language", "body")
TOOLS = ("newsextract", "trafilatura")

Row = dict[str, Any]


@dataclass(frozen=True)
class Page:
    id: str
    url: str | None
    html: bytes


@dataclass(frozen=True)
class Tool:
    """An extractor adapted to the benchmark: page bytes and URL in, prediction fields out."""

    name: str
    version: str
    extract: Callable[[bytes, str | None], Row]
    expected_errors: tuple[type[BaseException], ...]


# ---------------------------------------------------------------- tools


def load_newsextract(src: Path) -> Tool:
    """newsextract from ``src`` (first on the path; the working tree's by default), bytes in."""
    sys.path.insert(0, str(src))
    import newsextract

    try:
        from newsextract import NewsExtractError
    except ImportError:  # not re-exported yet: the class still lives in newsextract.errors
        from newsextract.errors import NewsExtractError

    extract_article = newsextract.extract
    try:  # the warm-up newsextract's batch workers run before their first page
        from newsextract.warm_up import warm_up
    except ImportError:  # a tree from before it
        pass
    else:
        warm_up()

    def extract(html: bytes, url: str | None) -> Row:
        data = extract_article(html, url=url).to_dict()
        return {field: data.get(field) for field in FIELDS}

    version = str(getattr(newsextract, "__version__", "unknown"))
    loaded_from = Path(newsextract.__file__ or "").resolve()
    if not loaded_from.is_relative_to(src.resolve()):
        raise ImportError(f"newsextract was imported from {loaded_from}, not from {src}")
    return Tool("newsextract", version, extract, (NewsExtractError,))


def split_tags(value: Any) -> list[str]:
    """trafilatura's tags: a list in 2.x, a comma-joined string in older releases."""
    if not value:
        return []
    items = value.split(",") if isinstance(value, str) else value
    return [str(item).strip() for item in items if str(item).strip()]


def split_authors(value: str | None) -> list[str]:
    """trafilatura joins several authors with "; "."""
    return [name.strip() for name in (value or "").split("; ") if name.strip()]


def trafilatura_row(document: Any) -> Row:
    """Map a trafilatura ``Document`` (or None: nothing extracted) to prediction fields."""
    if document is None:
        return {}
    return {
        "title": document.title,
        "authors": split_authors(document.author),
        "published": document.date,
        "tags": split_tags(document.tags),
        "publisher": document.sitename,
        "language": document.language,
        "body": document.text or "",
    }


def load_trafilatura(src: Path) -> Tool:
    """trafilatura called as the eval README says; it decodes the bytes itself (``src`` is
    newsextract's and unused here)."""
    import trafilatura

    def extract(html: bytes, url: str | None) -> Row:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False
        )
        return trafilatura_row(document)

    return Tool("trafilatura", trafilatura.__version__, extract, ())


LOADERS: dict[str, Callable[[Path], Tool]] = {
    "newsextract": load_newsextract,
    "trafilatura": load_trafilatura,
}


# ---------------------------------------------------------------- memory


def rss_mb() -> float:
    """Current resident set size in MiB (Linux /proc; falls back to the peak elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return peak_rss_mb()
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB (ru_maxrss is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


# ---------------------------------------------------------------- pages


def read_truth_refs(set_dir: Path, limit: int | None) -> list[tuple[str, str | None]]:
    """(id, url) of each page, in truth order; only those two keys are used here."""
    refs = []
    with (set_dir / "truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                refs.append((str(row["id"]), row.get("url")))
    return refs[:limit] if limit is not None else refs


def load_pages(set_dir: Path, limit: int | None) -> list[Page]:
    pages = []
    for page_id, url in read_truth_refs(set_dir, limit):
        raw = gzip.decompress((set_dir / "pages" / f"{page_id}.html.gz").read_bytes())
        pages.append(Page(page_id, url, raw))
    return pages


# ---------------------------------------------------------------- run


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:500]


WARM_UP = Page(
    id="warm-up",
    url="https://warm.up.example/2021/03/05/warm-up",
    html=b"""<!doctype html><html lang="en"><head><title>Warm-up</title></head><body><article>
<h1>A page that loads the lazy parts once</h1>
<p class="byline">By Jo Writer, 5 March 2021 at 10:30 EST</p>
<p>Its written date sends the date search to the date parser, which reads its language data
on first use.</p><p>Everything else about it is ordinary: a headline, a byline and text.</p>
</article></body></html>""",
)


def extract_one(tool: Tool, page: Page) -> tuple[Row, bool]:
    """(prediction row, unexpected?) — expected library errors become error rows, and so does
    anything else, so that one bad page never stops the run; the traceback goes to stderr."""
    try:
        return {"id": page.id, **tool.extract(page.html, page.url)}, False
    except tool.expected_errors as exc:
        return {"id": page.id, "error": describe(exc)}, False
    except Exception as exc:
        print(f"[{tool.name}] unexpected error on {page.id}:", file=sys.stderr)
        traceback.print_exc()
        return {"id": page.id, "error": f"unexpected {describe(exc)}"}, True


# The clocks a page's time is read with: the wall's, or the process's CPU time.
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


def run_pages(
    tool: Tool, pages: list[Page], clock: Callable[[], float] = time.perf_counter
) -> tuple[list[Row], dict[str, float], int]:
    """Extract every page; returns rows, seconds per page id (read on ``clock``) and the
    unexpected-error count."""
    rows, seconds, unexpected = [], {}, 0
    for page in pages:
        start = clock()
        row, crashed = extract_one(tool, page)
        seconds[page.id] = clock() - start
        rows.append(row)
        unexpected += crashed
    return rows, seconds, unexpected


def write_jsonl(path: Path, rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def benchmark(
    tool_name: str, pages: list[Page], src: Path, clock: str = "wall"
) -> tuple[list[Row], Row]:
    """Load the tool, warm it up on the first page and ``WARM_UP``, time all pages on
    ``clock`` (see ``CLOCKS``); (rows, stats)."""
    stats: Row = {"tool": tool_name, "pages": len(pages), "rss_pages_loaded_mb": rss_mb()}
    stats["clock"] = clock
    try:
        tool = LOADERS[tool_name](src)
    except Exception as exc:
        traceback.print_exc()
        stats["load_error"] = describe(exc)
        return [{"id": page.id, "error": f"load {describe(exc)}"} for page in pages], stats
    stats["version"] = tool.version
    if pages:
        extract_one(tool, pages[0])
        extract_one(tool, WARM_UP)
    # As newsextract's batch workers do (newsextract/warm_up.py), for both tools alike: what the
    # warm-up loaded leaves the cyclic collector's walks, whose full-heap pauses (30-40 ms)
    # otherwise land on whichever page is being timed.
    gc.collect()
    gc.freeze()
    stats["rss_after_warmup_mb"] = rss_mb()
    rows, seconds, unexpected = run_pages(tool, pages, CLOCKS[clock])
    stats["peak_rss_mb"] = peak_rss_mb()
    stats["rss_increase_mb"] = stats["peak_rss_mb"] - stats["rss_after_warmup_mb"]
    stats["errors"] = sum(1 for row in rows if row.get("error"))
    stats["unexpected_errors"] = unexpected
    stats["seconds"] = seconds
    return rows, stats


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", required=True, choices=TOOLS)
    parser.add_argument("--set-dir", required=True, type=Path)
    parser.add_argument("--predictions", required=True, type=Path)
    parser.add_argument("--stats", required=True, type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--src", type=Path, default=REPO / "src", help="the src/ folder of the newsextract to run"
    )
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="wall", help="the clock pages are timed on"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pages = load_pages(args.set_dir, args.limit)
    rows, stats = benchmark(args.tool, pages, args.src, args.clock)
    stats["set"] = args.set_dir.name
    write_jsonl(args.predictions, rows)
    args.stats.write_text(json.dumps(stats, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
