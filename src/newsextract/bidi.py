"""Bidirectional formatting characters: kept where they close, dropped where they would leak.

The embeddings and overrides (LRE, RLE, LRO, RLO, U+202A-U+202E, closed by PDF) and the
isolates (LRI, RLI, FSI, U+2066-U+2068, closed by PDI) are legitimate inside right-to-left
text: a Hebrew title quoting a Latin product name, an Arabic byline with a number. Closed
within their line, they reorder only what they enclose. One left open reorders everything
after it up to the end of the paragraph: a title's lone RLO flips the rest of the line it is
printed on (the site name after it in a list, a log line, a terminal row), which is how text
is spoofed. So every Article text keeps each pair closed within its line and loses each
opener left open and each closer with nothing to close (``balanced``). Reports printed on a
terminal show all of them escaped (``cli_errors.shown_text``).
"""

from __future__ import annotations

from urllib.parse import quote

import attrs

from newsextract.article import Article
from newsextract.body.model import Body
from newsextract.lazy_regex import LazyPattern

_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO, closed by PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI, closed by PDI
_PDF, _PDI = "\u202c", "\u2069"

#: The formatting characters, and the paragraph separators that end their scope (UAX #9,
#: rule X8: a line break closes every embedding and isolate still open).
_MARKS = LazyPattern("[\u202a-\u202e\u2066-\u2069\n\r\x85\u2029]")
_ANY = LazyPattern("[\u202a-\u202e\u2066-\u2069]")


def has_bidi_controls(text: str) -> bool:
    """Whether ``text`` holds one of the marks (two C scans for most texts: an ASCII one,
    or one that prints, holds none)."""
    return not text.isascii() and not text.isprintable() and _ANY.search(text) is not None


def address_encoded(url: str) -> str:
    """``url`` with its bidirectional formatting characters percent-encoded, as a browser
    sends them: the same resource, shown as it is spelt (``…/\\u202egpj.exe`` reads as
    ``…/exe.jpg`` otherwise)."""
    if not has_bidi_controls(url):
        return url
    return _ANY.sub(lambda mark: quote(mark[0]), url)


def balanced(text: str) -> str:
    """``text`` with each bidirectional opener that its line does not close, and each closer
    that closes nothing, removed; the pairs stay. Linear in the marks found."""
    if not has_bidi_controls(text):
        return text
    dropped: list[int] = []
    opened: list[tuple[str, int]] = []  # (the opener, its position), innermost last
    for mark in _MARKS.finditer(text):
        char, at = mark[0], mark.start()
        if char in _EMBEDDINGS or char in _ISOLATES:
            opened.append((char, at))
        elif char == _PDF:
            if opened and opened[-1][0] in _EMBEDDINGS:
                opened.pop()
            else:  # nothing to close, or an isolate is open: UAX #9 ignores it (X7)
                dropped.append(at)
        elif char == _PDI:
            if any(opener in _ISOLATES for opener, _ in opened):
                while opened[-1][0] not in _ISOLATES:  # embeddings it ends: left open
                    dropped.append(opened.pop()[1])
                opened.pop()
            else:
                dropped.append(at)
        else:  # a line break: what is still open leaks no further, and goes
            dropped.extend(at for _, at in opened)
            opened.clear()
    dropped.extend(at for _, at in opened)
    if not dropped:
        return text
    kept, start = [], 0
    for at in sorted(dropped):
        if at < start:  # the space after the one before, dropped with it
            continue
        kept.append(text[start:at])
        start = at + 1
        if text[at - 1 : at] == " " and text[start : start + 1] == " ":
            start += 1  # "word \u202e word": one space between the words left
    kept.append(text[start:])
    return "".join(kept)


def balanced_article(article: Article) -> Article:
    """``article`` with every text ``balanced``: its metadata texts, names and body blocks
    (their text and cells; ``body`` joined again). Most articles hold no such character,
    and are returned as they are after one search of each text."""
    changes: dict[str, object] = {}
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        if value is not None and has_bidi_controls(value):
            changes[name] = balanced(value)
    for name in _NAME_FIELDS:
        names = getattr(article, name)
        if any(has_bidi_controls(value) for value in names):
            changes[name] = tuple(kept for kept in map(balanced, names) if kept)
    if article.body is not None and has_bidi_controls(article.body):
        blocks = tuple(
            attrs.evolve(block, text=balanced(block.text), cells=tuple(map(balanced, block.cells)))
            for block in article.body_blocks
        )
        changes["body_blocks"] = blocks
        changes["body"] = Body(blocks=blocks).text if blocks else balanced(article.body)
    return attrs.evolve(article, **changes) if changes else article  # type: ignore[arg-type]


_TEXT_FIELDS = ("title", "lead", "byline", "publisher", "source")
_NAME_FIELDS = ("authors", "tags", "categories")
