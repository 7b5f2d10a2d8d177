"""Markdown tables for ``run_eval.py``: accuracy per set and field, then speed and memory."""

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
BODY_FIELDS = (("body F1", "f1"), ("body precision", "precision"), ("body recall", "recall"))


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


def metadata_getter(field: str) -> Getter:
    def get(scores: Summary) -> float | None:
        entry = scores.get(field)
        return float(entry["score"]) if entry else None

    return get


def body_getter(key: str) -> Getter:
    def get(scores: Summary) -> float | None:
        body = scores.get("body")
        return float(body[key]) if body else None

    return get


def count_getter(key: str) -> Getter:
    def get(scores: Summary) -> float | None:
        value = scores.get(key)
        return float(value) if value is not None else None

    return get


def empty_getter(scores: Summary) -> float | None:
    body = scores.get("body")
    return float(body["empty"]) if body else None


# label, getter, digits, scale (percent for metadata shares)
ACCURACY_ROWS: tuple[tuple[str, Getter, int, float], ...] = (
    *((field, metadata_getter(field), 1, 100.0) for field in METADATA_FIELDS),
    *((label, body_getter(key), 3, 1.0) for label, key in BODY_FIELDS),
    ("body empty", empty_getter, 0, 1.0),
    ("errors", count_getter("errors"), 0, 1.0),
)


def field_n(scores: dict[str, Summary], label: str) -> str:
    """How many pages count for the field (the truth asserts it); all pages for errors."""
    key = "body" if label.startswith("body") else label
    if key == "errors":
        return next((str(summary["pages"]) for summary in scores.values()), "")
    for summary in scores.values():
        entry = summary.get(key)
        if isinstance(entry, dict):
            return str(entry["n"])
    return ""


def accuracy_rows(
    set_name: str, scores: dict[str, Summary], tools: Sequence[str]
) -> list[list[str]]:
    rows = []
    for label, get, digits, scale in ACCURACY_ROWS:
        values = {tool: get(scores[tool]) for tool in tools if tool in scores}
        if all(value is None for value in values.values()):
            continue
        row = [set_name, label, field_n(scores, label)]
        row += [fmt(values.get(tool), digits, scale) for tool in tools]
        if BASE in tools and OTHER in tools:
            row.append(fmt(diff(values), digits, scale, sign=True))
        rows.append(row)
    return rows


def accuracy_table(results: dict[str, Summary], tools: Sequence[str]) -> str:
    header = ["set", "field", "n", *tools]
    if BASE in tools and OTHER in tools:
        header.append(f"Δ {BASE} − {OTHER}")
    rows = []
    for set_name, result in results.items():
        scores = {tool: r["scores"] for tool, r in result["tools"].items() if r.get("scores")}
        rows += accuracy_rows(set_name, scores, tools)
    return table(header, rows)


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


def render(results: dict[str, Summary], tools: Sequence[str]) -> str:
    problems = failures(results)
    parts = [
        "## Accuracy (metadata: % of pages; body: word-4-gram scores)",
        accuracy_table(results, tools),
        "",
        "## Speed (one core, after one warm-up page) and memory",
        speed_table(results, tools),
        "",
        "ne = newsextract, tr = trafilatura; RSS +MB = peak RSS minus RSS after imports, "
        "page loading and the warm-up page.",
    ]
    if problems:
        parts += ["", "## Failures", *problems]
    return "\n".join(parts)
