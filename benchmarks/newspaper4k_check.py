"""A check on pages no one here tuned on: newspaper4k's own test pages, newsextract against
trafilatura, body scored by ``../shared/eval/score.py``'s shingle F1.

newspaper4k ships its test pages in its source distribution (``tests/data/html/*.html``, the
expected text in ``tests/data/txt/*.txt``, written by its maintainers, and metadata in
``tests/data/metadata/*.json``). Nothing of it is copied here: download and unpack it, then
point this script at its ``tests/data``::

    pip download newspaper4k==0.9.6 --no-binary :all: --no-deps -d /tmp/np4k
    tar xzf /tmp/np4k/newspaper4k-0.9.6.tar.gz -C /tmp/np4k
    .venv/bin/python benchmarks/newspaper4k_check.py /tmp/np4k/newspaper4k-0.9.6/tests/data

The expected texts are newspaper4k's own output, corrected by hand: they keep a standfirst
and an editor's credit line that newsextract leaves out by design, so read the figures as a
comparison with trafilatura on the same pages, not as absolute accuracy. Titles are compared
with the expected metadata, where there is one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import trafilatura

import newsextract

SCORER_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="newspaper4k's unpacked tests/data folder")
    args = parser.parse_args()
    sys.path.insert(0, str(SCORER_DIR))
    import score  # the evaluation's scorer, read where it lies

    totals = {"newsextract": [0, 0, 0], "trafilatura": [0, 0, 0]}
    per_page: dict[str, list[float]] = {tool: [] for tool in totals}
    titles = [0, 0]
    for page in sorted((args.data / "html").glob("*.html")):
        expected = args.data / "txt" / f"{page.stem}.txt"
        if not expected.is_file():
            continue  # a front page or a redirect: no article text to compare
        meta_path = args.data / "metadata" / f"{page.stem}.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        html = page.read_bytes()
        truth = {"body": expected.read_text(encoding="utf-8")}
        article = newsextract.extract(html, url=meta.get("url"))
        other = trafilatura.extract(html.decode("utf-8", "replace"), url=meta.get("url")) or ""
        row = [page.stem]
        for tool, body in (("newsextract", article.body), ("trafilatura", other)):
            counts = score.body_counts(truth, body)
            totals[tool] = [a + b for a, b in zip(totals[tool], counts, strict=True)]
            per_page[tool].append(_f1(*counts))
            row.append(f"{tool} {per_page[tool][-1]:.3f}")
        if meta.get("title"):
            titles[0] += score.norm(article.title) == score.norm(meta["title"])
            titles[1] += 1
        print("  ".join(row))
    for tool, counts in totals.items():
        mean = sum(per_page[tool]) / max(1, len(per_page[tool]))
        print(f"{tool}: body F1 {mean:.3f} mean of pages, {_f1(*counts):.3f} all shingles together")
    print(f"newsextract titles equal to the expected: {titles[0]} of {titles[1]}")
    return 0


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    sys.exit(main())
