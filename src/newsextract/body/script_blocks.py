"""The article text a script-rendered page ships as structured data: a list of text blocks.

Headless CMSs hand a client-side page its text as a list of typed blocks rather than as
HTML: Arc's ``content_elements`` (``{"type": "text", "content": "..."}``), Sanity's
portable text (``{"_type": "block", "children": [{"text": "..."}]}``), Contentful's rich
text (``{"nodeType": "paragraph", "content": [{"value": "..."}]}``), or a plain list of
paragraph strings, in a ``<script type="application/json">`` (Next.js's ``__NEXT_DATA__``)
or assigned in a script (``Fusion.globalContent = {...}``). When the markup holds no article
text and no script holds it as HTML (``script_body``), the list of such blocks with the most
prose, written back as paragraphs and headings, is the body's markup.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from newsextract.body.characters import closes_sentence, latin_width
from newsextract.lazy_regex import LazyPattern

# Where a script assigns an object: "Fusion.globalContent = {", "window.__STATE__={".
_ASSIGNED = LazyPattern(r"[\w$\]]\s*=\s*(?=\{)")
# Objects tried per script: a bundle assigns hundreds of small literals, state is one of the
# first few.
_ASSIGNMENTS = 20
# JSON values visited per page: a hostile page's data of a million nodes is not walked whole.
_NODES = 200_000
# A body of blocks: at least this many paragraphs...
_MIN_PARAGRAPHS = 2
# ... of this much text together (as ``script_body``'s), in Latin letters (a wide character
# weighs three: three Japanese paragraphs of 40 characters are a short story's)...
_MIN_TEXT = 300
# ... at least half of them closing as sentences: a list of headlines or tags does not.
_SENTENCE_SHARE = 0.5
# The block types that are text: a paragraph's and a heading's names in the CMSs above
# (an embed, an image, a related link or an ad is another type, and no text).
_TEXT_TYPES = frozenset({"text", "paragraph", "block", "p", "normal"})
_HEADING_TYPES = frozenset({"header", "heading", "subheadline", "subheading", "h2", "h3", "h4"})
_TEXT_KEYS = ("content", "text", "value")
_SPAN_KEYS = ("children", "content")


def blocks_markup(scripts: list[tuple[str, str]]) -> str | None:
    """The HTML of the text blocks with the most prose in the pages' scripts (each given as
    its ``type`` attribute and its text); None when none reads like an article."""
    best: list[tuple[bool, str]] = []
    best_size = 0
    budget = [_NODES]
    for kind, source in scripts:
        for data in _script_data(kind, source):
            for blocks in _block_lists(data, budget):
                size = _prose_size(blocks)
                if size > best_size:
                    best, best_size = blocks, size
    if best_size < _MIN_TEXT:
        return None
    return "<article>" + "".join(_element(heading, text) for heading, text in best) + "</article>"


def _script_data(kind: str, source: str) -> Iterator[Any]:
    """The JSON a script holds: all of it for a JSON script, else the objects it assigns."""
    if "json" in kind.lower():
        try:
            yield json.loads(source)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's stack
            return
        return
    decoder = json.JSONDecoder()
    for count, match in enumerate(_ASSIGNED.finditer(source)):
        if count >= _ASSIGNMENTS:
            return
        try:
            value, _ = decoder.raw_decode(source, match.end())
        except (ValueError, RecursionError):
            continue
        yield value


def _block_lists(data: Any, budget: list[int]) -> Iterator[list[tuple[bool, str]]]:
    """Every list in ``data`` read as text blocks (heading or not, and the text)."""
    pending = [data]
    while pending and budget[0] > 0:
        value = pending.pop()
        budget[0] -= 1
        if isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            blocks = [block for item in value if (block := _block(item)) is not None]
            if len(blocks) >= _MIN_PARAGRAPHS:
                yield blocks
            pending.extend(item for item in value if isinstance(item, (dict, list)))


def _block(item: Any) -> tuple[bool, str] | None:
    """One list item as a text block: a string, or an object of a text or heading type
    holding its text or its spans' texts."""
    if isinstance(item, str):
        return (False, item) if item.strip() else None
    if not isinstance(item, dict):
        return None
    kind = item.get("type") or item.get("_type") or item.get("nodeType")
    style = item.get("style") or item.get("level")
    if not isinstance(kind, str):
        return None
    kind = kind.lower()
    heading = kind in _HEADING_TYPES or kind.startswith("heading") or _heading_style(style)
    if kind not in _TEXT_TYPES and not heading:
        return None
    text = _text(item)
    return (heading, text) if text else None


def _heading_style(style: Any) -> bool:
    return isinstance(style, str) and re.fullmatch(r"h[1-6]", style) is not None


def _text(item: dict[str, Any]) -> str:
    """A block's text: its own text field, or its spans' texts joined."""
    for key in _TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value
    for key in _SPAN_KEYS:
        spans = item.get(key)
        if isinstance(spans, list):
            parts = [
                span.get("text") or span.get("value") or ""
                for span in spans
                if isinstance(span, dict)
            ]
            joined = "".join(part for part in parts if isinstance(part, str))
            if joined.strip():
                return joined
    return ""


def _prose_size(blocks: list[tuple[bool, str]]) -> int:
    """The paragraphs' width in Latin letters, or 0 when too few close as sentences."""
    paragraphs = [_plain(text) for heading, text in blocks if not heading]
    if len(paragraphs) < _MIN_PARAGRAPHS:
        return 0
    sentences = sum(closes_sentence(text) for text in paragraphs if text)
    if sentences < _SENTENCE_SHARE * len(paragraphs):
        return 0
    return sum(latin_width(text) for text in paragraphs)


def _plain(text: str) -> str:
    return re.sub(r"<[^>]*>", "", text).strip() if "<" in text else text.strip()


def _element(heading: bool, text: str) -> str:
    """A block as markup: a string holding tags (Arc's text holds its links) is markup."""
    inner = text if "<" in text and ">" in text else html.escape(text)
    return f"<h2>{inner}</h2>" if heading else f"<p>{inner}</p>"


__all__ = ["blocks_markup"]
