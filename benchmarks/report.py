"""Markdown tables for ``run_eval.py``: the split, accuracy per set, field and half (A, B and
the whole set, each tool side by side), then speed and memory of the whole set."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Summary = dict[str, Any]
BASE, OTHER = "newsextract", "trafilatura"

METADATA_FIELDS = (
    "title",
    "title_loose",
    "authors",
    "published",
    "tags",
    "publisher",
    "publisher_loose",
    "language",
)
# Shingle scores of the body, snippet scores of the trafilatura set: score.py's keys.
SCORE_KEYS = ("f1", "precision", "recall")


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def fmt(value: float | None, digits: int, scale: float = 1.0, sign: bool = False) -> str:
    if value is None:
        return ""
    return f"{value * scale:+.{digits}f}" if sign else f"{value * scale:.{digits}f}"


def diff(values: dict[str, float | None]) -> float | None:
    base, other = values.get(BASE), values.get(OTHER)
    return None if base is None or other is None else base - other


# ---------------------------------------------------------------- accuracy


Getter = Callable[[Summary], float | None]
HALVES = ("A", "B")


def metadata_getter(field: str) -> Getter:
    def get(scores: Summary) -> float | None:
        entry = scores.get(field)
        return float(entry["score"]) if entry else None

    return get


def entry_getter(field: str, key: str) -> Getter:
    """A figure of score.py's ``body`` or ``snippets`` summary."""

    def get(scores: Summary) -> float | None:
        entry = scores.get(field)
        return float(entry[key]) if entry and entry.get(key) is not None else None

    return get


def count_getter(key: str) -> Getter:
    def get(scores: Summary) -> float | None:
        value = scores.get(key)
        return float(value) if value is not None else None

    return get


def empty_getter(scores: Summary) -> float | None:
    """Pages with an empty body among those scored on the body (or, failing that, on
    snippets: run_eval adds that count to score.py's snippet summary)."""
    for field in ("body", "snippets"):
        entry = scores.get(field)
        if entry and entry.get("empty") is not None:
            return float(entry["empty"])
    return None


# label, field whose n counts, getter, digits, scale (percent for metadata shares)
ACCURACY_ROWS: tuple[tuple[str, str, Getter, int, float], ...] = (
    *((field, field, metadata_getter(field), 1, 100.0) for field in METADATA_FIELDS),
    *((f"body {key}", "body", entry_getter("body", key), 3, 1.0) for key in SCORE_KEYS),
    *((f"snippets {key}", "snippets", entry_getter("snippets", key), 3, 1.0) for key in SCORE_KEYS),
    ("body empty", "body/snippets", empty_getter, 0, 1.0),
    ("errors", "pages", count_getter("errors"), 0, 1.0),
)


def field_n(summaries: Sequence[Summary], field: str) -> str:
    """How many pages count for the field (the truth asserts it); all pages for errors."""
    for summary in summaries:
        if field == "pages":
            return str(summary["pages"])
        for key in field.split("/"):
            entry = summary.get(key)
            if isinstance(entry, dict):
                return str(entry["n"])
    return ""


def half_scores(result: Summary, tools: Sequence[str]) -> dict[str, dict[str, Summary]]:
    """{tool: {"A": summary, "B": summary, "all": summary}} of the tools that were scored."""
    out = {}
    for tool in tools:
        run = result["tools"].get(tool) or {}
        if run.get("scores"):
            out[tool] = {**(run.get("halves") or {}), "all": run["scores"]}
    return out


def accuracy_header(tools: Sequence[str]) -> list[str]:
    header = ["set", "field", "n A/B"]
    header += [f"{tool} {half}" for tool in tools for half in HALVES]
    if BASE in tools and OTHER in tools:
        header += [f"Δ {half}" for half in HALVES]
    header += [f"{tool} all" for tool in tools]
    return header


def accuracy_rows(
    set_name: str, scores: dict[str, dict[str, Summary]], tools: Sequence[str]
) -> list[list[str]]:
    rows = []
    for label, field, get, digits, scale in ACCURACY_ROWS:
        values = {
            (tool, part): get(by_part[part]) for tool, by_part in scores.items() for part in by_part
        }
        if all(value is None for value in values.values()):
            continue
        counts = [
            field_n([by_part[half] for by_part in scores.values() if half in by_part], field)
            for half in HALVES
        ]
        row = [set_name, label, "/".join(counts)]
        row += [fmt(values.get((tool, half)), digits, scale) for tool in tools for half in HALVES]
        if BASE in tools and OTHER in tools:
            for half in HALVES:
                pair = {tool: values.get((tool, half)) for tool in (BASE, OTHER)}
                row.append(fmt(diff(pair), digits, scale, sign=True))
        row += [fmt(values.get((tool, "all")), digits, scale) for tool in tools]
        rows.append(row)
    return rows


def accuracy_table(results: dict[str, Summary], tools: Sequence[str]) -> str:
    rows = []
    for set_name, result in results.items():
        rows += accuracy_rows(set_name, half_scores(result, tools), tools)
    return table(accuracy_header(tools), rows)


def split_table(results: dict[str, Summary]) -> str:
    """Pages and sites of each half of each set."""
    rows = []
    for set_name, result in results.items():
        counts = result.get("split") or {}
        cells = [str(value) for half in HALVES for value in counts.get(half, ("", ""))]
        rows.append([set_name, *cells])
    return table(["set", "pages A", "sites A", "pages B", "sites B"], rows)


# ---------------------------------------------------------------- speed and memory


SPEED_COLUMNS = (
    ("pages/s", "pages_per_s", 1),
    ("p50 ms", "p50_ms", 2),
    ("p99 ms", "p99_ms", 1),
    ("peak RSS MB", "peak_rss_mb", 0),
    ("RSS +MB", "rss_increase_mb", 0),
)


def speed_value(result: Summary, tool: str, key: str) -> float | None:
    speed = result["tools"].get(tool, {}).get("speed") or {}
    value = speed.get(key)
    return float(value) if value is not None else None


def speed_row(set_name: str, result: Summary, tools: Sequence[str]) -> list[str]:
    row = [set_name, str(result["pages"])]
    for _, key, digits in SPEED_COLUMNS:
        row += [fmt(speed_value(result, tool, key), digits) for tool in tools]
        if key == "pages_per_s" and BASE in tools and OTHER in tools:
            base, other = speed_value(result, BASE, key), speed_value(result, OTHER, key)
            row.append(fmt(base / other, 2) + "×" if base and other else "")
    return row


def speed_table(results: dict[str, Summary], tools: Sequence[str]) -> str:
    short = {BASE: "ne", OTHER: "tr"}
    header = ["set", "pages"]
    for label, key, _ in SPEED_COLUMNS:
        header += [f"{short.get(tool, tool)} {label}" for tool in tools]
        if key == "pages_per_s" and BASE in tools and OTHER in tools:
            header.append("speed ne/tr")
    rows = [speed_row(set_name, result, tools) for set_name, result in results.items()]
    return table(header, rows)


def failures(results: dict[str, Summary]) -> list[str]:
    """One line per tool and set whose worker failed, could not load the tool, or crashed."""
    lines = []
    for set_name, result in results.items():
        for tool, run in result["tools"].items():
            note = run.get("failure") or run.get("load_error")
            if not note and run.get("unexpected_errors"):
                note = f"{run['unexpected_errors']} unexpected exceptions (see the log)"
            if note:
                lines.append(f"- {tool} on {set_name}: {note}")
    return lines


def _clock_note(results: dict[str, Summary]) -> str:
    """What the times are, when they are not the wall clock's (``run_eval.py --clock cpu``)."""
    clocks = {
        run.get("speed", {}).get("clock", "wall")
        for result in results.values()
        for run in result["tools"].values()
    }
    return " Times are CPU time (--clock cpu)." if "cpu" in clocks else ""


def render(results: dict[str, Summary], tools: Sequence[str]) -> str:
    problems = failures(results)
    parts = [
        "## Split by site (benchmarks/split.py: tune on A, B is held back)",
        "",
        split_table(results),
        "",
        "## Accuracy (metadata: % of pages; body: word-4-gram scores; snippets: must/must-not)",
        "",
        accuracy_table(results, tools),
        "",
        "A, B: the halves; Δ = newsextract − trafilatura on that half; all: the whole set.",
        "",
        "## Speed (one core, after two warm-up pages: the set's first, one with a written date)"
        " and memory",
        "",
        speed_table(results, tools),
        "",
        "ne = newsextract, tr = trafilatura; RSS +MB = peak RSS minus RSS after imports, "
        "page loading and the warm-up pages." + _clock_note(results),
    ]
    if problems:
        parts += ["", "## Failures", "", *problems]
    return "\n".join(parts)
