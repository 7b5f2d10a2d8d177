"""Words as a regex: an alternation written as a tree of the words' shared beginnings, and
the lookahead of their first characters, for the label, name and agency lists that are
hundreds of words long.

Apart from ``labels`` because it knows regexes, not languages: any list of words (an
agency's names, a calendar's) is written so, and ``labels`` only feeds it its lists.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator


def word_alternation(found: Iterable[str]) -> str:
    """A regex group matching any of ``found``, longest first, a space matching any run of
    white space: written as a tree of the words' shared beginnings (``(?:ma(?:rch|y))``), so
    that the regex engine compares a character once where a flat ``march|may|...`` compares
    it once a word; with hundreds of words that is most of a regex's cost. It matches what
    the flat group matches, and prefers the same (longer) word where several fit."""
    return _word_alternation(frozenset(found))


# Sets of words kept with their group: the regexes of a process's first pages ask for the
# same set again (a language's labels in several regexes: 215 of the warm-up's 1,329 sets).
_KEPT_ALTERNATIONS = 256


@functools.lru_cache(maxsize=_KEPT_ALTERNATIONS)
def _word_alternation(found: frozenset[str]) -> str:
    """``word_alternation`` of a set: the group depends on the words alone, not their order."""
    ordered = sorted(found)
    return "(?:" + _branches(ordered, 0, len(ordered), 0) + ")"


# Each character as the regex writes it: ``re.escape``'s (which escapes ASCII marks alone),
# a space as any run of white space; for ``str.translate``, a word's rest in one C call.
_ESCAPES = {code: re.escape(chr(code)) for code in range(128) if re.escape(chr(code)) != chr(code)}
_ESCAPES[ord(" ")] = r"\s+"


def _branches(found: list[str], lo: int, hi: int, depth: int) -> str:
    """The regex of the words ``found[lo:hi]`` (sorted, distinct), which share their first
    ``depth`` characters, after those: the tree of their shared beginnings, its continuations
    in order of their character (a longer word before a shorter one that ends here), then the
    end of a word, as an optional group. A run of characters all the words share is written
    in one loop, a word's rest once no other shares it in one ``translate``."""
    head = ""
    while True:
        if hi - lo == 1:  # one word left: its rest
            return head + found[lo][depth:].translate(_ESCAPES)
        if hi == lo:
            return head
        first, last = found[lo], found[hi - 1]
        if len(first) == depth or first[depth] != last[depth]:
            break
        head += first[depth].translate(_ESCAPES)  # the next character, shared by all
        depth += 1
    ends = len(found[lo]) == depth  # a word ends here (sorted first: a prefix of the rest)
    runs = list(_runs(found, lo + ends, hi, depth))
    if len(runs) == 1:  # a word ends here, a longer one goes on
        start, end = runs[0]
        char = found[start][depth].translate(_ESCAPES)
        return f"{head}(?:{char}{_branches(found, start, end, depth + 1)})?"
    # The top level's alternatives open with ``_opening`` (most of the gain; at every level the
    # warm-up's compiling cost half as much again), unless each is one character (a set then).
    single = all(end - start == 1 and len(found[start]) == depth + 1 for start, end in runs)
    opening = _escaped if single or depth else _opening
    longer = [
        opening(found[start][depth]) + _branches(found, start, end, depth + 1)
        for start, end in runs
    ]
    group = head + "(?:" + "|".join(longer) + ")"
    return group + "?" if ends else group


def _escaped(char: str) -> str:
    return char.translate(_ESCAPES)


_ASCII = "".join(map(chr, range(128)))


@functools.cache
def _opening(char: str) -> str:
    """``char`` opening an alternative, written so that the regex engine can pass over the
    alternative without entering it: it does so when the alternative opens with a plain
    character or a set, not with a character compared in any case (``re.I``), which every
    label regex asks for, so that a tree's alternatives were entered one by one at every
    position (a byline label tree searched in bylines: 27 % fewer instructions; ``extract()``
    0.34 % on the fundus pages, the warm-up's compiling 5 % more). An ASCII letter is written as
    the set of every character but the ASCII ones it does not match in any case (``[^...]``,
    read in C), then ``(?<=char)``, which the caller's flag decides: the same texts match, in
    the same span, with ``re.I`` and without (a non-ASCII character that matches it in any
    case, the Kelvin sign for "k", passes the set and is judged by the look-behind).
    Another character is written as before."""
    escaped = char.translate(_ESCAPES)
    if not ("a" <= char <= "z" or "A" <= char <= "Z"):
        return escaped
    matched = sorted(ord(c) for c in re.findall(re.escape(char), _ASCII, re.I))
    # The ASCII characters the letter does not match in any case, as ranges between those it
    # matches ("\\x00-@B-`b-\\x7f" for "a").
    bounds = [-1, *matched, 128]
    others = "".join(
        rf"\x{lo + 1:02x}-\x{hi - 1:02x}" for lo, hi in itertools.pairwise(bounds) if hi - lo > 1
    )
    return f"(?-i:[^{others}])(?<={escaped})"


def _runs(found: list[str], lo: int, hi: int, depth: int) -> Iterator[tuple[int, int]]:
    """The runs of ``found[lo:hi]`` (sorted, each longer than ``depth``) with the same
    character at ``depth``, as (start, end)."""
    start = lo
    while start < hi:
        char = found[start][depth]
        end = start + 1
        while end < hi and found[end][depth] == char:
            end += 1
        yield start, end
        start = end


def longest_first(names: Iterable[str]) -> list[str]:
    """``names`` longest first, for an alternation that must try "Associated Press" before
    "AP"; names of one length in their own order, not a set's (which changes from one
    process to the next), so that a regex built from them is the same in every process
    (``regex_cache`` finds a pattern's compiled code by its text)."""
    return sorted(names, key=lambda name: (-len(name), name))


def first_characters(found: Iterable[str]) -> str:
    """A lookahead for the characters ``found`` start with (``(?=[abm])``), to put before
    their alternation: the regex engine then tests one set where it would try each first
    character of the tree in turn, the same texts match, in the same span (a third less time
    on texts that open with no label). Empty when a word is empty or opens with white space
    (which the alternation matches as a run)."""
    found = list(found)
    firsts = {word[:1] for word in found}
    if not found or "" in firsts or any(char.isspace() for char in firsts):
        return ""
    return "(?=[" + "".join(re.escape(char) for char in sorted(firsts)) + "])"


def first_letter_alternatives(found: list[str]) -> tuple[str, ...]:
    """The sorted words ``found`` as regex alternatives, one per first character
    (``ma(?:rch|y)``): see ``labels.first_letter_branches``."""
    start = 1 if found[:1] == [""] else 0  # an empty word: an empty alternative of its own
    branches = [_branches(found, lo, hi, 0) for lo, hi in _runs(found, start, len(found), 0)]
    return ("",) * start + tuple(branches)
