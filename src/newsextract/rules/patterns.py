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
200,000 tags a page may hold. ``usable`` leaves them out on such a page, with a warning.
"""

from __future__ import annotations

import functools
import logging
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from newsextract.errors import NewsExtractError, RuleError

if TYPE_CHECKING:
    import regex

logger = logging.getLogger(__name__)

MATCH_SECONDS = 0.25
"""A match of a rule's regex on one text: real ones take microseconds, and a page applies at
most a few of them, so a page stays within a couple of seconds even when all of them stall."""


@functools.lru_cache(maxsize=1024)
def compiled(pattern: str) -> regex.Pattern[str]:
    """``pattern`` compiled as ``re`` reads it; a ``ValueError`` (as ``re.error`` is, and
    ``regex.error`` is not) saying why if it does not compile. ``regex`` is imported here,
    by the first rule that has a regex: its import costs ``import newsextract`` a tenth."""
    import regex

    try:
        return regex.compile(pattern, regex.VERSION0)
    except regex.error as exc:
        raise ValueError(str(exc)) from exc


def search(pattern: str, text: str) -> regex.Match[str] | None:
    """``re.search(pattern, text)`` within ``MATCH_SECONDS``; ``RuleError`` past that."""
    try:
        return compiled(pattern).search(text, timeout=MATCH_SECONDS)
    except TimeoutError as exc:
        if isinstance(exc, NewsExtractError):  # the batch's page limit, fired meanwhile
            raise
        raise RuleError(
            f"regex {pattern!r} ran past {MATCH_SECONDS:g} s on {len(text):,} characters"
        ) from exc


MAX_NTH_SIBLINGS = 5_000
"""The longest run of sibling elements an ``:nth-*`` selector is run on: about 0.1 s at
5,000 (the cost grows with its square). Real pages hold a few hundred siblings at most."""


def usable(selectors: Iterable[str], tree: LexborHTMLParser, rule: str) -> list[str]:
    """``selectors`` without the ``:nth-*`` ones when ``tree`` has a run of more than
    ``MAX_NTH_SIBLINGS`` sibling elements (each left out is logged)."""
    kept = []
    for selector in selectors:
        if ":nth-" in selector.lower() and widest_sibling_run(tree) > MAX_NTH_SIBLINGS:
            logger.warning(
                "rule %s: selector %r not run: the page has %s sibling elements side by side, "
                "over the %s an :nth-* selector is run on",
                rule,
                selector,
                f"{widest_sibling_run(tree):,}",
                f"{MAX_NTH_SIBLINGS:,}",
            )
        else:
            kept.append(selector)
    return kept


@functools.lru_cache(maxsize=4)  # the page being extracted; a few, so no tree is kept long
def widest_sibling_run(tree: LexborHTMLParser) -> int:
    """The most element children any one element of ``tree`` has (0.06 s at 200,000 tags;
    asked only when a rule has an ``:nth-*`` selector)."""
    parents = Counter(node.parent.mem_id for node in tree.css("*") if node.parent is not None)
    return max(parents.values(), default=0)
