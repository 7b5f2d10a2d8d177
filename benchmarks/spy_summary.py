"""Where a py-spy profile's time goes: self and inclusive shares by function or by line.

py-spy samples without a per-call hook, so it charges Python's work as it is (cProfile and
pyinstrument inflate small calls several times). Record the steady state of the pipeline in
raw (collapsed-stack) form, then summarise it here:

    py-spy record -r 500 -f raw -o prof.txt [--native] -- python LOOP.py
    python benchmarks/spy_summary.py prof.txt [--within extract] [--lines] [--top 60]

``--within TEXT`` keeps the samples with a frame holding TEXT (the timed loop's line, say,
to leave out loading and the warm-up); ``--lines`` keeps line numbers (which line of a
function is hot); ``--native`` profiles are summarised by the nearest newsextract frame
with ``--by-python`` (C time charged to the Python line that called it: a lexbor query, a
regex, a decode).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

_LINE = re.compile(r":\d+\)")
_PACKAGE = re.compile(r"\S*/newsextract/")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile", type=Path, help="py-spy's raw output (-f raw)")
    parser.add_argument("--within", default="", help="keep samples with a frame holding this")
    parser.add_argument("--lines", action="store_true", help="keep line numbers")
    parser.add_argument("--by-python", action="store_true", help="charge to newsextract frames")
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    own: collections.Counter[str] = collections.Counter()
    within: collections.Counter[str] = collections.Counter()
    total = 0
    for row in args.profile.read_text(encoding="utf-8").splitlines():
        stack, _, count = row.rpartition(" ")
        if not count.isdigit() or (args.within and args.within not in stack):
            continue
        samples = int(count)
        total += samples
        frames = [_PACKAGE.sub("", frame) for frame in stack.split(";")]
        if not args.lines:
            frames = [_LINE.sub(")", frame) for frame in frames]
        if args.by_python:
            leaf = next((f for f in reversed(stack.split(";")) if "newsextract/" in f), "?")
            leaf = _PACKAGE.sub("", leaf if args.lines else _LINE.sub(")", leaf))
        else:
            leaf = frames[-1]
        own[leaf] += samples
        for frame in set(frames):
            within[frame] += samples
    if not total:
        print("no samples")
        return 1
    print(f"{total} samples")
    for title, counts in (("self", own), ("inclusive", within)):
        print(f"\n| {title} % | frame |\n|---|---|")
        for frame, samples in counts.most_common(args.top):
            print(f"| {100 * samples / total:.2f} | {frame} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
