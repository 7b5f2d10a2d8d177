"""Attribute-removal and value-mutation fuzz of ``extract`` on real-looking pages.

    .venv/bin/python benchmarks/mutate_pages.py                      # every variant
    .venv/bin/python benchmarks/mutate_pages.py --limit 2000         # a seeded sample
    .venv/bin/python benchmarks/mutate_pages.py --kinds drop,odd     # some kinds only
    .venv/bin/python benchmarks/mutate_pages.py --sources eval --shard 3/16  # a sixteenth

The grammar fuzzers draw pages from parts; this one starts from whole pages (the project's
fixtures, the probe pages of tests/body and tests/metadata, and the dev pages under
``../shared/eval`` when present, read at run time, never copied) and breaks them one way at a
time: an attribute kind dropped everywhere, emptied, or given odd values (spaces, "#", very
long, non-numeric, negative, huge, NaN, unicode digits), closing tags dropped, elements
duplicated, JSON-LD values of unexpected types. A real page may do any of these, and every
such page must still yield an article: each ExtractionError that wraps an unexpected error
(not a size or depth verdict) is reported with the innermost newsextract frame of its
traceback. Exit code 1 when there were any.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import random
import re
import sys
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import newsextract

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_inputs import is_unexpected  # found through the path set just above

ROOT = Path(__file__).resolve().parent.parent

# The attribute kinds the extractors read (the brief's list and the numeric ones).
ATTRIBUTES = (
    *("href", "src", "content", "datetime", "class", "id", "rel", "itemprop", "property"),
    *("name", "lang", "dir", "type", "charset", "width", "height", "colspan", "rowspan"),
    *("srcset", "data-timestamp", "data-time", "data-date", "data-src", "value", "start"),
    *("http-equiv", "itemtype", "title", "alt", "hreflang", "sizes", "data-publish-date"),
)
# Values no well-made page carries and some pages do: blank, a bare anchor, very long,
# non-numeric where a number belongs, negative, huge, NaN, unicode digits, broken dates.
ODD_VALUES = (
    *("", " ", "   \t\n", "#", "x" * 5000, "abc", "-1", "-99999999999", "0", "-0"),
    *("99999999999999999999999", "1e999", "NaN", "inf", "١٢٣", "١٤٤٥-٠٣-٠٥", "\x00"),
    *("2021-13-45T25:61:61+99:99", "0000-00-00", "-0001-01-01", "99999-01-01", "0001-01-01"),
    *("253402300800", "-62135596801", "1700000000000000", "12/34/5678", "{{date}}", "&#0;"),
)
# Elements a page may carry twice (templates repeat their heads, CMSs their blocks).
DUPLICATED = ("meta", "time", "h1", "script", "a", "img", "link", "title", "html", "body")
# Closing tags a broken template leaves out.
UNCLOSED = ("a", "p", "div", "time", "span", "li", "td", "tr", "table", "article", "h1")

_LD = re.compile(
    r"(<script[^>]*application/ld\+json[^>]*>)(.*?)(</script>)", re.IGNORECASE | re.DOTALL
)


def _attribute(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"""(?<=[\s"'])({re.escape(name)})(\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?(?=[\s/>])""",
        re.IGNORECASE,
    )


def _ld_values(node: Any, odd: Callable[[Any], Any]) -> Any:
    if isinstance(node, dict):
        return {key: _ld_values(value, odd) for key, value in node.items()}
    if isinstance(node, list):
        return [_ld_values(value, odd) for value in node]
    return odd(node)


# JSON-LD scalars turned into other types: a list, an object, a number, null, a bool.
_LD_ODD: dict[str, Callable[[Any], Any]] = {
    "list": lambda value: [value],
    "empty-list": lambda value: [],
    "object": lambda value: {"@value": value},
    "number": lambda value: 1e300 if isinstance(value, str) else value,
    "negative": lambda value: -5 if isinstance(value, str) else value,
    "null": lambda value: None,
    "bool": lambda value: True,
    "empty": lambda value: "" if isinstance(value, str) else value,
}


def _mutate_ld(html: str, how: Callable[[Any], Any]) -> str | None:
    changed = False

    def replace(match: re.Match[str]) -> str:
        nonlocal changed
        try:
            data = json.loads(match.group(2))
        except ValueError:
            return match.group(0)
        changed = True
        return match.group(1) + json.dumps(_ld_values(data, how)) + match.group(3)

    out = _LD.sub(replace, html)
    return out if changed else None


def variants(html: str, kinds: set[str]) -> Iterator[tuple[str, str]]:
    """(label, page) for each way of breaking ``html`` that changes it."""
    for name in ATTRIBUTES:
        pattern = _attribute(name)
        if not pattern.search(html):
            continue
        if "drop" in kinds:
            yield f"drop {name}", pattern.sub("", html)
        if "bare" in kinds:
            yield f"bare {name}", pattern.sub(name, html)
        if "odd" in kinds:
            for value in ODD_VALUES:
                quoted = value.replace('"', "&quot;")
                yield f"odd {name}={value[:12]!r}", pattern.sub(f'{name}="{quoted}"', html)
    if "unclosed" in kinds:
        for tag in UNCLOSED:
            closing = re.compile(rf"</{tag}\s*>", re.IGNORECASE)
            if closing.search(html):
                yield f"unclosed {tag}", closing.sub("", html)
    if "duplicate" in kinds:
        for tag in DUPLICATED:
            element = re.compile(rf"<{tag}\b[^>]*>(?:.*?</{tag}\s*>)?", re.IGNORECASE | re.DOTALL)
            if element.search(html):
                yield f"duplicate {tag}", element.sub(lambda m: m.group(0) * 2, html)
    if "ld" in kinds:
        for label, how in _LD_ODD.items():
            mutated = _mutate_ld(html, how)
            if mutated is not None:
                yield f"ld {label}", mutated


KINDS = ("drop", "bare", "odd", "unclosed", "duplicate", "ld")


def _harvest(value: object, found: list[str], depth: int = 0) -> None:
    """The whole pages a probe module holds: strings, and strings in records and lists."""
    if depth > 4:
        return
    if isinstance(value, str):
        if "<body" in value.lower() or "<html" in value.lower():
            found.append(value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _harvest(item, found, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            _harvest(item, found, depth + 1)
    elif hasattr(value, "__attrs_attrs__") or hasattr(value, "__dataclass_fields__"):
        for item in vars(value).values() if hasattr(value, "__dict__") else ():
            _harvest(item, found, depth + 1)
        for field in getattr(value, "__attrs_attrs__", ()):
            _harvest(getattr(value, field.name), found, depth + 1)


def _probe_pages() -> list[tuple[str, str]]:
    modules = [
        *sorted((ROOT / "tests" / "body").glob("*probes/*.py")),
        *sorted((ROOT / "tests" / "metadata").glob("*probes*.py")),
        *sorted((ROOT / "tests" / "metadata" / "language_probes").glob("*.py")),
    ]
    pages: list[tuple[str, str]] = []
    for path in modules:
        module_name = ".".join(path.relative_to(ROOT / "tests").with_suffix("").parts)
        # the non-news probes import the news probes as a top package (not this folder's
        # benchmarks/news_probes.py), the date probes import ``tests``: both first while they
        # are read, then taken out
        sys.path[:0] = [str(ROOT / "tests" / "body"), str(ROOT)]
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # a probe module that needs pytest's set-up: skipped, said
            print(f"skipped {module_name}: {exc!r}", file=sys.stderr)
            continue
        finally:
            del sys.path[:2]
        found: list[str] = []
        for value in vars(module).values():
            _harvest(value, found)
        pages.extend((f"{module_name}#{i}", html) for i, html in enumerate(dict.fromkeys(found)))
    return pages


def pages(sources: set[str]) -> list[tuple[str, str]]:
    """(name, html) of every page to mutate."""
    found: list[tuple[str, str]] = []
    if "fixtures" in sources:
        for path in sorted((ROOT / "tests" / "fixtures").glob("*.html")):
            found.append((path.name, path.read_text("utf-8", "replace")))
    if "probes" in sources:
        found.extend(_probe_pages())
    # ../shared/eval beside the main checkout (a worktree sits one level deeper)
    found_eval = [p / "shared" / "eval" for p in (ROOT.parent, ROOT.parent.parent)]
    evaluation = next((path for path in found_eval if path.is_dir()), None)
    if "eval" in sources and evaluation is not None:
        for path in sorted(evaluation.glob("*/pages/*.html.gz")):
            text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            found.append((f"eval:{path.parent.parent.name}/{path.name}", text))
    return list({html: (name, html) for name, html in reversed(found)}.values())[::-1]


def innermost_frame(error: BaseException) -> str:
    """The innermost newsextract frame of the error's cause: where the hole is."""
    cause = error.__cause__ or error
    frames = [
        frame
        for frame in traceback.extract_tb(cause.__traceback__)
        if "newsextract" in frame.filename and "benchmarks" not in frame.filename
    ]
    if not frames:
        return "?"
    frame = frames[-1]
    where = frame.filename.split("newsextract/", 1)[-1]
    return f"{where}:{frame.lineno} {frame.name}: {type(cause).__name__}: {str(cause)[:80]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="variants to run, 0 for all")
    parser.add_argument("--seed", type=int, default=40, help="seed of the sample")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"of {','.join(KINDS)}")
    parser.add_argument("--sources", default="fixtures,probes,eval", help="fixtures,probes,eval")
    parser.add_argument("--shard", default="0/1", help="K/N: only every N-th page from the K-th")
    # A variant slower than this is said at once: a hang or super-linear path to look at.
    parser.add_argument("--slow", type=float, default=10.0, help="seconds a variant may take")
    args = parser.parse_args()
    kinds = set(args.kinds.split(","))
    shard, shards = map(int, args.shard.split("/"))
    # Made one at a time: a shard of the dev pages has tens of thousands of variants, each
    # as big as its page (gigabytes if held at once).
    all_variants: Iterable[tuple[str, str, str]] = (
        (name, label, mutated)
        for name, html in pages(set(args.sources.split(",")))[shard::shards]
        for label, mutated in variants(html, kinds)
    )
    if args.limit:
        # Deterministic: the same seed draws the same variants on every tree.
        listed = list(all_variants)
        all_variants = random.Random(args.seed).sample(listed, min(args.limit, len(listed)))
    holes: dict[str, list[str]] = defaultdict(list)
    verdicts: Counter[str] = Counter()
    count = 0
    for count, (name, label, mutated) in enumerate(all_variants, 1):
        if count % 5000 == 0:  # a long run says how far it is
            print(f"... {count} variants", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            newsextract.extract(mutated, url="https://news.example/2021/03/05/harbour-plan")
        except newsextract.NewsExtractError as exc:
            if is_unexpected(exc):
                where = innermost_frame(exc)
                if where not in holes:  # said at once: a long run cut short still tells
                    print(f"hole: {where}  ({name} [{label}])", flush=True)
                holes[where].append(f"{name} [{label}]")
            else:
                verdicts[type(exc).__name__] += 1
        took = time.perf_counter() - started
        if took > args.slow:
            print(f"slow: {took:.1f} s  ({name} [{label}])", flush=True)
    print(f"variants: {count}, verdicts on input: {dict(verdicts)}")
    print(f"holes: {len(holes)} ({sum(map(len, holes.values()))} variants)")
    for where, cases in sorted(holes.items(), key=lambda item: -len(item[1])):
        print(f"\n{len(cases):5d}  {where}")
        for case in cases[:3]:
            print(f"       {case}")
    return 1 if holes else 0


if __name__ == "__main__":
    sys.exit(main())
