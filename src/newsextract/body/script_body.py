"""The article text a script-rendered page ships as data: HTML inside a JSON string.

Pages built by client-side frameworks (Next.js, Nuxt, React Query's dehydrated state,
Apollo caches) often render nothing but the headline into the markup and carry the body
as an HTML string in an inline ``<script>`` (``"contentHtml":"\\u003cp\\u003e..."``). When
the markup holds no article text, the longest such string that reads like paragraphs is
the body. Flight data (``self.__next_f.push([1,"..."])``) nests the JSON in a JavaScript
string, so a decoded string is searched once more.
"""

from __future__ import annotations

import json
import logging
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.body.script_blocks import blocks_markup
from newsextract.lazy_regex import LazyPattern
from newsextract.page_limits import readable_markup

logger = logging.getLogger(__name__)

# A JSON/JavaScript double-quoted string literal (possessive: no backtracking on long ones).
_STRING = LazyPattern(r'"(?:[^"\\]++|\\.)*+"')
# Escaped or plain paragraph markup: a script worth decoding holds one of these.
_ESCAPED_MARKUP = ("\\u003cp", "\\u003Cp", "\\u003cbr", "<p>", "<p ", "<br", "\\\\u003cp")
_PARAGRAPH = LazyPattern(r"<(?:p|br)\b", re.IGNORECASE)
_MIN_STRING = 400
_MIN_PARAGRAPHS = 3
_MIN_TEXT = 300
_MAX_DEPTH = 2
_MAX_LINK_SHARE = 0.3
_MAX_JSON_KEYS = 3


def script_html(root: LexborNode) -> LexborNode | None:
    """The body of the longest paragraph-like HTML string in the page's inline scripts,
    parsed, or else of the text blocks a script holds as data (``script_blocks``); None
    when no script carries either."""
    best: LexborNode | None = None
    best_len = 0
    data: list[tuple[str, str]] = []  # the scripts that may hold text blocks as data
    for script in root.css("script"):
        attrs = script.attributes
        kind = attrs.get("type") or ""
        if "src" in attrs or "json+ld" in kind.lower():
            continue
        source = script.text()
        if len(source) >= _MIN_TEXT:  # room for a short story's text as data
            data.append((kind, source))
        if len(source) < _MIN_STRING or not any(m in source for m in _ESCAPED_MARKUP):
            continue
        for fragment in _html_strings(source):
            body = LexborHTMLParser(readable_markup(fragment)).body
            if body is None:
                continue
            size = _prose_chars(body)
            if size > best_len:
                best, best_len = body, size
    if best_len >= _MIN_TEXT:
        return best
    markup = blocks_markup(data)  # the text as a list of blocks rather than HTML
    return LexborHTMLParser(readable_markup(markup)).body if markup else None


def _html_strings(source: str) -> list[str]:
    """Decoded string literals of ``source`` that hold paragraph markup, searching strings
    that hold escaped JSON of their own one level down."""
    found: list[str] = []
    pending = [source]
    for _ in range(_MAX_DEPTH):
        nested: list[str] = []
        for text in pending:
            for match in _STRING.finditer(text):
                literal = match.group()
                if len(literal) < _MIN_STRING:
                    continue
                try:
                    value = json.loads(literal)
                except ValueError:
                    continue
                if not isinstance(value, str):
                    continue
                if _is_markup(value):
                    found.append(value)
                elif '\\"' in literal and any(m in value for m in _ESCAPED_MARKUP):
                    nested.append(value)
        pending = nested
        if not pending:
            break
    return found


def _is_markup(value: str) -> bool:
    """Whether a decoded string is an HTML fragment of paragraphs, not serialized data
    that happens to quote some markup (JSON keeps ``":"`` between its keys and values)."""
    if value.count('":') > _MAX_JSON_KEYS:
        return False
    return len(_PARAGRAPH.findall(value, 0, 20000)) >= _MIN_PARAGRAPHS


def _prose_chars(body: LexborNode) -> int:
    """Characters of text outside links: a menu or a list of teasers is mostly links."""
    text = len(body.text(deep=True).strip())
    links = sum(len(a.text(deep=True)) for a in body.css("a"))
    return 0 if not text or links > _MAX_LINK_SHARE * text else text - links


__all__ = ["script_html"]
