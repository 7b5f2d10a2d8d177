"""Limits that keep the cost of a page linear in its size, however it was built.

Lexbor's tree builder checks the stack of open elements at each block tag, so markup nested
tens of thousands deep costs quadratic time (50,000 nested ``<div>`` take about 3 s, a
``<select>`` with 50,000 options 8 s), and the slower stages after parsing (the page's date
search, trafilatura's fallback) cost several times ours for each element. A real article page
is far smaller: the largest of the 1,157 dev pages holds 19,629 tags. Pages above these
limits are generated or hostile; they are either refused with a clear error or read with the
expensive extras turned off and their nesting flattened, as browsers flatten it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from newsextract.errors import InputTooLargeError

#: Characters of HTML ``extract`` reads: six times the fetcher's default cap, because pages
#: with images inlined as base64 are legitimately large while their markup is not.
MAX_PAGE_CHARS = 64 * 1024 * 1024
#: Tags (counted as ``<``) ``extract`` reads: ten times the largest real page seen; at about
#: 40 µs an element this bounds a page's extraction near five seconds.
MAX_PAGE_TAGS = 200_000
#: Tags above which a page is "oversized": 2.5 times the largest real page seen. Such a page
#: skips the second date opinion and the trafilatura fallback (each costs seconds there) and
#: has its nesting flattened before parsing.
OVERSIZED_TAGS = 50_000
#: Start tags left open (tags less twice the end tags; a "<" in a script counts too) above
#: which a page under ``OVERSIZED_TAGS`` is oversized as well: three times the most of the
#: 1,157 dev pages (3,343, void elements mostly). Tens of thousands of unclosed elements
#: make a chain as deep as they are many, which costs the parser seconds (its scope checks
#: walk the open elements) and every later walk of the tree more.
UNCLOSED_TAGS = 10_000
#: Nesting kept when flattening: Chromium's own limit (``kMaxDOMTreeDepth``); article markup
#: stays below 100.
MAX_DEPTH = 512

#: Attributes of one element: lexbor checks each new attribute's name against the element's
#: others, so their cost is quadratic (10,000 distinct names take 0.09 s to parse, 20,000
#: 0.6 s, 40,000 four seconds, and the stages after read them again); real elements hold a
#: few dozen (248 at most on the dev pages).
MAX_ATTRIBUTES = 1_000
#: Bytes of each window of the page searched for a ">" (in C): a stretch without ">" twice
#: as long holds a whole window, so a start tag of 4,096 bytes or more is found wherever it
#: lies, and one holding over about 1,400 distinct names is that long (two bytes a name and
#: what separates it, three once the hundred names of one byte are used; 1,400 cost lexbor
#: under 2 ms). Windows without ">" are few (styles, scripts, inline images, long
#: paragraphs) and looked at one by one: 0.04 ms a page with the search every 2,048 bytes,
#: where counting the page's "=" (the test before, blind to attributes without a value)
#: cost 0.09; every 1,024 bytes, sure to find 1,000 names, 0.05.
_WINDOW = 2048
# Bytes of a start tag with ``MAX_ATTRIBUTES`` (two bytes each at least): one opening nearer
# a stretch's end holds fewer.
_MIN_TAG = 2 * MAX_ATTRIBUTES
# An attribute of a start tag, as the HTML tokenizer reads it: what separates it ("/", white
# space; nothing after a quoted value), its name (any character but those and ">"; an "=" or
# a quote is a name's character but after an "="), then "=" and its value if it has one,
# quoted (a ">" inside does not end the tag) or not.
_ATTRIBUTE = r"""[\s/]*+[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?"""
# A start tag's attributes up to its end, and the whole tag: its name, then those.
_ATTRIBUTES = rf"(?:{_ATTRIBUTE})*+[\s/]*+"
_START_TAG = rf"<[A-Za-z][^\s/>]*+({_ATTRIBUTES})"
# The tokens of the HTML tokenizer's a start tag's look-alike may be in: a comment, a
# doctype or other markup declaration, an end tag (its name: the first group), a start tag
# (its name and attributes: the second and third).
_TOKEN_PATTERN = (
    r"<!--.*?(?:-->|\Z)|<[!?][^>]*>?|</([A-Za-z][^\s/>]*)[^>]*>?"
    rf"|<([A-Za-z][^\s/>]*)({_ATTRIBUTES})>?"
)
# Elements whose content is text, not markup (a script's "a<b"), outside <svg> and <math>.
_RAW_TEXT_CHECKED = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"}
)
_FOREIGN = frozenset({"svg", "math"})
_FLAGGED = (
    ("<[A-Za-z]", 0),
    (_ATTRIBUTE, 0),
    (_TOKEN_PATTERN, re.DOTALL),
)
# The patterns above for a text and for bytes: (a start tag's opening, attribute, tokens).
_PATTERNS: dict[type, tuple[re.Pattern[Any], ...]] = {
    str: tuple(re.compile(p, f) for p, f in _FLAGGED),
    bytes: tuple(re.compile(p.encode(), f) for p, f in _FLAGGED),
}

# Elements that never hold others, or that the parser closes by themselves when a sibling
# starts (``<p>``, ``<li>``...): neither adds to the depth the builder walks.
_NO_DEPTH = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
        "rb", "rt", "rp",
    }
)  # fmt: skip
# Elements whose content is raw text: a ``<div`` inside a script is not a tag.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noscript", "iframe"})
# Form lists are never article text, and lexbor's option handling is quadratic in their size.
_DROPPED = frozenset({"select", "datalist"})
# Comments, and the tags of every element that can add depth: the others (most of a big
# page's tags, ``<p>``, ``<li>``, ``<td>``) are passed over inside the regex engine.
_TOKEN = re.compile(
    r"<(?:(!--)|(/?)(?!(?:" + "|".join(sorted(_NO_DEPTH, key=len, reverse=True)) + r")"
    r"(?![A-Za-z0-9:-]))([A-Za-z][A-Za-z0-9:-]*)[^>]*>)",
    re.IGNORECASE,
)


def check_page_size(html: str | bytes) -> int:
    """The page's tag count; raise ``InputTooLargeError`` for a page over the limits."""
    if len(html) > MAX_PAGE_CHARS:
        raise InputTooLargeError(
            f"page is {len(html):,} characters, over the limit of {MAX_PAGE_CHARS:,}"
        )
    tags = html.count("<") if isinstance(html, str) else html.count(b"<")
    if tags > MAX_PAGE_TAGS:
        raise InputTooLargeError(f"page has {tags:,} tags, over the limit of {MAX_PAGE_TAGS:,}")
    _check_attributes(html)
    return tags


def _check_attributes(html: str | bytes) -> None:
    """Raise ``InputTooLargeError`` when an element holds more than ``MAX_ATTRIBUTES``, however
    they are written (with values or without, a "<" in a name or a value): the start tag
    opening first in each long stretch without ">" (``_WINDOW``) has its attributes counted,
    and if that one has too many (it may be a script's "a<b"), every start tag of the page,
    read as the tokenizer reads them. Not found: the attributes after a quoted value holding
    a ">", unless 4 KB of them follow it (the count of "=" did not find those either)."""
    end_mark: Any = ">" if isinstance(html, str) else b">"
    open_mark: Any = "<" if isinstance(html, str) else b"<"
    opening, attribute, _ = patterns = _PATTERNS[type(html)]
    find, size = html.find, len(html)
    at = 0
    while at + _WINDOW <= size:
        if find(end_mark, at, at + _WINDOW) >= 0:
            at += _WINDOW
            continue
        start = html.rfind(end_mark, 0, at) + 1
        end = find(end_mark, at + _WINDOW)
        end = size if end < 0 else end
        opens = find(open_mark, start, end - _MIN_TAG)
        while opens >= 0:  # a "<" found in C; most stretches (styles, scripts) hold none
            if opening.match(html, opens):
                # The tag's name read as an attribute's, then its attributes to the stretch's end.
                if len(attribute.findall(html, opens + 1, end)) > MAX_ATTRIBUTES + 1:
                    _check_every_start_tag(html, patterns)
                break
            opens = find(open_mark, opens + 1, end - _MIN_TAG)
        at = end + 1


def _check_every_start_tag(html: str | bytes, patterns: tuple[re.Pattern[Any], ...]) -> None:
    """Read every start tag of the page as the tokenizer does, comments and the text of
    scripts and styles passed over (a tag found in a stretch may have been a script's
    text): raise for one holding more than ``MAX_ATTRIBUTES``. Run on a page whose stretch
    check found that many, never on the dev pages (a few ms on a large page)."""
    text = isinstance(html, str)
    open_mark: Any = "<" if text else b"<"
    _, attribute, token_pattern = patterns
    foreign = 0  # <svg> and <math> left open: a <style> there holds markup
    at = html.find(open_mark)
    while at >= 0:
        token = token_pattern.match(html, at)
        if token is None:  # a "<" that opens no tag
            at = html.find(open_mark, at + 1)
            continue
        at = token.end()
        closed, name, part = token.groups()
        if closed is not None:
            closed = closed if text else closed.decode("ascii", "replace")
            if closed.lower() in _FOREIGN:
                foreign = max(0, foreign - 1)
        elif name is not None:
            if (count := len(attribute.findall(part))) > MAX_ATTRIBUTES:
                raise InputTooLargeError(
                    f"an element holds {count:,} attributes, over the limit of {MAX_ATTRIBUTES:,}"
                )
            name = (name if text else name.decode("ascii", "replace")).lower()
            if name in _FOREIGN:
                foreign += 1
            elif name in _RAW_TEXT_CHECKED and not foreign:
                end_tag: re.Pattern[Any] = re.compile(
                    f"</{name}" if text else f"</{name}".encode(), re.IGNORECASE
                )
                found = end_tag.search(html, at)
                at = len(html) if found is None else found.start()
        at = html.find(open_mark, at)


def is_oversized(text: str, tags: int) -> bool:
    """Whether the page (``tags``: its tag count) is too big or too deeply nested to read
    whole: its nesting is then flattened before parsing and the costly fallbacks skipped.
    The end tags are counted only on a page with enough tags to leave that many open."""
    if tags > OVERSIZED_TAGS:
        return True
    return tags > UNCLOSED_TAGS and tags - 2 * text.count("</") > UNCLOSED_TAGS


_FIRST_TAGS = re.compile(rf"(?:[^<]*<){{{MAX_PAGE_TAGS}}}")


def readable_markup(html: str) -> str:
    """``html`` cut before its tag number ``MAX_PAGE_TAGS + 1`` and, when oversized, its
    nesting flattened: what a parser reads in time linear in the page, for callers that read
    what a page holds (its links) rather than refuse it, as discovery does with a home page
    (100,000 nested ``<div>``, 600 KB, cost lexbor 22 s)."""
    tags = html.count("<")
    if tags > MAX_PAGE_TAGS:
        counted = _FIRST_TAGS.match(html)
        assert counted is not None
        html, tags = html[: counted.end() - 1], MAX_PAGE_TAGS - 1
    return flatten_markup(html) if is_oversized(html, tags) else html


def flatten_markup(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with start tags deeper than ``max_depth`` (and their end tags) removed, and
    form lists dropped; the text stays. A linear scan, run only on oversized pages."""
    pieces: list[str] = []
    kept_from = 0  # start of the text not yet copied to ``pieces``
    stack: list[str] = []
    open_names: Counter[str] = Counter()
    dropped: Counter[str] = Counter()  # start tags removed, by name, whose end tags go too
    pos = 0
    while (match := _TOKEN.search(html, pos)) is not None:
        pos = match.end()
        if match.group(1):  # a comment: its content is not markup
            end = html.find("-->", pos)
            pos = len(html) if end < 0 else end + 3
            continue
        closing, name = match.group(2), match.group(3).lower()
        if closing:
            if dropped[name]:
                dropped[name] -= 1
                pieces.append(html[kept_from : match.start()])
                kept_from = pos
            elif open_names[name]:
                while stack:
                    top = stack.pop()
                    open_names[top] -= 1
                    if top == name:
                        break
            continue
        if name in _RAW_TEXT or name in _DROPPED:
            end_tag = re.compile(rf"</{name}\s*>", re.I).search(html, pos)
            end = len(html) if end_tag is None else end_tag.end()
            if name in _DROPPED:
                pieces.append(html[kept_from : match.start()])
                kept_from = end
            pos = end
            continue
        if match.group(0).endswith("/>"):
            continue
        if len(stack) >= max_depth:
            dropped[name] += 1
            pieces.append(html[kept_from : match.start()])
            kept_from = pos
            continue
        stack.append(name)
        open_names[name] += 1
    pieces.append(html[kept_from:])
    return "".join(pieces)
