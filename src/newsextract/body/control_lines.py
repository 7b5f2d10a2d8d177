"""The lines a page's controls print: its pagination ("Page 2 of 3"), a list's sort
control ("Sorted by: Highest score") and a rating scale's buttons ("Rate this: 1 2 3 4 5").
Each is short; the callers test a line's length (``PAGE_CONTROL_LINE``) before any of them."""

from __future__ import annotations

import functools
import re

from newsextract.body.characters import DIGIT, WORD
from newsextract.lazy_regex import LazyPattern
from newsextract.regex_words import word_alternation

# A pagination line: at most this long ("« Previous page 1 2 3 4 5 … 12 Next page »"); a
# longer line of such words is a sentence about pages.
_PAGINATION_LINE = 80


@functools.cache
def _pagination_words() -> frozenset[str]:
    """Every language's words of a pagination line (``data/pagination.toml``)."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "pagination.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return frozenset(word for words in data.values() for word in words)


def is_pagination_line(text: str) -> bool:
    """Whether a short line is the article's page links, not its text: only page numbers
    and the words of pagination ("Page 2 of 3", "Seite 1 von 3 · Weiter »", "« Anterior 1 2
    3 Siguiente"), at least one of each: a number alone is a bare number, the words alone a
    link's label ("Next", "Weiter") that the line tests read by their own lists."""
    if len(text) > _PAGINATION_LINE or DIGIT.search(text) is None:
        return False
    known = _pagination_words()
    numbers = words = 0
    for match in WORD.finditer(text.lower()):  # a line of text fails at its first word
        token = match[0]
        if token.isdigit():
            numbers += 1
        elif token in known:
            words += 1
        else:
            return False
    return numbers > 0 and words > 0


# A sort control's line: its label, a colon and the order chosen ("Sorted by: Highest score",
# "Sortieren nach: Neueste zuerst"); a longer line is a sentence about an order.
_SORT_LINE = 50


@functools.cache
def _sort_control() -> re.Pattern[str]:
    """A sort control's label opening a line, then a colon (``data/sorting.toml``)."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "sorting.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    labels = word_alternation(label for found in data.values() for label in found)
    return re.compile(rf"\W*{labels}\s*:", re.IGNORECASE)


# The longest line ``is_pagination_line``, ``is_sort_control`` or ``is_rating_scale`` reads: a
# caller's test of a line's length before any of the calls (most of the text's lines are longer).
PAGE_CONTROL_LINE = max(_PAGINATION_LINE, _SORT_LINE)


def is_sort_control(text: str) -> bool:
    """Whether a short line is a list's sort control ("Sorted by: Highest score")."""
    return ":" in text and len(text) <= _SORT_LINE and _sort_control().match(text) is not None


# A rating scale's ask and its buttons ("Rate this service: 1 2 3 4 5", "Оцініть якість
# послуги: 12345", "Vota: 1 2 3"): a label closed by a colon, then the scale's points counted
# from one, three to ten of them, and nothing else. A text's line never ends with the run.
_RATING_SCALE = LazyPattern(
    r"[^\d:：]{3,60}[:：]\s*1\s*2\s*3(?:\s*4(?:\s*5(?:\s*6(?:\s*7(?:\s*8(?:\s*9(?:\s*10)?)?)?)?)?)?)?\s*"
)


def is_rating_scale(text: str) -> bool:
    """Whether a short line is a rating scale's ask and its numbered buttons."""
    return len(text) <= _PAGINATION_LINE and _RATING_SCALE.fullmatch(text) is not None
