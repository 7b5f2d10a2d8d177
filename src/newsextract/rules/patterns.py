"""The regexes and selectors of site rules, kept from running without bound on hostile pages.

Regexes (``paths``, a field's ``regex``) run with a time limit.
A rule's regex meets text it has never seen: a hostile page's. Python's ``re`` backtracks
without bound, so a pattern such as ``(a|aa)+$`` takes seconds on 35 characters and
hours on 50, and no per-page time limit stops it before the C call returns (``extract`` has
none). The ``regex`` module (already installed, for dateparser) reads the same syntax in its
``VERSION0`` mode, avoids the blow-up on many such patterns, and stops any match past
``MATCH_SECONDS`` with a ``TimeoutError``, which becomes a ``RuleError`` here.

Selectors: lexbor finds an element's position for ``:nth-child()``, ``:nth-of-type()`` and
their ``-last-`` forms by walking its siblings, so such a selector costs the square of the
longest run of siblings: 7 s for a page of 40,000 ``<p>`` side by side, minutes at the
200,000 tags a page may hold. A chain of descendant combinators (``p div div div a``)
that fails to match backtracks through every way of placing its parts on an element's
ancestors: 1.5 s for that selector on a page 150 elements deep, minutes at the 512 levels a
page may have. A long selector costs what its parts do on every element: a list of 1,000
alternatives (``* .c1 *, * .c2 *, ...``) took 7 s a use on a page 2,000 elements deep and
0.4 s on one of 20,000 elements, a chain of 500 ``:not()`` 0.3 s; its work is estimated
(``selector_work``). A general sibling combinator (``div.x ~ p``) tries each element's
earlier siblings, and ``:lexbor-contains()`` followed by a combinator costs as much: 1.5 s
and 2 s a use for a selector of a dozen characters on a page of 10,000 ``<div>`` side by
side. ``usable`` leaves any of these kinds out on such a page, with a warning.
"""

from __future__ import annotations

import functools
import logging
import math
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from newsextract.errors import NewsExtractError, RuleError
from newsextract.lazy_regex import LazyPattern

if TYPE_CHECKING:
    import regex

logger = logging.getLogger(__name__)

MATCH_SECONDS = 0.25
"""A match of a rule's regex on one text: real ones take microseconds, and a page applies at
most a few of them, so a page stays within a couple of seconds even when all of them stall."""


def compiled(pattern: str) -> regex.Pattern[str]:
    """``pattern`` compiled as ``re`` reads it; a ``ValueError`` (as ``re.error`` is, and
    ``regex.error`` is not) saying why if it does not compile. ``regex`` is imported here,
    by the first rule that has a regex: its import costs ``import newsextract`` a tenth.
    The last compiled are kept, up to ``MAX_CACHED_SIZE`` in all."""
    found = _CACHE.get(pattern)  # asked of each rule's regex on every page: no lock to read
    if found is not None:
        return found
    import regex

    weight = repeat_weight(pattern) if isinstance(pattern, str) else 0
    if weight > MAX_REPEAT_WEIGHT:
        raise ValueError(
            f"its counted repeats ask for over {MAX_REPEAT_WEIGHT:,} copies of their parts"
        )
    try:
        made = regex.compile(pattern, regex.VERSION0)
    except regex.error as exc:
        raise ValueError(str(exc)) from exc
    _keep(pattern, made, len(pattern) + weight)
    return made


MAX_CACHED_SIZE = 200_000
"""The size of the compiled regexes kept for reuse, counted as their patterns' characters and
counted copies (``repeat_weight``), each of which costs 150 to 500 bytes compiled (a set of
20,000 characters took 10 MB): about 100 MB at most. A count of patterns alone (1,024) let
the cache hold gigabytes of patterns at the rule file's size cap; real rules' patterns are a
few dozen characters, so this keeps thousands of them."""

_CACHE: OrderedDict[str, regex.Pattern[str]] = OrderedDict()
_CACHE_SIZES: dict[str, int] = {}
_CACHE_LOCK = threading.Lock()  # pages may be extracted in threads


def _keep(pattern: str, made: regex.Pattern[str], size: int) -> None:
    """``made`` kept for ``pattern``, the first kept dropped to stay within
    ``MAX_CACHED_SIZE``; a pattern larger than that is not kept."""
    if size > MAX_CACHED_SIZE:
        return
    with _CACHE_LOCK:
        if pattern in _CACHE:  # another thread compiled it meanwhile
            return
        _CACHE[pattern] = made
        _CACHE_SIZES[pattern] = size
        total = sum(_CACHE_SIZES.values())
        while total > MAX_CACHED_SIZE:
            dropped, _ = _CACHE.popitem(last=False)
            total -= _CACHE_SIZES.pop(dropped)


def cached_size() -> int:
    """The size of the compiled regexes kept (``MAX_CACHED_SIZE``'s measure)."""
    with _CACHE_LOCK:
        return sum(_CACHE_SIZES.values())


MAX_REPEAT_WEIGHT = 10_000
"""The most copies of its parts a rule's regex may ask for through counted repeats (``\\d{4}``
four, ``(\\d\\d){2}`` four): the regex module writes out each copy when it compiles, 150 to
430 bytes one, and keeps it while the rule is loaded, so this is 1.5 to 4.3 MB and 2 to 7 ms
a pattern. ``a{9999999}`` took all the memory there was (24 GB) and ``(?:ab|cd){1000000}``
crashed Python (a segmentation fault) as the rule loaded. Real rules count a few characters."""

_COUNT = LazyPattern(r"\{(\d*),?(\d*)\}")


def repeat_weight(pattern: str) -> int:
    """The copies of its parts ``pattern``'s counted repeats ask for, nested counts multiplied
    (``(?:a{10}){100}`` is about 1,000), the larger bound of each; past ``MAX_REPEAT_WEIGHT`` the
    figure stops growing. An estimate from above: every character counts one, alternatives
    add, a count in a comment counts."""
    cap = MAX_REPEAT_WEIGHT + 1
    groups: list[int] = []  # the weight before each open group
    total = last = 0  # the weight so far in the innermost group, and of its last part
    at, end = 0, len(pattern)
    while at < end:
        char = pattern[at]
        if char == "(":
            groups.append(total)
            total, at = 0, at + 1
            continue
        if char == ")" and groups:
            last = max(total, 1)
            total, at = min(groups.pop() + last, cap), at + 1
            continue
        count = _COUNT.match(pattern, at) if char == "{" else None
        if count is not None and (count[1] or count[2]):
            times = max(_count_value(count[1]), _count_value(count[2]))
            repeated = min(last * times, cap)
            total, last, at = min(total - last + repeated, cap), repeated, count.end()
            continue
        at = _part_end(pattern, at)
        total, last = min(total + 1, cap), 1
    return min(total + sum(groups), cap)


def _count_value(digits: str) -> int:
    """A repeat count's value, any count longer than the cap's digits read as the cap:
    ``int()`` refuses 4,300 digits, and leading zeros do not make a count smaller."""
    digits = digits.lstrip("0")
    return MAX_REPEAT_WEIGHT + 1 if len(digits) > len(str(MAX_REPEAT_WEIGHT)) else int(digits or 0)


def _part_end(pattern: str, at: int) -> int:
    """Where the part starting at ``at`` ends: an escape is two characters, a set ``[...]``
    runs to its closing bracket (one first or after ``^`` is a member), else one."""
    if pattern[at] == "\\":
        return at + 2
    if pattern[at] != "[":
        return at + 1
    at += 1
    if pattern.startswith("^", at):
        at += 1
    if pattern.startswith("]", at):
        at += 1
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1


def search(pattern: str, text: str) -> regex.Match[str] | None:
    """``re.search(pattern, text)`` within ``MATCH_SECONDS``; ``RuleError`` past that, or
    for a pattern that does not compile (a rule built in Python is not checked as a rule
    file is: its ``paths`` regex "(" ended every page with an ``ExtractionError``)."""
    try:
        found = compiled(pattern)
    except (ValueError, TypeError, RecursionError) as exc:
        raise RuleError(f"invalid regex {pattern!r}: {exc}") from exc
    try:
        return found.search(text, timeout=MATCH_SECONDS)
    except TimeoutError as exc:
        if isinstance(exc, NewsExtractError):  # the batch's page limit, fired meanwhile
            raise
        raise RuleError(
            f"regex {pattern!r} ran past {MATCH_SECONDS:g} s on {len(text):,} characters"
        ) from exc


MAX_NTH_SIBLINGS = 5_000
"""The longest run of sibling elements an ``:nth-*`` selector is run on: about 0.1 s at
5,000 (the cost grows with its square). Real pages hold a few hundred siblings at most."""


MAX_ANCESTOR_TRIALS = 2_000_000
"""The ways of placing a selector's descendant parts on one element's ancestors it may cost
(depth choose parts): lexbor tries each in about 80 ns, so this is some 0.15 s. Real
selectors (three or four parts) on real pages (under 60 levels) stay a hundred times under."""

_SAFE_DESCENDANT_STEPS = 3
"""Descendant combinators a selector may chain with no depth check: three cost at most
512 choose 2 (131,000) trials at the deepest page kept, under the budget above."""

MAX_SELECTOR_WORK = 10_000_000
"""The most work (``selector_work``: simple selectors tried, on each element, on each of its
ancestors when a part is a descendant's) a long selector may cost: lexbor does one in 4 to
25 ns, so some 0.05 to 0.25 s a use. A real rule's selectors stay a hundred times under."""

_SAFE_SELECTOR_CHARS = 300
"""A selector this long or shorter is not weighed: too few parts to cost more than a real
rule's (twenty alternatives of a class and a tag are about 300 characters)."""

MAX_SEARCHED_SIBLINGS = 2_000
"""The longest run of sibling elements a selector with ``~`` or ``:lexbor-contains()`` is
run on: about 0.06 s at 2,000 (its cost grows with the square). Real pages hold a few
hundred siblings at most."""

_COMBINATOR_SPACE = LazyPattern(r"\s*([>+~,()])\s*")
_BRACKETED = LazyPattern(r"\[[^\]]*\]|\"[^\"]*\"|'[^']*'")


def usable(selectors: Iterable[str], tree: LexborHTMLParser, rule: str) -> list[str]:
    """``selectors`` without the ``:nth-*`` ones when ``tree`` has a run of more than
    ``MAX_NTH_SIBLINGS`` sibling elements, and without the chains of descendant parts it is
    too deep for (each left out is logged)."""
    kept = []
    for selector in selectors:
        if not parses(selector):
            logger.warning("rule %s: selector %r not run: it is no CSS selector", rule, selector)
        elif ":nth-" in selector.lower() and widest_sibling_run(tree) > MAX_NTH_SIBLINGS:
            logger.warning(
                "rule %s: selector %r not run: the page has %s sibling elements side by side, "
                "over the %s an :nth-* selector is run on",
                rule,
                selector,
                f"{widest_sibling_run(tree):,}",
                f"{MAX_NTH_SIBLINGS:,}",
            )
        elif searches_siblings(selector) and widest_sibling_run(tree) > MAX_SEARCHED_SIBLINGS:
            logger.warning(
                "rule %s: selector %r not run: the page has %s sibling elements side by side, "
                "over the %s a selector with '~' or ':lexbor-contains' is run on",
                rule,
                selector,
                f"{widest_sibling_run(tree):,}",
                f"{MAX_SEARCHED_SIBLINGS:,}",
            )
        elif (steps := descendant_steps(selector)) > _SAFE_DESCENDANT_STEPS and (
            math.comb(deepest_element(tree), steps - 1) > MAX_ANCESTOR_TRIALS
        ):
            logger.warning(
                "rule %s: selector %r not run: its %d descendant steps on a page %d elements "
                "deep could take minutes",
                rule,
                selector,
                steps,
                deepest_element(tree),
            )
        elif len(selector) > _SAFE_SELECTOR_CHARS and (
            selector_work(selector, tree) > MAX_SELECTOR_WORK
        ):
            logger.warning(
                "rule %s: selector of %s characters not run: its %s alternatives on a page of "
                "%s elements, %d deep, could take seconds",
                rule,
                f"{len(selector):,}",
                f"{len(_alternatives(selector)):,}",
                f"{element_count(tree):,}",
                deepest_element(tree),
            )
        else:
            kept.append(selector)
    return kept


_CSS_PROBE = LexborHTMLParser("<html></html>")


def parses(selector: object) -> bool:
    """Whether lexbor reads ``selector``. A rule file's are checked when it is loaded; a rule
    built in Python is not, and its bad selector ("", "p,", a lone surrogate) in a body
    container or signature ended every page with an ``ExtractionError`` (lexbor's error, a
    UnicodeEncodeError, ``max()`` of no steps): now it costs what it selects, as a field's."""
    return isinstance(selector, str) and _parses(selector)


@functools.lru_cache(maxsize=1024)  # asked of each rule selector on every page
def _parses(selector: str) -> bool:
    try:
        _CSS_PROBE.css(selector)
    except Exception:  # selectolax raises its own error type, or a UnicodeEncodeError
        return False
    return bool(selector.strip())


# A selector's steps are read once, not on every page (the site rules' signatures are asked
# of each page: two regex substitutions a selector, 0.4 % of a page): a few rules' worth.
@functools.lru_cache(maxsize=1024)
def descendant_steps(selector: str) -> int:
    """The most descendant combinators one of ``selector``'s alternatives chains, a
    ``:has()`` counting as two (it runs its own chain under each element it is tried on)."""
    # White space collapsed first (in C): ``\s*`` before a combinator, tried from each
    # space of a run, read a selector of 100,000 spaces in 112 s (a rule file's, or a
    # rule built in Python); every count is the same, as ``split`` reads the parts.
    collapsed = " ".join(selector.lower().split())
    bare = _COMBINATOR_SPACE.sub(r"\1", _BRACKETED.sub("[]", collapsed))
    parts = (len(part.split()) - 1 + 2 * part.count(":has(") for part in bare.split(",") if part)
    return max(parts, default=0)


@functools.lru_cache(maxsize=1024)  # asked of each rule selector on every page
def searches_siblings(selector: str) -> bool:
    """Whether ``selector`` has a general sibling combinator (``~``, not the ``~=`` of an
    attribute test) or ``:lexbor-contains()``: each costs the square of a run of siblings."""
    bare = _BRACKETED.sub("[]", selector.lower())
    return "~" in bare or "lexbor-contains" in bare


def selector_work(selector: str, tree: LexborHTMLParser) -> int:
    """An upper estimate of what running ``selector`` on ``tree`` costs: for each
    alternative, its simple selectors (tag, class, id, attribute, pseudo-class) on every
    element, times the page's depth when it has a combinator that searches ancestors or
    earlier siblings (`` ``, ``~``) and fails there."""
    elements = element_count(tree)
    work = 0
    for simple, searches in _alternatives(selector):
        work += simple * elements * (deepest_element(tree) if searches else 1)
        if work > MAX_SELECTOR_WORK:
            break
    return work


@functools.lru_cache(maxsize=64)
def _alternatives(selector: str) -> tuple[tuple[int, bool], ...]:
    """Each alternative of ``selector``: its simple selectors, and whether it searches."""
    collapsed = " ".join(selector.split())
    bare = _COMBINATOR_SPACE.sub(r"\1", _BRACKETED.sub("[]", collapsed))
    return tuple(
        (
            len(part.split()) + sum(map(part.count, (".", "#", "[", ":", ">", "+", "~"))),
            " " in part or "~" in part,
        )
        for part in bare.split(",")
        if part
    )


@functools.lru_cache(maxsize=4)  # the page being extracted; a few, so no tree is kept long
def element_count(tree: LexborHTMLParser) -> int:
    """How many elements ``tree`` holds (asked only for a long rule selector)."""
    return len(tree.css("*"))


@functools.lru_cache(maxsize=4)  # the page being extracted; a few, so no tree is kept long
def deepest_element(tree: LexborHTMLParser) -> int:
    """How many levels the deepest element of ``tree`` is below the root (0.1 s at 200,000
    tags; asked only for a rule selector of many descendant steps)."""
    depths: dict[int, int] = {}
    for node in tree.css("*"):
        parent = node.parent
        depths[node.mem_id] = depths.get(parent.mem_id, 0) + 1 if parent is not None else 1
    return max(depths.values(), default=0)


@functools.lru_cache(maxsize=4)  # the page being extracted; a few, so no tree is kept long
def widest_sibling_run(tree: LexborHTMLParser) -> int:
    """The most element children any one element of ``tree`` has (0.06 s at 200,000 tags;
    asked only when a rule has an ``:nth-*`` selector)."""
    parents = Counter(node.parent.mem_id for node in tree.css("*") if node.parent is not None)
    return max(parents.values(), default=0)
