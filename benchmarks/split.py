"""The fixed split of every evaluation set into two halves by site: tune on A, hold back B.

A page belongs to the half of its site, so all pages of one site, in every set, fall in the
same half: a rule learnt from a site's template in half A cannot lift half B. A change that
helps A and hurts B is fitting those templates, not a better method.

The site is the registrable domain of the page's URL (the public-suffix rule, via ``tld``:
``a.example.at`` and ``example.at`` are one site, ``bbc.co.uk`` is not ``co.uk``), lower-cased and
without ``www.``; an archived page (``web.archive.org/web/<time>/<url>``) belongs to the site
it was archived from. The half is the parity of the first byte of the site's SHA-256: stable
across runs, machines and Python versions (``hash()`` is salted per process), and blind to
anything but the site's name.

    python benchmarks/split.py [--eval-dir DIR]      # pages and sites per half of each set
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from tld import get_fld

Half = Literal["A", "B"]
HALVES: tuple[Half, Half] = ("A", "B")
DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"

# An archived copy's path: /web/<timestamp, maybe with a modifier like id_>/<original URL>.
_ARCHIVED = re.compile(r"^/web/[^/]+/(?P<original>.+)$")
ARCHIVE_HOSTS = frozenset({"web.archive.org"})


def original_url(url: str) -> str:
    """The URL an archive copy was taken from, or ``url`` itself."""
    parts = urlsplit(url)
    if (parts.hostname or "") not in ARCHIVE_HOSTS:
        return url
    match = _ARCHIVED.match(parts.path)
    if match is None:
        return url
    original = match["original"] + (f"?{parts.query}" if parts.query else "")
    return original if "://" in original else f"http://{original}"


def site_of(url: str) -> str:
    """The page's site: the registrable domain of its (original) host, without ``www.``.

    A host with no public suffix (an IP address, ``localhost``) is its own site.
    """
    host = (urlsplit(original_url(url.strip())).hostname or "").rstrip(".")
    domain = get_fld(host, fix_protocol=True, fail_silently=True) if host else None
    return str(domain or host).removeprefix("www.")


def half_of_site(site: str) -> Half:
    """A for an even first byte of the site's SHA-256, B for an odd one."""
    return HALVES[hashlib.sha256(site.encode("utf-8")).digest()[0] % 2]


def half_of(url: str) -> Half:
    return half_of_site(site_of(url))


Row = Mapping[str, Any]


def half_ids(truth: Iterable[Row]) -> dict[Half, set[str]]:
    """The page ids of each half of a set, from its truth rows (``id`` and ``url``)."""
    ids: dict[Half, set[str]] = {half: set() for half in HALVES}
    for row in truth:
        ids[half_of(str(row.get("url") or ""))].add(str(row["id"]))
    return ids


def split_counts(truth: Iterable[Row]) -> dict[Half, tuple[int, int]]:
    """(pages, sites) of each half."""
    pages: dict[Half, int] = dict.fromkeys(HALVES, 0)
    sites: dict[Half, set[str]] = {half: set() for half in HALVES}
    for row in truth:
        site = site_of(str(row.get("url") or ""))
        half = half_of_site(site)
        pages[half] += 1
        sites[half].add(site)
    return {half: (pages[half], len(sites[half])) for half in HALVES}


def read_truth(set_dir: Path) -> list[dict[str, Any]]:
    with (set_dir / "truth.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def counts_table(counts: Mapping[str, Mapping[Half, tuple[int, int]]]) -> str:
    """Markdown: pages and sites of each half, per set."""
    lines = ["| set | pages A | sites A | pages B | sites B |", "|---|---|---|---|---|"]
    for name, halves in counts.items():
        (pages_a, sites_a), (pages_b, sites_b) = halves["A"], halves["B"]
        lines.append(f"| {name} | {pages_a} | {sites_a} | {pages_b} | {sites_b} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    args = parser.parse_args(argv)
    sets = sorted(path.parent for path in args.eval_dir.glob("*/truth.jsonl"))
    print(counts_table({folder.name: split_counts(read_truth(folder)) for folder in sets}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
