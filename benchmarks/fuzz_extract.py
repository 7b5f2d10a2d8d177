"""Long fuzz run of ``extract``: the strategies of tests/test_fuzz_extract.py, many more cases.

    .venv/bin/python benchmarks/fuzz_extract.py                 # 5,000 cases per strategy
    .venv/bin/python benchmarks/fuzz_extract.py --cases 500     # a quick look

Every case must give an Article or a NewsExtractError that is a verdict on the input (see
``tests/hostile_inputs.is_unexpected``). Failures are collected, not raised, so one run
reports them all; the exit code is 1 if there were any. Prints cases, failures by kind and
the slowest case of each strategy.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_inputs import (  # found through the path set just above
    broken_metadata_page,
    extract_or_error,
    is_unexpected,
    mutated_fixture,
    tag_soup,
)

STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "bytes": st.binary(max_size=8192),
    "text": st.text(max_size=4000),
    "tag-soup": tag_soup,
    "broken-metadata": broken_metadata_page,
    "mutated-fixtures": mutated_fixture,
}


class Tally:
    def __init__(self) -> None:
        self.cases = 0
        self.outcomes: Counter[str] = Counter()
        self.failures: list[tuple[str, str]] = []
        self.slowest = (0.0, "")

    def record(self, data: bytes | str) -> None:
        start = time.perf_counter()
        error = extract_or_error(data)
        elapsed = time.perf_counter() - start
        self.cases += 1
        self.outcomes["article" if error is None else type(error).__name__] += 1
        if error is not None and is_unexpected(error):
            self.failures.append((f"{type(error).__name__}: {error}", repr(data[:200])))
        if elapsed > self.slowest[0]:
            self.slowest = (elapsed, repr(data[:120]))


def run(name: str, strategy: st.SearchStrategy[Any], cases: int) -> Tally:
    tally = Tally()

    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],  # every case new; no shrinking (failures are only collected)
    )
    @given(strategy)
    def case(data: bytes | str) -> None:
        tally.record(data)

    case()
    return tally


def warm_up() -> None:
    """Import what ``extract`` loads lazily (dateparser, htmldate, trafilatura), so that no
    case's time is an import's."""
    words = "<p>" + "Words of an article that go on. " * 10 + "</p>"
    page = f"<html><body><h1>T</h1><p>Publié le 5 mars 2021 à 10h30</p>{words}</body></html>"
    extract_or_error(page)
    extract_or_error("<html><body><nav><a href=/x>x</a></nav></body></html>")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000, help="cases per strategy")
    parser.add_argument("--only", help="comma-separated strategy names")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(STRATEGIES)
    warm_up()
    total = failed = 0
    print("| strategy | cases | failures | slowest (s) | outcomes |")
    print("| --- | --- | --- | --- | --- |")
    slowest: list[tuple[float, str, str]] = []
    for name in names:
        started = time.perf_counter()
        tally = run(name, STRATEGIES[name], args.cases)
        outcomes = ", ".join(f"{k} {v}" for k, v in tally.outcomes.most_common())
        print(
            f"| {name} | {tally.cases} | {len(tally.failures)} | {tally.slowest[0]:.3f} | "
            f"{outcomes} |",
            flush=True,
        )
        print(f"  ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        total += tally.cases
        failed += len(tally.failures)
        slowest.append((tally.slowest[0], name, tally.slowest[1]))
        for message, data in tally.failures[:5]:
            print(f"  FAIL {message}\n       input {data}", file=sys.stderr)
    worst = max(slowest)
    print(f"\n{total} cases, {failed} failures; slowest {worst[0]:.3f} s ({worst[1]}): {worst[2]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
