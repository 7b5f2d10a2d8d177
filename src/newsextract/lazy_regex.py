"""Regexes compiled at their first search instead of at import.

Python's regex compiler runs in Python and walks every character of a character set, so the
~280 patterns the modules compiled at import were over half of ``import newsextract``'s own
instructions (issue 14). A pattern is written ``LazyPattern(...)`` instead of
``re.compile(...)``: the same ``Pattern`` is built by ``re.compile`` on its first search and
kept, so a page's results are those of the eager pattern, and after that first search the
compiled pattern's methods are called directly (no toll a call). Which ones: every
module-level pattern of a module that ``import newsextract`` loads, but one that the import
itself searches (``docs/benchmarks.md``). The
warm-up compiles them all (``compile_all``), so a long-lived process still pays the bill
once, before its pages.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

# Every lazy pattern made, for ``compile_all``: a few dozen module-level constants.
_MADE: list[LazyPattern] = []


class LazyPattern:
    """``re.compile(pattern, flags)``, run at the first search; the searches a module asks.

    The first search compiles the pattern and sets the compiled pattern's own bound methods
    on the instance, where they shadow the class's: every later ``search``, ``match`` …
    calls the compiled pattern directly, at the cost of an eager pattern's call (a hot
    pattern can be lazy without a per-call toll)."""

    __slots__ = ("__dict__", "_compiled", "_flags", "_pattern")

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
            self.__dict__.update({name: getattr(compiled, name) for name in _SEARCHES})
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


# The searches a compiled pattern's own methods take over from the class's, by name.
_SEARCHES = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn")


def compile_all() -> None:
    """Compile every lazy pattern now: the warm-up's, for a process that reads many pages."""
    for lazy in _MADE:
        lazy.compiled  # noqa: B018  # the property compiles and keeps it
