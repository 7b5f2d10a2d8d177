"""Selector lists whose class words are asked for by the page's classes that hold them.

A ``[class*=word i]`` part makes lexbor test the word's substring, in any case of ASCII
letters, on the class of every element of the page: a list of a dozen words costs
``visible_dates.DATE_SCOPES`` 2.6 M instructions a page (the first 15 pages of ``fundus``
and ``trafilatura``, cut per page by ``for_page``), 2.2 M asked by value. The page's
distinct classes are known (``ParsedPage.names_by_attribute``, in lower case, and
``classes_as_written``, each character in the same place): when few of them hold a word, a
``[class="post-date"]`` part for each finds the same elements, a whole value compared
instead of substrings searched.
"""

from __future__ import annotations

from newsextract.lazy_regex import LazyPattern
from newsextract.page import ParsedPage

# A ``[class*=word i]`` part of a selector list, its word.
_CLASS_WORD_PART = LazyPattern(r"\[class\*=([\w-]+) i\]")
# The most distinct classes holding the words asked for by value: past them, lexbor's
# substring tests cost less than the values' (``DATE_SCOPES``' query alone on the first 15
# pages of ``fundus`` and ``trafilatura``: up to 16, 1.66 M instructions a page against
# 2.73 M by words; up to 8, 1.79 M; every page, 1.87 M).
MAX_CLASSES = 16
# Characters a CSS string holds only escaped (a newline, NUL): a class holding one is asked
# for by its word.
_UNQUOTABLE = ("\r", "\f", "\x00")


def by_class_values(page: ParsedPage, query: str) -> str:
    """``query`` (a list cut to the page's words: ``NameWordSelector.for_page``), its
    ``[class*=word i]`` parts replaced by a ``[class="…"]`` part for each distinct class of
    the page holding one of their words, when there are at most ``MAX_CLASSES``; else
    ``query`` itself, and so when a class holds a newline (its lines are no classes)."""
    parts = query.split(", ")
    words = [found[1] for part in parts if (found := _CLASS_WORD_PART.fullmatch(part))]
    if not words:
        return query
    lowered = page.names_by_attribute[0]
    written, count = page.classes_as_written
    if lowered.count("\n") != count - 1:
        return query
    spans: set[tuple[int, int]] = set()
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            start = lowered.rfind("\n", 0, at) + 1
            end = lowered.find("\n", at)
            end = len(lowered) if end < 0 else end
            spans.add((start, end))
            if len(spans) > MAX_CLASSES:
                return query
            at = lowered.find(word, end)
    values = [written[start:end] for start, end in sorted(spans)]
    if any(mark in value for value in values for mark in _UNQUOTABLE):
        return query
    quoted = [
        '[class="' + value.replace("\\", "\\\\").replace('"', '\\"') + '"]' for value in values
    ]
    return ", ".join([*quoted, *(part for part in parts if not _CLASS_WORD_PART.fullmatch(part))])
