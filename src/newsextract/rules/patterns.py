"""The regexes of site rules (``paths``, a field's ``regex``), run with a time limit.

A rule's regex meets text it has never seen: a hostile page's. Python's ``re`` backtracks
without bound, so a pattern such as ``(a|aa)+$`` takes seconds on 35 characters and
hours on 50, and no per-page time limit stops it before the C call returns (``extract`` has
none). The ``regex`` module (already installed, for dateparser) reads the same syntax in its
``VERSION0`` mode, avoids the blow-up on many such patterns, and stops any match past
``MATCH_SECONDS`` with a ``TimeoutError``, which becomes a ``RuleError`` here.
"""

from __future__ import annotations

import functools
from typing import Any

# dateparser's own dependency, so always installed; it ships no type hints.
import regex  # type: ignore[import-untyped]

from newsextract.errors import NewsExtractError, RuleError

MATCH_SECONDS = 0.25
"""A match of a rule's regex on one text: real ones take microseconds, and a page applies at
most a few of them, so a page stays within a couple of seconds even when all of them stall."""


@functools.lru_cache(maxsize=1024)
def compiled(pattern: str) -> Any:
    """``pattern`` compiled as ``re`` reads it; a ``ValueError`` (as ``re.error`` is, and
    ``regex.error`` is not) saying why if it does not compile."""
    try:
        return regex.compile(pattern, regex.VERSION0)
    except regex.error as exc:
        raise ValueError(str(exc)) from exc


def search(pattern: str, text: str) -> Any:
    """``re.search(pattern, text)`` within ``MATCH_SECONDS``; ``RuleError`` past that."""
    try:
        return compiled(pattern).search(text, timeout=MATCH_SECONDS)
    except TimeoutError as exc:
        if isinstance(exc, NewsExtractError):  # the batch's page limit, fired meanwhile
            raise
        raise RuleError(
            f"regex {pattern!r} ran past {MATCH_SECONDS:g} s on {len(text):,} characters"
        ) from exc
