"""Every regex the library compiles, collected rather than listed by hand, and attack strings
built from each one's own structure (wave 72's regex round).

``patterns()`` runs a fresh interpreter that swaps ``re``'s compiler for a recorder before
``newsextract`` is imported, imports every module of the package, compiles the lazy module
patterns and builds the data-built ones (the warm-up: every language's labels, months, given
names), extracts a few pages of several languages, and reports each pattern compiled from a
file of the package (not dateparser's, nor Python's own): the module-level ones, the lazy
ones and those built from the data files alike.

``attacks(pattern)`` reads a pattern with ``re._parser`` and gives, for each repetition
without an upper bound, strings of its repeated unit: the unit alone, after what precedes it
in its sequence, and each followed by a tail no pattern expects (a NUL), the shapes that make
a backtracking engine (or a search from every position of a run) cost the square of the run.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser  # type: ignore[attr-defined]  # Python's own regex parser
from typing import Any

_SRC = Path(__file__).resolve().parents[2] / "src"

# The child: the recorder is in place before the first import of the package.
_COLLECT = r"""
import json, os, pkgutil, re, sys
from re import _compiler
package_dir = os.sep + "newsextract" + os.sep
seen = {}
skipped = (os.sep + "re" + os.sep, os.sep + "functools.py", "regex_cache.py", "lazy_regex.py")
original = _compiler.compile
def recording(pattern, flags=0):
    # the first frame outside ``re`` (and the caches around it) is the one that asked
    frame = sys._getframe(1)
    while frame is not None and any(part in frame.f_code.co_filename for part in skipped):
        frame = frame.f_back
    name = "" if frame is None else frame.f_code.co_filename
    if package_dir in name and isinstance(pattern, str):
        where = os.path.relpath(name, sys.argv[1])[:-3].replace(os.sep, ".")
        where += "." + frame.f_code.co_name  # the function that built it: stabler than a line
        seen.setdefault((pattern, int(flags)), where)
    return original(pattern, flags)
_compiler.compile = recording
import newsextract
for module in pkgutil.walk_packages(newsextract.__path__, "newsextract."):
    if module.name.endswith("__main__"):
        continue
    try:
        __import__(module.name)
    except Exception:  # an optional extra (dask, a renderer) not installed
        pass
from newsextract.lazy_regex import compile_all
from newsextract.warm_up import warm_up
warm_up()
compile_all()
pages = {
    "en": "<p>By Ada Stone and Kim Lee</p><p>Updated 3 March 2024, 10:00 GMT</p>",
    "de": "<p>Von Anna Berg</p><p>Aktualisiert am 3. März 2024, 10:00 Uhr</p>",
    "fr": "<p>Par Marie Dupont</p><p>Publié le 3 mars 2024 à 10h00</p>",
    "ja": "<p>記者 田中一郎</p><p>2024年3月3日 10:00</p>",
    "ar": "<p>بقلم أحمد علي</p><p>3 مارس 2024</p>",
    "ru": "<p>Автор: Иван Петров</p><p>3 марта 2024, 10:00</p>",
    "es": "<p>Por Juan García</p><p>Actualizado el 3 de marzo de 2024</p>",
    "zh": "<p>记者 王小明</p><p>2024年3月3日</p>",
}
text = "<p>" + "The council voted on the new harbour plan after a long debate. " * 8 + "</p>"
for language, body in pages.items():
    page = (f'<html lang="{language}"><head><title>Harbour plan - News</title></head><body>'
            f"<article><h1>Harbour plan</h1>{body}{text * 4}</article></body></html>")
    newsextract.extract(page, url="https://news.example/" + language + "/harbour-plan")
# a module's own pattern is named by its module and name rather than the line that compiled it
from newsextract.lazy_regex import LazyPattern
for module_name, module in list(sys.modules.items()):
    if module_name.startswith("newsextract"):
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                value = value.compiled
            if isinstance(value, re.Pattern) and (value.pattern, value.flags) in seen:
                seen[(value.pattern, value.flags)] = module_name + "." + name
            elif isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                flags = value.flags & ~re.UNICODE
                if (value.pattern, flags) in seen:
                    seen[(value.pattern, flags)] = module_name + "." + name
json.dump([[p, f, w] for (p, f), w in seen.items()], sys.stdout)
"""


@functools.cache
def patterns() -> tuple[tuple[str, int, str], ...]:
    """``(pattern, flags, where it was compiled)`` for every text regex of the package."""
    done = subprocess.run(
        [sys.executable, "-c", _COLLECT, str(_SRC)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(_SRC), "NEWSEXTRACT_CACHE_DIR": "", "PATH": "/usr/bin:/bin"},
    )
    return tuple((p, f, w) for p, f, w in json.loads(done.stdout))


# Characters tried, in order, where a pattern asks for "any character but …".
_CANDIDATES = "a1 .x-,éZ:/\u00a0年ب"
# Samples kept for one node: enough to try each branch of a small alternation.
_SAMPLES = 4


def _category_sample(category: Any) -> str:
    name = str(category)
    if "NOT_DIGIT" in name or "NOT_SPACE" in name:
        return "a"
    if "NOT_WORD" in name:
        return " "
    if "DIGIT" in name:
        return "1"
    if "SPACE" in name:
        return " "
    if "WORD" in name:
        return "a"
    return "a"


def _in_set(items: list[tuple[Any, Any]]) -> list[str]:
    """Characters a character class ``items`` takes (a negated one: those it does not bar)."""
    if items and items[0][0] is C.NEGATE:
        barred = items[1:]
        return [c for c in _CANDIDATES if _class_takes(barred, c)][:1] or ["\x01"]
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.RANGE:
            out.append(chr(av[0]))
        elif op is C.CATEGORY:
            out.append(_category_sample(av))
        if len(out) >= _SAMPLES:
            break
    return out or ["a"]


def _class_takes(items: list[tuple[Any, Any]], char: str) -> bool:
    """Whether ``char`` is not among a negated class's ``items`` (roughly: categories too)."""
    for op, av in items:
        if op is C.LITERAL and chr(av) == char:
            return False
        if op is C.RANGE and av[0] <= ord(char) <= av[1]:
            return False
        if op is C.CATEGORY and re.fullmatch(_CATEGORY_RE.get(str(av), "(?!)"), char):
            return False
    return True


_CATEGORY_RE = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def samples(node: Any, depth: int = 0) -> list[str]:
    """A few short strings the parsed ``node`` (a sequence) matches, most often."""
    if depth > 12:
        return [""]
    out = [""]
    for op, av in node:
        pieces = _item_samples(op, av, depth)
        out = [a + b for a, b in itertools.islice(itertools.product(out, pieces), _SAMPLES)]
    return out


def _item_samples(op: Any, av: Any, depth: int) -> list[str]:
    if op is C.LITERAL:
        return [chr(av)]
    if op is C.NOT_LITERAL:
        return [next(c for c in _CANDIDATES if ord(c) != av)]
    if op is C.ANY:
        return ["a"]
    if op is C.IN:
        return _in_set(av)
    if op is C.BRANCH:
        return [s for branch in av[1] for s in samples(branch, depth + 1)[:1]][:_SAMPLES]
    if op is C.SUBPATTERN:
        return samples(av[-1], depth + 1)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        inner = samples(sub, depth + 1)
        return [s * max(low, 1) for s in inner]
    if op is C.ATOMIC_GROUP:
        return samples(av, depth + 1)
    if op is C.GROUPREF_EXISTS:
        return samples(av[1], depth + 1)
    return [""]  # AT, ASSERT, ASSERT_NOT, GROUPREF: nothing of their own


def _repeats(node: Any, before: str = "") -> Iterator[tuple[str, str]]:
    """``(what precedes, a sample of the unit)`` for each unbounded repetition in ``node``."""
    prefix = [""]
    for op, av in node:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[1] == C.MAXREPEAT:
            for unit in samples(av[2]):
                if unit:
                    yield before + prefix[0], unit
        if op is C.SUBPATTERN:
            yield from _repeats(av[-1], before + prefix[0])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            yield from _repeats(av[2], before + prefix[0])
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from _repeats(branch, before + prefix[0])
        elif op is C.ATOMIC_GROUP:
            yield from _repeats(av, before + prefix[0])
        prefix = [prefix[0] + (_item_samples(op, av, 0) or [""])[0]]


def attacks(pattern: str, flags: int = 0) -> list[tuple[str, str, str]]:
    """``(head, unit, tail)``: the string ``head + unit * n + tail`` is the attack at ``n``."""
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:
        return []
    found: dict[tuple[str, str, str], None] = {}
    for before, unit in _repeats(parsed):
        for head in ("", before):
            for tail in ("\x00", ""):
                found[(head, unit, tail)] = None
            found[("", head + unit, "\x00")] = None
    return list(found)


# A pattern, its flags, where it was built, the compiled pattern, its attacks.
_Attacked = tuple[str, int, str, re.Pattern[str], list[tuple[str, str, str]]]


class _TooLong(Exception):
    pass


def _alarm(*_: object) -> None:
    raise _TooLong


def timed(call: Callable[[], object], limit: float, runs: int = 2) -> float:
    """Seconds ``call()`` takes (the best of ``runs``), or ``limit`` when a run reaches it: an
    alarm ends the run, as the regex engine checks for signals while it backtracks (a
    thread's guard could not: the engine holds the interpreter). For the main thread."""
    import signal
    import time

    best = limit
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for _ in range(runs):
            started = time.process_time()
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                call()
            except _TooLong:
                return limit
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            best = min(best, time.process_time() - started)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return best


def search_time(compiled: re.Pattern[str], text: str, limit: float) -> float:
    """Seconds one ``search`` of ``text`` takes (the best of two), ``limit`` at most."""
    return timed(lambda: compiled.search(text), limit)


def match_time(compiled: re.Pattern[str], text: str, limit: float) -> float:
    """Seconds one ``match`` of ``text`` takes, ``limit`` at most: one attempt, as an
    anchored pattern is used; its cost is what a search pays at each place."""
    return timed(lambda: compiled.match(text), limit)


def growth(
    pattern: str, flags: int, head: str, unit: str, tail: str, n: int, limit: float = 2.0
) -> tuple[float, float]:
    """The seconds of a search of the attack at ``n`` units and at ``4 * n``."""
    compiled = re.compile(pattern, flags)
    small = search_time(compiled, head + unit * n + tail, limit)
    large = search_time(compiled, head + unit * (4 * n) + tail, limit)
    return small, large


def _attacked() -> Iterator[_Attacked]:
    """Each pattern that compiles, with its attacks: ``(pattern, flags, where, compiled,
    attacks)``."""
    for pattern, flags, where in patterns():
        with contextlib.suppress(re.error):
            yield pattern, flags, where, re.compile(pattern, flags), attacks(pattern, flags)


def sweep(
    chars: int = 8_000, screen: float = 0.002, ratio: float = 8.0
) -> Iterator[tuple[str, int, str, tuple[str, str, str], float, float]]:
    """Each pattern and attack whose search of about ``chars`` characters takes over
    ``screen`` seconds and whose time at four times the length grows over ``ratio`` times:
    ``(pattern, flags, where, attack, seconds at n, seconds at 4n)``, one attack a pattern."""
    for pattern, flags, where, compiled, found in _attacked():
        for head, unit, tail in found:
            n = max(1, chars // len(unit))
            if search_time(compiled, head + unit * n + tail, 1.0) < screen:
                continue
            small, large = growth(pattern, flags, head, unit, tail, n)
            if large > ratio * small or large >= 2.0:
                yield pattern, flags, where, (head, unit, tail), small, large
                break


def slow_matches(
    chars: int = 400, limit: float = 0.05
) -> Iterator[tuple[str, str, tuple[str, str, str], float]]:
    """Each pattern one of whose attacks of about ``chars`` characters takes a single match
    over ``limit`` seconds (a square of 400 steps is a few ms; a cube or worse, seconds):
    ``(pattern, where, attack, seconds)``, the first such attack of each pattern."""
    for pattern, _, where, compiled, found in _attacked():
        for head, unit, tail in found:
            text = head + unit * max(1, chars // len(unit)) + tail
            if (spent := match_time(compiled, text, 1.0)) > limit:
                yield pattern, where, (head, unit, tail), spent
                break


TEXT = "The council voted on the new harbour plan after a long debate on costs."


def page(body: str = "", head: str = "", title: str = "Harbour plan") -> str:
    """An article page of three paragraphs, ``body`` among them, ``head`` in its head."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>Harbour plan</h1>"
        f"<p>{TEXT}</p><p>{TEXT}</p>{body}<p>{TEXT}</p></article></body></html>"
    )


def page_places(text: str) -> dict[str, str]:
    """Pages holding ``text`` in each place a field or the body reads text from: the title,
    headings, paragraphs, a byline, an author link, metas, JSON-LD values, a <time>, lists
    and tags, a caption, small print, addresses, class names, a <pre> (which keeps white
    space that other elements' texts collapse)."""
    import html

    e = html.escape(text, quote=True)
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": text,
            "author": {"@type": "Person", "name": text},
            "datePublished": text,
            "keywords": text,
            "publisher": {"name": text},
        }
    )
    return {
        "title": page(title=e),
        "h3": page(f"<h3>{e}</h3>"),
        "p": page(f"<p>{e}</p>"),
        "byline": page(f'<p class="byline">By {e}</p>'),
        "author link": page(f'<a rel="author" href="/a">{e}</a>'),
        "meta author": page(head=f'<meta name="author" content="{e}">'),
        "meta text": page(
            head=f'<meta name="description" content="{e}"><meta property="og:title" content="{e}">'
        ),
        "meta date": page(head=f'<meta property="article:published_time" content="{e}">'),
        "meta site": page(
            head=f'<meta property="og:site_name" content="{e}"><meta name="keywords" content="{e}">'
        ),
        "json-ld": page(head=f'<script type="application/ld+json">{ld}</script>'),
        "time": page(f'<time datetime="{e}">{e}</time>'),
        "lists": page(f'<ul><li>{e}</li></ul><div class="tags"><a href="/tag/x">{e}</a></div>'),
        "caption": page(
            f"<figure><img src='a.jpg' alt='{e}'><figcaption>{e}</figcaption></figure>"
        ),
        "small print": page(f"<small>{e}</small><footer>{e}</footer>"),
        "addresses": page(
            f'<a href="/x/{e}">More</a><link rel="canonical" href="https://news.example/{e}">'
        ),
        "class": page(f'<div class="{e}" id="{e}"><p>{TEXT}</p></div>'),
        "pre": page(f"<pre>{e}</pre>"),
    }


if __name__ == "__main__":  # the full sweep, by hand: a few minutes of one core
    for found in sweep():
        print(json.dumps(found, ensure_ascii=False), flush=True)
