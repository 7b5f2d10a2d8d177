"""Hit rates per field of newsextract and trafilatura on the language probe pages
(``tests/metadata/language_probes.py``: invented pages in languages the dev sets lack).

    PYTHONPATH=<tree>/src python benchmarks/language_probes.py [--misses]

trafilatura gives days without times: its ``published`` is scored on the day alone (a
probe expecting no date still wants none), so its figure is an upper bound of the strict one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.metadata.language_probes import FIELDS, PROBES, Probe, kit, matches

import newsextract


def newsextract_fields(probe: Probe) -> dict[str, Any]:
    article = newsextract.extract(probe.html, url=probe.url)
    return {name: getattr(article, name) for name in FIELDS}


def trafilatura_fields(probe: Probe) -> dict[str, Any]:
    return kit.trafilatura_fields(probe.html, probe.url)


def score(tool: Callable[[Probe], dict[str, Any]], days_only: bool, misses: bool) -> None:
    hits = dict.fromkeys(FIELDS, 0)
    counts = dict.fromkeys(FIELDS, 0)
    for probe in PROBES:
        got = tool(probe)
        for name, want in probe.want.items():
            if days_only and name == "published" and want is not None:
                want = datetime.combine(want.date(), datetime.min.time())
            counts[name] += 1
            if matches(name, got.get(name), want):
                hits[name] += 1
            elif misses:
                print(f"  {probe.name} {name}: got {got.get(name)!r}, want {want!r}")
    cells = [f"{name} {hits[name]}/{counts[name]}" for name in FIELDS]
    total = sum(hits.values()), sum(counts.values())
    print(" | ".join(cells) + f" | all {total[0]}/{total[1]} ({100 * total[0] / total[1]:.1f} %)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every miss")
    parser.add_argument("--tools", default="newsextract,trafilatura")
    args = parser.parse_args()
    print(f"{len(PROBES)} pages, {len({p.lang for p in PROBES})} languages")
    if "newsextract" in args.tools:
        print("newsextract:")
        score(newsextract_fields, False, args.misses)
    if "trafilatura" in args.tools:
        print("trafilatura (published: the day):")
        score(trafilatura_fields, True, args.misses)


if __name__ == "__main__":
    main()
