"""What each piece of body knowledge is worth: switch it off, measure both halves.

    .venv/bin/python benchmarks/ablate_body.py                 # every knob
    .venv/bin/python benchmarks/ablate_body.py --only cleanup  # knobs whose name has "cleanup"

Every threshold and word list of the body code must pay for itself on the held-back half B
(issue 11). For each knob below the script sets the value that turns its rule off (a pattern
that never matches, a limit nothing reaches), runs ``newsextract.extract`` on the body sets
(fundus and fundus-eval: shingle F1; trafilatura: snippet F1) and prints the change against
the unchanged code on halves A and B. A knob whose removal does not lower B is a candidate
for deletion; one whose removal lowers A but not B was fitted to A.

The pages are read from ``../shared/eval`` at run time and never copied here.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import importlib.util
import math
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import newsextract
import split
from newsextract.body import class_names, container_hints

SETS = ("fundus", "fundus-eval", "trafilatura")
_NEVER = re.compile(r"(?!x)x")  # a pattern that matches nothing

# (knob, module, attribute, value that switches the rule off). A constant other modules import
# by name is bound in each of them: the knob names them all, its own module first.
_MIN_SIBLING_MASS_IN = "region_record region region_lines"
_SIBLING_MAX_DENSITY_IN = "region_record region region_data post_templates"
KNOBS: list[tuple[str, str, str, Any]] = [
    ("cleanup: misnomer share", "judging", "_MISNOMER_SHARE", math.inf),
    ("cleanup: long paragraph is prose", "text_verdicts", "_LONG_PARAGRAPH", 10**9),
    ("boxes: prompt box chars", "boxes", "_BOX_CHARS", 0),
    ("finish: heading reach", "finish", "_HEADING_REACH", 10**6),
    ("boxes: teaser card chars", "boxes", "_CARD_CHARS", -1),
    ("cleanup: tail reach", "text_edges", "_TAIL_REACH", 0),
    ("cleanup: linked heading share", "text_verdicts", "_LINKED_HEADING", 10.0),
    ("region: min sibling mass", _MIN_SIBLING_MASS_IN, "MIN_SIBLING_MASS", 0.0),
    ("region: climb levels", "region", "_MAX_LEVELS", 0),
    ("region: sibling link density", _SIBLING_MAX_DENSITY_IN, "SIBLING_MAX_DENSITY", 1.0),
    ("region: loose block value", "region_lines region_data", "LOOSE_BLOCK_VALUE", math.inf),
    ("region: ad slot passed over", "region_lines", "_AD_LABEL_CHARS", -1),
    ("excerpt_lists: cut items", "excerpt_lists", "_EXCERPT_ITEMS", 10**9),
    ("linked_lists: linked section name", "linked_lists", "_SECTION_NAME_CHARS", -1),
    ("characters: smiley line", "characters", "_SMILEY", _NEVER),
    # Every block counts from one character: 0 would divide an empty block's links by 0.
    ("scoring: min text", "scoring", "_MIN_TEXT", 1),
    ("scoring: class hints", "scoring", "_HINT_FACTOR", {}),
    ("scoring: alternative share", "scoring", "_ALTERNATIVE_SHARE", math.inf),
    ("scoring: climb for alternatives", "scoring", "_MAX_CLIMB", 0),
    ("extractor: articleBody coverage", "extractor", "_COVERAGE", math.inf),
    ("extractor: script fallback", "extractor", "_SCRIPT_FALLBACK", 0),
    ("furniture_lines: translation note", "furniture_lines", "translation_note", lambda: _NEVER),
    ("furniture_lines: read-more label", "furniture_lines", "read_more_label", lambda: _NEVER),
    ("furniture_lines: read-more line", "furniture_lines", "read_more_line", lambda: _NEVER),
    ("furniture_lines: ad/widget label line", "furniture_lines", "label_line", lambda: _NEVER),
    ("furniture_lines: template placeholder", "furniture_lines", "_PLACEHOLDER", _NEVER),
    ("furniture_lines: credit line", "furniture_lines", "credit_line", lambda: _NEVER),
    # The furniture line test's own names for them (imported from credit_lines, characters).
    ("furniture_lines: credit tail", "furniture_lines", "credit_tail", lambda: _NEVER),
    ("furniture_lines: e-mail line", "furniture_lines", "EMAIL", _NEVER),
    ("date_lines: dateline", "date_lines", "_date_signal", lambda: _NEVER),
    ("label_lines: byline line", "label_lines", "byline_line", lambda: _NEVER),
    ("furniture_lines: share line", "furniture_lines", "is_share_line", lambda text, **_: False),
    ("furniture_lines: all rights reserved", "furniture_lines", "_all_rights", lambda: _NEVER),
    # is_box_prompt reads no block longer than this: below any length, it reads none.
    ("prompts: box prompts", "prompts", "_PROMPT_MAX", -1),
    ("teaser_lines: teaser arrow", "teaser_lines", "_TEASER_ARROW", _NEVER),
    ("teaser_lines: teaser label", "teaser_lines", "_TEASER_LABEL", _NEVER),
    ("about_lines: about-the-article notes", "about_lines", "_about_text", lambda: _NEVER),
    ("about_lines: author bios", "about_lines", "_bio", lambda: _NEVER),
    ("class_names: negative class words", "class_names", "_negative", lambda: _NEVER),
    (
        "class_names: negative class words anywhere",
        "class_names",
        "_negative_anywhere",
        lambda: _NEVER,
    ),
    ("class_names: strong negative class words", "class_names", "_STRONG_NEGATIVE", _NEVER),
    ("class_names: positive class words", "class_names", "_POSITIVE", _NEVER),
    ("class_names: strong positive class words", "class_names", "_STRONG_POSITIVE", _NEVER),
    ("container_hints: caption/credit classes", "container_hints", "_CREDIT_CLASS", _NEVER),
    ("container_hints: hidden classes", "container_hints", "_HIDDEN_CLASSES", frozenset()),
    ("standfirst: after the h1", "standfirst", "_AFTER_HEADLINE", 0),
    ("standfirst: headline group", "standfirst", "_HEADLINE_GROUP_EXTRA", -(10**9)),
]


def load_scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.dont_write_bytecode = True
    spec.loader.exec_module(module)
    return module


def load_set(eval_dir: Path, name: str) -> list[tuple[dict[str, Any], bytes]]:
    truth = split.read_truth(eval_dir / name)
    return [
        (row, gzip.open(eval_dir / name / "pages" / f"{row['id']}.html.gz").read()) for row in truth
    ]


def measure(
    pages: dict[str, list[tuple[dict[str, Any], bytes]]], scorer: ModuleType
) -> dict[tuple[str, str], float]:
    """F1 per (set, half): shingle F1 of the body, snippet F1 on the trafilatura set."""
    # Cached verdicts on class names would outlive a switched-off word list.
    class_names.class_weight.cache_clear()
    container_hints._class_facts.cache_clear()
    out: dict[tuple[str, str], float] = {}
    for name, rows in pages.items():
        by_half: dict[str, list[Any]] = {"A": [], "B": []}
        for truth, data in rows:
            try:
                body = newsextract.extract(data, url=truth.get("url")).body
            except newsextract.NewsExtractError:
                body = ""
            half = split.half_of(truth["url"])
            if truth.get("body_with") or truth.get("body_without"):
                by_half[half].append(scorer.snippet_counts(truth, body))
            elif "body" in truth:
                by_half[half].append(scorer.body_counts(truth, body))
        for half, counts in by_half.items():
            if not counts:
                continue
            summary = (
                scorer.aggregate_snippets(counts)
                if len(counts[0]) == 4
                else scorer.aggregate_body(counts)
            )
            out[(name, half)] = summary["f1"]
    return out


@contextmanager
def switched_off(modules: str, attribute: str, value: Any) -> Iterator[None]:
    targets = [importlib.import_module(f"newsextract.body.{name}") for name in modules.split()]
    saved = getattr(targets[0], attribute)
    for target in targets:
        setattr(target, attribute, value)
    try:
        yield
    finally:
        for target in targets:
            setattr(target, attribute, saved)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=split.DEFAULT_EVAL_DIR)
    parser.add_argument("--only", help="run the knobs whose name contains this")
    args = parser.parse_args()
    if not (args.eval_dir / "score.py").exists():
        print(f"no evaluation data at {args.eval_dir}", file=sys.stderr)
        return 2
    scorer = load_scorer(args.eval_dir)
    pages = {name: load_set(args.eval_dir, name) for name in SETS}
    started = time.perf_counter()
    base = measure(pages, scorer)
    columns = [(name, half) for name in SETS for half in split.HALVES if (name, half) in base]
    print("| knob switched off | " + " | ".join(f"{n} {h}" for n, h in columns) + " |")
    print("| --- |" + " --- |" * len(columns))
    print("| (none: today's figures) | " + " | ".join(f"{base[c]:.4f}" for c in columns) + " |")
    print(f"  baseline in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    for label, module, attribute, value in KNOBS:
        if args.only and args.only not in label:
            continue
        with switched_off(module, attribute, value):
            scores = measure(pages, scorer)
        cells = " | ".join(f"{scores[c] - base[c]:+.4f}" for c in columns)
        print(f"| {label} | {cells} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
