"""Render body blocks as markdown or clean HTML (the plain text is ``Body.text``)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from newsextract.body.model import Block, BlockKind

CELL_SEPARATOR = " | "  # how body/blocks.py joins the cells of a table row
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#<>|])")


def _escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def to_markdown(blocks: Iterable[Block]) -> str:
    """Headings as ``##``, list items as ``-``, quotes as ``>``, code fenced, rows as tables."""
    parts: list[str] = []
    previous: BlockKind | None = None
    for block in blocks:
        text = block.text
        if block.kind is BlockKind.HEADING:
            line = f"{'#' * min(max(block.level, 2), 6)} {_escape_markdown(text)}"
        elif block.kind is BlockKind.LIST_ITEM:
            line = f"{'  ' * max(block.level - 1, 0)}- {_escape_markdown(text)}"
        elif block.kind is BlockKind.QUOTE:
            line = "\n".join(f"> {_escape_markdown(t)}" for t in text.splitlines() or [""])
        elif block.kind is BlockKind.PREFORMATTED:
            line = f"```\n{text}\n```"
        elif block.kind is BlockKind.TABLE_ROW:
            cells = [_escape_markdown(c.strip()) for c in text.split(CELL_SEPARATOR)]
            line = "| " + " | ".join(cells) + " |"
            if previous is not BlockKind.TABLE_ROW:
                line += "\n|" + " --- |" * len(cells)
        else:
            line = _escape_markdown(text)
        # Consecutive list items and table rows stay together; everything else is a paragraph.
        joiner = "\n" if previous is block.kind and block.kind in _TIGHT else "\n\n"
        parts.append((joiner if parts else "") + line)
        previous = block.kind
    return "".join(parts)


_TIGHT = frozenset({BlockKind.LIST_ITEM, BlockKind.TABLE_ROW})
_CONTAINER = {BlockKind.LIST_ITEM: "ul", BlockKind.TABLE_ROW: "table"}


def to_html(blocks: Iterable[Block]) -> str:
    """Clean HTML: ``<p>``, ``<h2>``-``<h6>``, ``<ul><li>``, ``<blockquote>``, ``<pre>``,
    ``<table><tr><td>``; text escaped, no attributes."""
    return "\n".join(_html_lines(list(blocks)))


def _html_lines(blocks: list[Block]) -> Iterator[str]:
    open_container: str | None = None
    for block in blocks:
        container = _CONTAINER.get(block.kind)
        if container != open_container:
            if open_container:
                yield f"</{open_container}>"
            if container:
                yield f"<{container}>"
            open_container = container
        yield _html_block(block)
    if open_container:
        yield f"</{open_container}>"


def _html_block(block: Block) -> str:
    text = html.escape(block.text, quote=False)
    if block.kind is BlockKind.HEADING:
        level = min(max(block.level, 2), 6)
        return f"<h{level}>{text}</h{level}>"
    if block.kind is BlockKind.LIST_ITEM:
        return f"<li>{text}</li>"
    if block.kind is BlockKind.QUOTE:
        return f"<blockquote><p>{text}</p></blockquote>"
    if block.kind is BlockKind.PREFORMATTED:
        return f"<pre>{text}</pre>"
    if block.kind is BlockKind.TABLE_ROW:
        cells = "".join(
            f"<td>{html.escape(c.strip(), quote=False)}</td>"
            for c in block.text.split(CELL_SEPARATOR)
        )
        return f"<tr>{cells}</tr>"
    return f"<p>{text}</p>"
