"""Regexes that only rare pages need, compiled at their first use instead of at import.

Python's regex compiler runs in Python and walks every character of a character set, so the
~330 patterns the modules compile at import are over a third of ``import newsextract`` (issue
14). A pattern that most pages never reach is written ``LazyPattern(...)`` instead of
``re.compile(...)``: the same ``Pattern`` is built by ``re.compile`` on its first search and
kept, so a page's results are those of the eager pattern. Which ones: those that no more than
one dev page in ten used (``docs/benchmarks.md``). The warm-up compiles them all
(``compile_all``), so a long-lived process still pays the bill once, before its pages.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

# Every lazy pattern made, for ``compile_all``: a few dozen module-level constants.
_MADE: list[LazyPattern] = []


class LazyPattern:
    """``re.compile(pattern, flags)``, run at the first search; the searches a module asks."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        _MADE.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if no search has needed it yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._pattern, self._flags)
        return compiled

    @property
    def pattern(self) -> str:
        return self._pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)


def compile_all() -> None:
    """Compile every lazy pattern now: the warm-up's, for a process that reads many pages."""
    for lazy in _MADE:
        lazy.compiled  # noqa: B018  # the property compiles and keeps it
