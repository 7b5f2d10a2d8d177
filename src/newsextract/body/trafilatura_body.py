"""trafilatura as a body extractor: the fallback, and the reference we measure against.

trafilatura's own document tree (``<p>``, ``<head rend="h2">``, ``<list>``/``<item>``,
``<quote>``, ``<code>``, ``<table>``/``<row>``/``<cell role="head">``) is read into blocks
with the same structure as newsextract's own, so a body from trafilatura renders as
Markdown and HTML as faithfully; its flat text is the fallback when the tree is missing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import attrs

from newsextract.body.model import (
    CELL_SEPARATOR,
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    PREFORMATTED,
    QUOTE,
    TABLE_ROW,
    TERM,
    Block,
    BlockKind,
    Body,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.text import drop_controls, drop_invisible

logger = logging.getLogger(__name__)

# trafilatura's tree is shallow; deeper than this (a hostile page's nested lists) its
# content is read as the text of one block instead of element by element.
_MAX_DEPTH = 50
_HEADING_REND = LazyPattern(r"h([1-6])$")
_DEFINITION_REND = LazyPattern(r"(d[td])-\d+$")
_CODE_LANGUAGE = LazyPattern(r"(?:^|\s)(?:language|lang)-([\w+#.-]+)")


def trafilatura_body(html: str, url: str | None) -> Body:
    """The body as trafilatura sees it; an empty ``Body`` if it finds nothing or fails."""
    import trafilatura  # deferred: importing it costs ~0.5 s

    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=False, include_comments=False, include_tables=True
        )
    except TimeoutError:  # a time limit (the batch's per page) ends the page, not the body
        raise
    except Exception as exc:  # trafilatura raises many kinds; a body failure is not fatal
        logger.debug("trafilatura failed: %s", exc)
        return Body(method="trafilatura")
    tree = getattr(document, "body", None)
    if tree is not None and len(tree):
        blocks = tuple(_blocks(tree, kind=PARAGRAPH, level=0, depth=0))
    else:
        text = getattr(document, "text", None) or ""
        blocks = tuple(
            Block(kind=PARAGRAPH, text=line.strip())
            for line in drop_controls(text).split("\n")
            if line.strip()
        )
    return Body(blocks=blocks, method="trafilatura")


def _clean(text: str) -> str:
    # control characters leave it as they leave the page's own blocks (lxml keeps C1's)
    return " ".join(drop_controls(drop_invisible(text)).split())


def _text(element: Any, *, skip: str = "") -> str:
    """The element's text with that of its descendants, leaving out ``skip`` subtrees."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != skip:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return _clean("".join(parts))


def _lines(element: Any) -> Iterator[str]:
    """A paragraph's lines: trafilatura marks the page's ``<br>`` as ``<lb/>``."""
    line = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            yield _clean("".join(line))
            line = []
        else:
            line.append("".join(child.itertext()))
        line.append(child.tail or "")
    yield _clean("".join(line))


def _blocks(parent: Any, *, kind: BlockKind, level: int, depth: int) -> Iterator[Block]:
    """Blocks of ``parent``'s children; ``kind``: what a paragraph is here (inside a quote,
    a quote), ``level``: the list depth. Loose text (a ``<div>``'s own, or after a child)
    is a paragraph of its own."""
    if loose := _clean(parent.text or ""):
        yield Block(kind=kind, text=loose)
    for element in parent:
        yield from _element(element, kind=kind, level=level, depth=depth)
        if loose := _clean(element.tail or ""):
            yield Block(kind=kind, text=loose)


def _element(element: Any, *, kind: BlockKind, level: int, depth: int) -> Iterator[Block]:
    """The blocks of one element of trafilatura's tree."""
    tag, rend = element.tag, element.get("rend") or ""
    if not isinstance(tag, str) or tag in ("graphic", "lb"):
        return
    if depth >= _MAX_DEPTH:
        if text := _clean("".join(element.itertext())):
            yield Block(kind=PARAGRAPH, text=text)
    elif tag == "head":
        heading = _HEADING_REND.match(rend)
        if text := _text(element):
            level = int(heading[1]) if heading else 2
            yield Block(kind=HEADING, text=text, level=level)
    elif tag == "code":
        yield from _code(element)
    elif tag == "table":
        yield from _rows(element)
    elif tag == "list":
        yield from _items(element, ordered=rend == "ol", level=level + 1, depth=depth + 1)
    elif tag == "quote":
        if any(child.tag == "p" for child in element):
            for block in _blocks(element, kind=QUOTE, level=level, depth=depth + 1):
                # a heading or a list in the quotation stays in it (``Block.quoted``)
                quoted = block.quoted + 1
                yield block if block.kind is QUOTE else attrs.evolve(block, quoted=quoted)
        elif text := _text(element):
            yield Block(kind=QUOTE, text=text)
    elif tag == "p":
        yield from (Block(kind=kind, text=line) for line in _lines(element) if line)
    elif len(element):
        yield from _blocks(element, kind=kind, level=level, depth=depth + 1)
    elif text := _clean(element.text or ""):
        yield Block(kind=kind, text=text)


def _code(element: Any) -> Iterator[Block]:
    text = drop_controls("".join(element.itertext())).strip("\n").rstrip()
    if not text.strip():
        return
    marked = [element, *element.iter("code")]
    languages = (_CODE_LANGUAGE.search(node.get("class") or "") for node in marked)
    language = next((match[1].lower() for match in languages if match), None)
    yield Block(kind=PREFORMATTED, text=text, language=language)


def _rows(table: Any) -> Iterator[Block]:
    for row in table.iter("row"):
        found = [cell for cell in row if cell.tag == "cell"]
        cells = tuple(_clean("".join(cell.itertext())) for cell in found)
        text = CELL_SEPARATOR.join(cell for cell in cells if cell)
        if text:
            header = all(cell.get("role") == "head" for cell in found)
            yield Block(kind=TABLE_ROW, text=text, cells=cells, header=header)


def _items(element: Any, *, ordered: bool, level: int, depth: int) -> Iterator[Block]:
    for item in element:
        if item.tag != "item":
            continue
        rend = _DEFINITION_REND.match(item.get("rend") or "")
        kind = LIST_ITEM
        if rend:
            kind = TERM if rend[1] == "dt" else DEFINITION
        flat = depth >= _MAX_DEPTH
        text = _clean("".join(item.itertext())) if flat else _text(item, skip="list")
        if text:
            yield Block(kind=kind, text=text, level=level, ordered=ordered and not rend)
        for nested in () if flat else item:
            if nested.tag == "list":
                yield from _items(
                    nested, ordered=nested.get("rend") == "ol", level=level + 1, depth=depth + 1
                )
