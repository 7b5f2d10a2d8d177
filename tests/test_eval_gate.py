"""Accuracy gate: each half of the dev sets of ../shared/eval must stay above pinned floors.

Every set is split in two halves by site (``benchmarks/split.py``): half A is the one to tune
on, half B is held back. Each (set, field, half) has its own floor, just under what the
extractor reaches there; a change that loses accuracy on any field of either half fails here,
and one that lifts A while B falls is fitting, not method. The pages are read at run time and
never copied into the repo; where ``../shared/eval`` is absent (a user's clone) the gate skips
with a message. The split's own rules are tested without the data.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsextract

EVAL_DIR = Path(
    os.environ.get("NEWSEXTRACT_EVAL_DIR", Path(__file__).resolve().parents[2] / "shared" / "eval")
)
SPLIT_MODULE = Path(__file__).resolve().parents[1] / "benchmarks" / "split.py"

# (set, field, half): floor, a little under the figure of the tree of 2026-11-30 (commit
# 3e9fade; raised at 625d383 for the resolution table, the language data, the standfirst;
# raised again at 15dc127 for the second waves of issues 11 and 12; at 40b8efa for the date,
# title and publisher work of the third wave; at the fifth wave's end for the body's region,
# heading and line rules and the authors' credits; at the sixth wave's end for the body's
# articleBody near match, region mass, figures, reading times and tail notes; at the eighth
# wave's end for the logo <h1>, the post-meta bylines and the body's leaf furniture classes;
# at the ninth wave's end for titles cut at a length limit or carrying a section's tail; at
# the twelfth wave's end for tag summaries, data sections beside the text, RDFa dates and
# titles cut without a mark; at the thirteenth wave's end for labelled lists and sentences of
# linked names in the body; at the fourteenth wave's end for typeset dashes in titles,
# sidebar dates and category links that are no tags; at the fifteenth wave's end for
# newsroom staff credits that name no author; at the sixteenth wave's end for lists of
# linked names under a heading of their own inside the text; at the seventeenth and
# eighteenth waves' ends for headings made of the <title>'s parts, <title>s read as their
# UTF-8 was meant, text widgets and closing sign-up asks; at the nineteenth wave's end for
# a blog's login name as its author, title parts naming a sub-site or a paged thread, and
# read-more boxes and quote widgets in the text; at the twentieth wave's end for a linked
# lead-in before a quotation, italic bylines and a dated name line under the headline; at
# the twenty-first wave's end for the display headline over a JSON-LD copy of the <title>,
# tag lists two later sources agree on, captions set without a <figure>, a headline's
# summary points and credits after words that name no one; at the twenty-second wave's end
# for accordion sections, text after a link that wraps blocks and closing notes to readers;
# at the twenty-third wave's end for quotations opening a headline, later pages of a forum
# thread and a closing line after an ad slot; at the twenty-fourth wave's end for a personal
# site's owner as its author and the news body's link notes, icon titles and wire datelines;
# at the twenty-fifth for boxes of recent comments and review notices; at the twenty-sixth
# for desks named after their paper and blog post lines; at the thirty-eighth for wiki
# pages whose <title> is their path; at the thirty-ninth for the neighbouring entries and
# readers' forums that follow a non-news text; at the fortieth for hashtag chips and an
# inline label's list that ends at the next label; at the forty-eighth for a review's
# verdict box, a closing pointer heading and a contact block's lines at the text's end;
# at the fifty-sixth for an interviewer credited in an author element; at the sixty-third
# for a bold name signing the page's last text; at the sixty-fourth for a headline the
# breadcrumb trail names over an SEO plugin's title; at the sixty-seventh for a metadata
# title's quotation marks typeset as the <h1>'s and a modification <meta> day held until the
# page's own dates are searched; at the seventy-second for a day written under a
# publication label without a time outweighing sources that give bare days, none later; at
# the seventy-third for an <h1> set as a breadcrumb's last crumb, a kicker ended by a
# separator hidden from screen readers, the site's squashed name among the keywords and an
# editor's italic note between rules; at the seventy-fourth for a site's own keyword
# <meta> and a news_keywords list over a one-item taxonomy term; at the seventy-sixth for an
# <h1> kicker its class names, left out unless a metadata title joins it).
# Metadata fields are % of pages (floors 0.3-0.4 points under); body is the word-4-gram F1
# and snippets the must/must-not snippet F1 (floors 0.003-0.004 under).
FLOORS: dict[tuple[str, str, str], float] = {
    ("fundus", "title", "A"): 89.3,
    ("fundus", "title", "B"): 88.6,
    ("fundus", "title_loose", "A"): 89.3,
    ("fundus", "title_loose", "B"): 88.6,
    ("fundus", "authors", "A"): 90.6,
    ("fundus", "authors", "B"): 91.5,
    ("fundus", "published", "A"): 99.7,
    ("fundus", "published", "B"): 99.7,
    ("fundus", "tags", "A"): 92.7,
    ("fundus", "tags", "B"): 74.2,
    ("fundus", "language", "A"): 99.7,
    ("fundus", "language", "B"): 99.7,
    # raised at the fifty-ninth wave: half-A losses of sections over long captions and linked
    # label lines mended (A .972 -> .974)
    ("fundus", "body", "A"): 0.970,
    ("fundus", "body", "B"): 0.978,
    ("fundus-eval", "body", "A"): 0.964,
    # Data tables are article text since issue 11; this set's hand-made truth leaves tables
    # out, and one page of half B is a 50-row table of names (0.994 -> 0.978); raised at the
    # fifty-eighth wave for a promotion line cut above the text (B .979 -> .981).
    ("fundus-eval", "body", "B"): 0.977,
    ("htmldate", "published", "A"): 95.9,
    ("htmldate", "published", "B"): 94.5,
    ("trafilatura", "title", "A"): 91.8,
    ("trafilatura", "title", "B"): 84.0,
    ("trafilatura", "title_loose", "A"): 92.3,
    ("trafilatura", "title_loose", "B"): 84.5,
    ("trafilatura", "authors", "A"): 80.9,
    ("trafilatura", "authors", "B"): 69.6,
    ("trafilatura", "published", "A"): 91.6,
    ("trafilatura", "published", "B"): 91.8,
    ("trafilatura", "tags", "A"): 79.5,
    ("trafilatura", "tags", "B"): 81.6,
    ("trafilatura", "publisher", "A"): 74.7,
    ("trafilatura", "publisher", "B"): 99.7,
    ("trafilatura", "publisher_loose", "A"): 99.7,
    ("trafilatura", "publisher_loose", "B"): 99.7,
    ("trafilatura", "snippets", "A"): 0.978,
    ("trafilatura", "snippets", "B"): 0.933,
}
# Fields scored as an F1 in 0..1 by score.py; the others are shares of pages, shown in %.
F1_FIELDS = ("body", "snippets")

# The split of each set, (pages, sites) per half: if the data or the site rule changes, the
# halves change and the floors above must be measured again.
SPLIT_COUNTS: dict[str, dict[str, tuple[int, int]]] = {
    "fundus": {"A": (77, 54), "B": (72, 54)},
    "fundus-eval": {"A": (25, 5), "B": (20, 4)},
    "htmldate": {"A": (263, 251), "B": (252, 228)},
    "trafilatura": {"A": (217, 216), "B": (231, 213)},
}

SETS = sorted({name for name, _, _ in FLOORS})
needs_eval = pytest.mark.skipif(
    not (EVAL_DIR / "score.py").is_file(),
    reason=f"accuracy gate skipped: no evaluation data at {EVAL_DIR} "
    "(set NEWSEXTRACT_EVAL_DIR to the folder holding score.py and the sets)",
)


def _load(name: str, path: Path) -> ModuleType:
    """Import a module by path, without writing a __pycache__ next to it."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    previous, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = previous
    return module


split = _load("newsextract_benchmarks_split", SPLIT_MODULE)


# ---------------------------------------------------------------- the split's rules


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.example.com/news/1", "example.com"),
        ("https://WWW.Example.COM./a", "example.com"),
        ("https://news.example.at/stories/1", "example.at"),
        ("https://www.bbc.co.uk/news/x", "bbc.co.uk"),
        ("https://web.archive.org/web/20160330101229/http://www.example.org/a?b=1", "example.org"),
        ("https://web.archive.org/web/2013/example.net/2008/05/post", "example.net"),
        ("http://127.0.0.1:8000/page", "127.0.0.1"),
    ],
)
def test_site_is_the_registrable_domain(url: str, site: str) -> None:
    assert split.site_of(url) == site


def test_half_is_a_stable_hash_of_the_site() -> None:
    # SHA-256 of the site's name, not the per-process salted hash(): the same in every run.
    assert [split.half_of_site(site) for site in ("example.com", "example.at", "bbc.co.uk")] == [
        "B",
        "A",
        "A",
    ]
    assert split.half_of("https://news.example.com/1") == split.half_of("http://example.com/2")


# ---------------------------------------------------------------- the gate


def _predict(truth: dict[str, Any], pages: Path) -> dict[str, Any]:
    raw = gzip.decompress((pages / f"{truth['id']}.html.gz").read_bytes())
    try:
        article = newsextract.extract(raw, url=truth.get("url"))
    except newsextract.NewsExtractError as exc:
        return {"id": truth["id"], "error": str(exc)}
    return {"id": truth["id"], **article.to_dict()}


Summaries = dict[tuple[str, str], dict[str, Any]]


@pytest.fixture(scope="module")
def predictions() -> dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """(truth rows, prediction rows) of each gated set."""
    out = {}
    for name in SETS:
        folder = EVAL_DIR / name
        truth = split.read_truth(folder)
        out[name] = (truth, [_predict(row, folder / "pages") for row in truth])
    return out


@pytest.fixture(scope="module")
def summaries(
    predictions: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]],
) -> Summaries:
    """score.py's summary of each (set, half)."""
    scorer = _load("eval_score", EVAL_DIR / "score.py")
    out = {}
    for name, (truth, rows) in predictions.items():
        ids = split.half_ids(truth)
        for half in split.HALVES:
            half_truth = [row for row in truth if row["id"] in ids[half]]
            half_rows = [row for row in rows if row["id"] in ids[half]]
            out[(name, half)], _ = scorer.score(half_truth, half_rows)
    return out


@needs_eval
@pytest.mark.parametrize(
    ("name", "field", "half"), list(FLOORS), ids=[f"{s}-{f}-{h}" for s, f, h in FLOORS]
)
def test_accuracy_floor(summaries: Summaries, name: str, field: str, half: str) -> None:
    summary = summaries[(name, half)]
    value = summary[field]["f1"] if field in F1_FIELDS else 100 * summary[field]["score"]
    floor = FLOORS[(name, field, half)]
    assert value >= floor, f"{name} {field} half {half}: {value:.4f} < floor {floor}"


@needs_eval
def test_split_is_fixed() -> None:
    counts = {name: split.split_counts(split.read_truth(EVAL_DIR / name)) for name in SETS}
    assert counts == SPLIT_COUNTS, "the halves changed: measure the floors again"


@needs_eval
def test_no_page_errors(summaries: Summaries) -> None:
    errors = {key: s["errors"] for key, s in summaries.items()}
    assert errors == dict.fromkeys(summaries, 0)


@needs_eval
def test_no_empty_bodies(
    predictions: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]],
) -> None:
    # Every page scored on its body (a body text or snippets) gets a body with words in it.
    empty = {}
    for name, (truth, rows) in predictions.items():
        bodies = {row["id"]: row.get("body") or "" for row in rows}
        scored = [row["id"] for row in truth if {"body", "body_with", "body_without"} & set(row)]
        empty[name] = [page for page in scored if not re.search(r"\w", bodies[page])]
    assert empty == {name: [] for name in predictions}


@needs_eval
def test_gate_reads_pages_not_copies() -> None:
    # The project keeps none of the evaluation pages: fixtures are our own small pages.
    fixtures = Path(__file__).parent / "fixtures"
    with (EVAL_DIR / "fundus" / "truth.jsonl").open(encoding="utf-8") as lines:
        truth_ids = {json.loads(line)["id"] for line in lines}
    assert not any(path.stem in truth_ids for path in fixtures.iterdir())
