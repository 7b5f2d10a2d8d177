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

import functools
import re
from collections import Counter
from typing import Any

from newsextract.errors import InputTooLargeError
from newsextract.lazy_regex import LazyPattern

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
#: Attributes of a whole page above which it is refused: thirty times the most of the
#: 1,157 dev pages (10,154). Each costs lexbor 0.5-2.5 µs and counting them 1.3 µs; 6,000
#: elements of 300 names each (an 8 MB page of 1.8 million) took 8 s and 1.7 GB, and a
#: 64 MB page would take a minute.
MAX_PAGE_ATTRIBUTES = 300_000
#: Attributes above which a page is oversized (its costly fallbacks skipped): ten times the
#: dev pages' most. Trafilatura's fallback costs 3-20 µs each: 1,500 elements of 300
#: valued attributes (450,000, a 4 MB page) took it 11 s.
OVERSIZED_ATTRIBUTES = 100_000
#: Characters above which a page's attributes are counted for the refusal (one pass over
#: its start tags, 0.1-0.4 s on 30-60 MB pages, stopping past the limit): a smaller page
#: holds fewer, at three characters an attribute at least (names are distinct in a tag).
_COUNT_ATTRIBUTES_ABOVE = 2 * 1024 * 1024
#: Characters above which a smaller page's attributes are counted too when it holds more
#: separators (white space, "/") than ``MAX_PAGE_ATTRIBUTES``: attributes without a value
#: hold no "=" (297,000 on a 1.4 MB page took 5.8 s, 660,000 under 2 MB 2.8 s), and the
#: 450,000 that cost 2 s need this many characters at least (a name and a separator each).
#: Over the 14 dev pages this long, the separators cost 0.4-1 ms each.
_COUNT_SEPARATED_ABOVE = 900_000
_SEPARATOR_CHARS = ("\t", "\n", "\f", "\r", " ", "/")
_SEPARATOR_BYTES = "".join(_SEPARATOR_CHARS).encode()
#: Characters above which a page may hold ``OVERSIZED_ATTRIBUTES`` (five characters each at
#: least: 'a=""'), and the "=" of which a page holds ten thousand at most when it does not
#: (valued attributes): the count is made only past both, or past the size above.
_OVERSIZED_ATTRIBUTES_ABOVE = 512 * 1024
_MANY_EQUALS = 50_000
#: Characters of a start tag holding a ``class`` or ``id`` value above which the page is
#: refused: the longest of the dev pages' class strings is 4,334 characters, ids 492. Tens of
#: stages read an element's names (as words, through regexes, split): a class of 60 MB took
#: 25 s. Found in the stretches without ">" the check below reads anyway; a value holding
#: ">" every few KB is not found (it is read whole, as before).
MAX_NAME_CHARS = 100_000
# For a text and for bytes: what separates attributes, the "=", the names checked.
_NAMES: dict[type, tuple[Any, ...]] = {
    str: ("\t\n\f\r /", "=", "class", "id"),
    bytes: (b"\t\n\f\r /", b"=", b"class", b"id"),
}
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
# quoted (a ">" inside does not end the tag) or not. White space is the tokenizer's (not a
# no-break space, nor a vertical tab, which ``\s`` would take).
_WS = r"\t\n\f\r "
_ATTRIBUTE = rf"""[{_WS}/]*+[^{_WS}/>][^{_WS}/>=]*+(?:[{_WS}]*+=[{_WS}]*+"""
_ATTRIBUTE += rf"""(?:"[^"]*+"|'[^']*+'|[^{_WS}>]*+))?"""
# A start tag's attributes up to its end, and the whole tag: its name, then those.
_ATTRIBUTES = rf"(?:{_ATTRIBUTE})*+[{_WS}/]*+"
_START_TAG = rf"<[A-Za-z][^{_WS}/>]*+({_ATTRIBUTES})"
# The tokens of the HTML tokenizer's a start tag's look-alike may be in: a comment (closed
# by "-->" or "--!>", or at once: "<!-->"), a doctype or other markup declaration, "</>"
# and "</" before no letter, an end tag (its name: the first group; its attributes are
# read like a start tag's, a ">" in their quoted values included), a start tag (its name
# and attributes: the second and third).
_TOKEN_PATTERN = (
    r"<!--(?:-?>|.*?(?:--!?>|\Z))|<[!?][^>]*>?|</(?![A-Za-z])[^>]*>?"
    rf"|</([A-Za-z][^{_WS}/>]*){_ATTRIBUTES}>?"
    rf"|<([A-Za-z][^{_WS}/>]*)({_ATTRIBUTES})>?"
)
# What may follow the name of the end tag that closes a raw text, and what ends a script's
# text or changes how it ends ("<!--" and "<script" there make a "</script>" text until a
# "-->").
_SPACE = rf"[{_WS}/>]"
_SCRIPT_MARKS = rf"<!--|-->|<(/?)script(?={_SPACE})"
# Elements whose content is text, not markup (a script's "a<b"), outside <svg> and <math>.
_RAW_TEXT_CHECKED = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"}
)
_FOREIGN = frozenset({"svg", "math"})
# An attribute as ``_ATTRIBUTE`` reads it, with the quote that opens its value (if quoted)
# as the first group or the second.
_ATTRIBUTE_MARKED = rf"""[{_WS}/]*+[^{_WS}/>][^{_WS}/>=]*+(?:[{_WS}]*+=[{_WS}]*+"""
_ATTRIBUTE_MARKED += rf"""(?:(")[^"]*+"|(')[^']*+'|[^{_WS}>]*+))?"""
# A quoted value from its opening quote, then the attributes after it in the same tag (at
# most one more than the limit: enough to know it is passed).
_AFTER_VALUE = rf"""(?:"[^"]*+"|'[^']*+')(?:{_ATTRIBUTE}){{0,{MAX_ATTRIBUTES + 1}}}+"""
_FLAGGED = (
    ("<[A-Za-z]", 0),
    (_ATTRIBUTE, 0),
    (_TOKEN_PATTERN, re.DOTALL),
    (_ATTRIBUTE_MARKED, 0),
    (_AFTER_VALUE, 0),
    (_SCRIPT_MARKS, re.IGNORECASE),
)


# The patterns above for a text and for bytes: (a start tag's opening, attribute, tokens,
# attribute with its value's quote, a value and the attributes after it, a script's marks).
# Each kind is built on its first page: a process given UTF-8 bytes (most) never needs a
# text's, one given texts never needs the bytes' (the twelve cost the regex compiler 1.6 ms).
@functools.cache
def _patterns(kind: type) -> tuple[re.Pattern[Any], ...]:
    if kind is bytes:
        return tuple(re.compile(p.encode(), f) for p, f in _FLAGGED)
    return tuple(re.compile(p, f) for p, f in _FLAGGED)


# A start tag and its attributes (the first group), for a text and for bytes: built on the
# first page counted (``count_attributes``: the large pages).
@functools.cache
def _page_tags(kind: type) -> re.Pattern[Any]:
    return re.compile(_START_TAG.encode() if kind is bytes else _START_TAG)


# The marks the window search looks for: ">", "<", the quotes, "=".
_MARKS: dict[type, tuple[Any, ...]] = {
    str: (">", "<", '"', "'", "="),
    bytes: (b">", b"<", b'"', b"'", b"="),
}
#: Windows between two whose first ">" is looked at as one inside a quoted value may be
#: (``_check_attributes``): one lies in any 18 KB, so a tag that passes holds under 18 KB
#: before the value looked at and under 1,000 names after it (11,000 names of one
#: character at most, as costly as 10,000); every window would cost 0.1 ms a page.
_PROBE_EVERY = 8

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
# Built on the first oversized page (``flatten_markup``), which most processes never meet.
@functools.cache
def _token() -> re.Pattern[str]:
    return re.compile(
        r"<(?:(!--)|(/?)(?!(?:"
        + "|".join(sorted(_NO_DEPTH, key=lambda tag: (-len(tag), tag)))
        + r")(?![A-Za-z0-9:-]))([A-Za-z][A-Za-z0-9:-]*)[^>]*>)",
        re.IGNORECASE,
    )


def check_page_size(html: str | bytes) -> int:
    """The page's tag count; raise ``InputTooLargeError`` for a page over the limits."""
    if len(html) > MAX_PAGE_CHARS:
        raise InputTooLargeError(
            f"page is {len(html):,} characters, over the limit of {MAX_PAGE_CHARS:,}"
        )
    tags = html.count("<") if isinstance(html, str) else _count_tags(html)
    if tags > MAX_PAGE_TAGS:
        raise InputTooLargeError(f"page has {tags:,} tags, over the limit of {MAX_PAGE_TAGS:,}")
    _check_attributes(html)
    if (
        len(html) > _COUNT_ATTRIBUTES_ABOVE
        or (len(html) > _COUNT_SEPARATED_ABOVE and _separators(html) > MAX_PAGE_ATTRIBUTES)
    ) and count_attributes(html, MAX_PAGE_ATTRIBUTES) > MAX_PAGE_ATTRIBUTES:
        raise InputTooLargeError(f"page holds over {MAX_PAGE_ATTRIBUTES:,} attributes, the limit")
    return tags


# Bytes of a page counted at a time by ``_count_tags``: the copy it makes stays this small.
_COUNT_CHUNK = 1 << 20


def _count_tags(data: bytes) -> int:
    """``data.count(b"<")``, in a third of its time (``_count_byte``)."""
    return _count_byte(data, b"<")


def _count_byte(data: bytes, byte: bytes) -> int:
    """``data.count(byte)`` (one byte), in a third of its time or less: ``bytes.count``
    tests a byte at a time (five instructions a byte), where deleting the byte finds it by
    ``memchr`` (a few hundred "<" in 100 KB); a megabyte at a time, so a 64 MB page is not
    copied whole."""
    count = 0
    for start in range(0, len(data), _COUNT_CHUNK):
        part = data[start : start + _COUNT_CHUNK]  # the page itself when it is shorter
        count += len(part) - len(part.replace(byte, b""))
    return count


def _separators(html: str | bytes) -> int:
    """The characters that may separate attributes (white space, "/"): a page holds at
    least one for each attribute without a value. One pass in C over bytes (0.4-1 ms a dev
    page over the floor), six over a text."""
    if isinstance(html, bytes):
        return len(html) - len(html.translate(None, _SEPARATOR_BYTES))
    return sum(html.count(separator) for separator in _SEPARATOR_CHARS)


def count_attributes(html: str | bytes, stop: int) -> int:
    """The attributes of the page's start tags (read as ``_check_every_start_tag`` reads one
    tag; a "<" in a script's text may count a few more), counted until past ``stop``."""
    start_tag, attribute = _page_tags(type(html)), _patterns(type(html))[1]
    count = 0
    for tag in start_tag.finditer(html):
        count += len(attribute.findall(tag.group(1)))
        if count > stop:
            break
    return count


def _check_attributes(html: str | bytes) -> None:
    """Raise ``InputTooLargeError`` when an element holds more than ``MAX_ATTRIBUTES``, however
    they are written (with values or without, a "<" or a quote in a name, a ">" or a "<" in
    a quoted value). Two searches, in C over most of the page:

    - the start tag opening first in each long stretch without ">" (``_WINDOW``) has its
      attributes counted to the stretch's end;
    - a tag whose ">" lie in quoted values holds no such stretch, so the ">" before each
      stretch and the first of every ``_PROBE_EVERY``-th window are looked at as ones inside
      a quoted value: one may be, for one of the two quotes, when the last before it follows
      a "=" (a value holds no quote of its own kind and opens after "="). The attributes
      after that value are then counted (``_AttributesAfterValue``).

    A count over the limit (it may be a script's text read as a tag) has every start tag of
    the page read as the tokenizer reads them. Not found: a start tag whose ">" all lie in
    quoted values, of under about 23 KB (``_PROBE_EVERY``: 11,000 names at most)."""
    end_mark, open_mark, double, single, equals = _MARKS[type(html)]
    patterns = _patterns(type(html))
    opening, attribute = patterns[:2]
    find, rfind, size = html.find, html.rfind, len(html)
    after_value: _AttributesAfterValue | None = None
    seen = 0  # the quotes before this are known
    quotes = [-1, -1]  # the last '"' and "'" if they may open a value, else -1
    probe_at = _PROBE_EVERY * _WINDOW
    at = 0
    while at + _WINDOW <= size:
        mark = find(end_mark, at, at + _WINDOW)
        if mark >= 0:
            at += _WINDOW
            if at < probe_at:
                continue
            probe_at = at + (_PROBE_EVERY - 1) * _WINDOW
        else:
            start = rfind(end_mark, 0, at) + 1
            end = find(end_mark, at + _WINDOW)
            end = size if end < 0 else end
            opens = find(open_mark, start, end - _MIN_TAG)
            while opens >= 0:  # a "<" found in C; most stretches (styles, scripts) hold none
                if opening.match(html, opens):
                    # The tag's name read as an attribute's, then its attributes to the end.
                    found = attribute.findall(html, opens + 1, end)
                    if len(found) > MAX_ATTRIBUTES + 1:
                        _check_every_start_tag(html, patterns)
                        return
                    if end - opens > MAX_NAME_CHARS:
                        _check_names(found)
                    break
                opens = find(open_mark, opens + 1, end - _MIN_TAG)
            at = end + 1
            mark = start - 1  # the stretch may continue a tag
            if mark < 0:
                continue
            probe_at = at + _PROBE_EVERY * _WINDOW
        # May the ">" at ``mark`` lie in a quoted value?
        for kind, quote_mark in enumerate((double, single)):
            quote = rfind(quote_mark, seen, mark)
            if quote > 0:
                before = html[quote - 1 : quote]
                quotes[kind] = (
                    quote
                    if before == equals or (before.isspace() and _after_equals(html, quote))
                    else -1
                )
        seen = mark
        if quotes[0] > 0 or quotes[1] > 0:
            if after_value is None:
                after_value = _AttributesAfterValue(html, patterns)
            if after_value.too_many(quotes):
                _check_every_start_tag(html, patterns)
                return


def _check_names(attributes: list[Any]) -> None:
    """Raise ``InputTooLargeError`` when one of a start tag's ``attributes`` (as
    ``_ATTRIBUTE`` reads them, the tag's name first) is a class or an id longer than
    ``MAX_NAME_CHARS``."""
    names = _NAMES[type(attributes[0])] if attributes else ()
    for found in attributes[1:]:
        if len(found) > MAX_NAME_CHARS:
            name = found.lstrip(names[0]).partition(names[1])[0].rstrip().lower()
            if name in names[2:]:
                kind = name if isinstance(name, str) else name.decode()
                raise InputTooLargeError(
                    f"an element's {kind} is over {MAX_NAME_CHARS:,} characters, the limit"
                )


def _after_equals(html: str | bytes, quote: int) -> bool:
    """Whether the text before ``quote`` is a "=" and white space."""
    before = html[max(0, quote - 64) : quote].rstrip()
    while not before and quote > 64:  # white space only: look further back
        quote -= 64
        before = html[max(0, quote - 64) : quote].rstrip()
    return bool(before[-1:] == _MARKS[type(html)][4])


class _AttributesAfterValue:
    """Whether more than ``MAX_ATTRIBUTES`` follow a quoted value, read as the tokenizer reads
    a tag's attributes (0.02 ms for most; a script's ``x = "..."`` is read so too). A value
    read once is not read again from a value it holds; reading stops at four times the page,
    so the cost stays linear whatever the page holds."""

    __slots__ = ("_after", "_budget", "_html", "_marked", "_quotes", "_read")

    def __init__(self, html: str | bytes, patterns: tuple[re.Pattern[Any], ...]) -> None:
        self._html = html
        self._quotes = _MARKS[type(html)][2:4]
        self._marked, self._after = patterns[3], patterns[4]
        # For each quote: the span read from one and the openings of the values it holds.
        self._read: list[tuple[int, int, frozenset[int]]] = [(-1, -1, frozenset())] * 2
        self._budget = 4 * len(html) + 65536

    def too_many(self, quotes: list[int]) -> bool:
        """Whether more than the limit follow the value opened by either quote (a position,
        or -1 for none), or reading has run too long."""
        html = self._html
        for kind, quote in enumerate(quotes):
            start, end, openings = self._read[kind]
            if quote < 0 or (start <= quote < end and (quote == start or quote in openings)):
                continue  # no value, or one of a tag read already: fewer attributes follow
            read = self._after.match(html, quote)
            if read is None:
                continue
            self._budget -= read.end() - quote
            if self._budget < 0:
                return True
            closing = html.find(self._quotes[kind], quote + 1) + 1
            matches = list(self._marked.finditer(html, closing, read.end()))
            if len(matches) > MAX_ATTRIBUTES:
                return True
            held = frozenset(m.start(m.lastindex) for m in matches if m.lastindex)
            self._read[kind] = (quote, read.end(), held)
        return False


def _check_every_start_tag(html: str | bytes, patterns: tuple[re.Pattern[Any], ...]) -> None:
    """Read every start tag of the page as the tokenizer does, comments and the text of
    scripts and styles passed over (a tag found in a stretch may have been a script's
    text): raise for one holding more than ``MAX_ATTRIBUTES``. Run on a page whose stretch
    check found that many, never on the dev pages (a few ms on a large page)."""
    text = isinstance(html, str)
    open_mark: Any = "<" if text else b"<"
    _, attribute, token_pattern = patterns[:3]
    # <svg> and <math> left open, each closed by its own end tag only (a stray </math> in an
    # <svg> is passed over): a <style> there holds markup
    foreign = dict.fromkeys(_FOREIGN, 0)
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
            if (closed := closed.lower()) in foreign:
                foreign[closed] = max(0, foreign[closed] - 1)
        elif name is not None:
            if (count := len(attribute.findall(part))) > MAX_ATTRIBUTES:
                raise InputTooLargeError(
                    f"an element holds {count:,} attributes, over the limit of {MAX_ATTRIBUTES:,}"
                )
            name = (name if text else name.decode("ascii", "replace")).lower()
            if name in _FOREIGN:
                foreign[name] += 1
            elif name == "script" and not any(foreign.values()):
                at = _script_end(html, at, patterns[5])
            elif name in _RAW_TEXT_CHECKED and not any(foreign.values()):
                end_tag: re.Pattern[Any] = re.compile(
                    f"</{name}(?={_SPACE})" if text else f"</{name}(?={_SPACE})".encode(),
                    re.IGNORECASE,
                )
                found = end_tag.search(html, at)
                at = len(html) if found is None else found.start()
        at = html.find(open_mark, at)


def _script_end(html: str | bytes, at: int, marks: re.Pattern[Any]) -> int:
    """Where the text of a script starting at ``at`` ends, as the tokenizer's script states
    read it: after "<!--", a "<script" makes the next "</script" text, until a "-->"."""
    state = 0  # 0: script text, 1: after "<!--", 2: after "<!--" and "<script"
    while (found := marks.search(html, at)) is not None:
        at = found.end()
        mark = found.group(0)[:2]
        if mark in ("<!", b"<!"):
            if not state:
                state, at = 1, found.start() + 2  # "<!-->" closes at once
        elif mark in ("--", b"--"):
            state = 0
        elif found.group(1):  # "</script"
            if state < 2:
                return found.start()
            state = 1
        elif state == 1:  # "<script"
            state = 2
    return len(html)


def is_oversized(text: str, tags: int, utf8: bytes | None = None) -> bool:
    """Whether the page (``tags``: its tag count) is too big or too deeply nested to read
    whole: its nesting is then flattened before parsing and the costly fallbacks skipped.
    The end tags are counted only on a page with enough tags to leave that many open.
    ``utf8``: the same page as UTF-8 bytes, when the caller holds them: its "=" are counted
    there (``_count_byte``; UTF-8 writes "=" as that byte alone), 0.3 M instructions a dev
    page where ``str.count`` reads each character of a page over 512 KB."""
    if tags > OVERSIZED_TAGS:
        return True
    if tags > UNCLOSED_TAGS and tags - 2 * text.count("</") > UNCLOSED_TAGS:
        return True
    return (
        len(text) > _OVERSIZED_ATTRIBUTES_ABOVE
        and (len(text) > _COUNT_ATTRIBUTES_ABOVE or _equals(text, utf8) > _MANY_EQUALS)
        and count_attributes(text, OVERSIZED_ATTRIBUTES) > OVERSIZED_ATTRIBUTES
    )


def _equals(text: str, utf8: bytes | None) -> int:
    """The "=" of ``text``, counted in ``utf8`` (its UTF-8 bytes) when given."""
    return text.count("=") if utf8 is None else _count_byte(utf8, b"=")


#: Characters of a page under which it cannot hold ``OVERSIZED_ATTRIBUTES``: a name and a
#: separator each at least (attributes without a value, which ``is_oversized`` counts only
#: on pages over 2 MB or holding 300,000 separators, so as not to count them on every page).
_FALLBACK_COUNT_ABOVE = 2 * OVERSIZED_ATTRIBUTES


#: Characters of a page above which the trafilatura fallback is skipped: almost six times
#: the largest dev page (1.4 MB). The fallback parses the page three times and filters each
#: text whole, about 0.09 s a MB: a 50 MB paragraph of "&amp;" (no words, so no body of
#: ours) took it 4.5 s.
FALLBACK_MAX_CHARS = 8 * 1024 * 1024


def too_many_for_fallback(text: str) -> bool:
    """Whether ``text`` is over ``FALLBACK_MAX_CHARS`` or holds over
    ``OVERSIZED_ATTRIBUTES``, counted only for a page about to be read by the trafilatura
    fallback (its body found empty): the fallback costs 2-3 µs an attribute, and a page of
    300,000 names without a value under 900 KB, which ``is_oversized`` does not count, took
    it 0.6-1 s (of 1-2 s in all). Counting costs 1-6 ms a page over the floor, against the
    fallback's tens of ms."""
    if len(text) > FALLBACK_MAX_CHARS:
        return True
    return (
        len(text) > _FALLBACK_COUNT_ABOVE
        and count_attributes(text, OVERSIZED_ATTRIBUTES) > OVERSIZED_ATTRIBUTES
    )


#: Elements (start tags outside comments and raw texts, whose own tags, a script's or a
#: style's, are not counted) ``extract`` reads: a page holding more is cut before its
#: element number ``MAX_ELEMENTS + 1``, read as oversized, and the cut recorded in the
#: Article's provenance (``page``). Twice the most of the 1,157 dev pages (10,126); the
#: stages that read every element cost 35-65 µs each on a loaded machine (99,000 ``<p>``
#: took 3.7 s of CPU, 50,000 2.7 s), 20,000 under 1.4 s.
MAX_ELEMENTS = 20_000
# A start tag, a comment, or the start tag of an element whose text is no markup (its name).
_ELEMENT_OPENING = LazyPattern(
    r"<(?:!--|(" + "|".join(sorted(_RAW_TEXT)) + r")(?![A-Za-z0-9:-])|[A-Za-z])", re.IGNORECASE
)


def within_element_budget(html: str, tags: int) -> tuple[str, int]:
    """``html`` cut before its element number ``MAX_ELEMENTS + 1`` when it holds more, and
    its count of elements when cut (0 when not). ``tags``, its count of "<", and the count
    of "<" less "</" rule most pages out at no cost; the search runs only past them, one
    step an element, a comment or a raw text (skipped to its end, or the page's: no quadratic
    search for an end tag that is not there). The raw texts' own elements (a script, a
    style) are not counted: they cost no stage much, and 40,000 JSON-LD blocks in a head
    would have cut its article off."""
    if tags <= MAX_ELEMENTS or html.count("<") - html.count("</") <= MAX_ELEMENTS:
        return html, 0
    opening = _ELEMENT_OPENING.compiled
    count, cut, pos = 0, -1, 0
    while (found := opening.search(html, pos)) is not None:
        pos = found.end()
        name = found.group(1)
        if found.group(0) == "<!--":
            end = html.find("-->", pos)
            pos = len(html) if end < 0 else end + 3
            continue
        if name:  # not counted: a script costs no stage much (40,000 JSON-LD: 0.25 s)
            end_tag = _raw_text_end(name.lower()).search(html, pos)
            pos = len(html) if end_tag is None else end_tag.end()
            continue
        count += 1
        if count == MAX_ELEMENTS + 1:
            cut = found.start()
    return (html, 0) if cut < 0 else (html[:cut], count)


@functools.cache
def _raw_text_end(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}(?![A-Za-z0-9:-])", re.IGNORECASE)


_FIRST_TAGS = LazyPattern(rf"(?:[^<]*<){{{MAX_PAGE_TAGS}}}")


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
    # A tag ends at a ">": the search stops at the last one, as no tag opens after it. Past
    # it, each "<" would have the search scan to the page's end for a ">" in vain, a cost
    # growing with the square of the page: "<a" 190,000 times (380 KB) took 24 s.
    ends = html.rfind(">") + 1
    token = _token()
    while (match := token.search(html, pos, ends)) is not None:
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
