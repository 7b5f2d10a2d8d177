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
#: others, so their cost is quadratic (10,000 distinct names take 0.17 s, 40,000 four
#: seconds); real elements hold a few dozen (248 at most on the dev pages).
MAX_ATTRIBUTES = 1_000
#: Equals signs in a page above which its long start tags are searched for and their
#: attributes counted (0.5-3 ms, on 5 of the 1,157 dev pages, which hold up to 19,695,
#: mostly in scripts); below it no element holds enough attributes to cost over 0.3 s.
MANY_ATTRIBUTES = 10_000
# A start tag long enough to hold that many (" a=", three characters each at least), up to its
# end or the next tag (a "<" in a value ends the count there), and an attribute's name and
# "=" in it (an "=" inside a value, a URL's query, is none).
_LONG_START_TAG = re.compile(rb"<[A-Za-z][^<>]{%d,}" % (3 * MAX_ATTRIBUTES))
_ATTRIBUTE = re.compile(rb"""\s[^\s=<>/"']+\s*=""")

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
    if isinstance(html, str):
        if html.count("=") > MANY_ATTRIBUTES:
            _check_attributes(html.encode("utf-8", "surrogatepass"))
    elif html.count(b"=") > MANY_ATTRIBUTES:
        _check_attributes(html)
    return tags


def _check_attributes(data: bytes) -> None:
    """Raise ``InputTooLargeError`` when an element holds more than ``MAX_ATTRIBUTES``."""
    for start_tag in _LONG_START_TAG.finditer(data):
        attributes = len(_ATTRIBUTE.findall(start_tag.group()))
        if attributes > MAX_ATTRIBUTES:
            raise InputTooLargeError(
                f"an element holds {attributes:,} attributes, over the limit of {MAX_ATTRIBUTES:,}"
            )


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
