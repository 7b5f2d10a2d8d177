"""A table row read as one block of cells, each cell in its column: empty cells, cells a
``colspan`` covers, and those a ``rowspan`` of a row above covers, kept as empty cells."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.block_text import MAX_BLOCK_CHARS, clean_block_text
from newsextract.body.leaf_reading import LeafReading
from newsextract.body.link_checks import closing_more_link, ends_with_ellipsis
from newsextract.body.markup_numbers import colspan_of
from newsextract.body.model import CELL_SEPARATOR, TABLE_ROW
from newsextract.body.table_row_parts import broken_cell_text


class RowReading(LeafReading):
    """The walk's reading of a table's row (``<tr>``, an ARIA grid's row)."""

    def _row(
        self,
        node: LexborNode,
        parent: int,
        found: list[LexborNode],
        links: int,
        broken: set[int] | None,
        controls: set[int],
        headers: bool,
    ) -> None:
        """A table row with its cells; empty cells, a cell holding only a button link, and
        those a ``colspan`` covers, count for the columns, not the text. ``broken``: the
        cells a <br> breaks (``row_parts``). A cell a ``rowspan`` of a row above covers
        counts as an empty one, so the cells after it stay in their columns."""
        cells: list[str] = []
        section = node.parent  # read once: each read makes a node object
        spans = self.row_spans.get(section.mem_id) if section is not None else None
        for cell in found:
            if spans:
                covered(cells, spans)
            if controls and cell.mem_id in controls:
                cells.append("")
            else:
                cell_text, links = _cell_text(cell, broken, links)
                cells.append(cell_text)
            spans = self._spanned(cells, cell, section, spans)
        if spans:
            covered(cells, spans, every=True)
        text = CELL_SEPARATOR.join(filter(None, cells))  # the filled cells
        in_head = section is not None and section.tag == "thead"
        header = in_head or headers
        # The cells are clean, and so is their row joined (``clean_block_text`` again would
        # give it back unchanged), unless a cell's lines were joined by newlines or the row
        # is longer than a block's text may be.
        self._emit(
            text,
            TABLE_ROW,
            0,
            parent,
            links,
            "tr",
            cells=tuple(cells),
            header=header,
            clean="\n" not in text and len(text) <= MAX_BLOCK_CHARS,
        )

    def _spanned(
        self,
        cells: list[str],
        cell: LexborNode,
        section: LexborNode | None,
        spans: list[int] | None,
    ) -> list[int] | None:
        """The columns a cell's ``colspan`` covers added to ``cells`` as empty ones, and those
        its ``rowspan`` covers marked for the rows below; the section's spans after it."""
        attributes = cell.attributes  # read once: each read makes a dict of them
        width = 1
        span = attributes.get("colspan")  # most cells have none: no call for them
        if span is not None and (width := colspan_of(span)) > 1:
            cells.extend([""] * (width - 1))
        down = attributes.get("rowspan")
        if down is not None and (rows := colspan_of(down)) > 1 and section is not None:
            spans = self.row_spans.setdefault(section.mem_id, [])
            spans_down(spans, len(cells) - width, width, rows - 1)
        return spans


def _cell_text(cell: LexborNode, broken: set[int] | None, links: int) -> tuple[str, int]:
    """A cell's text (``broken``: the cells a <br> breaks, read line by line) and the row's
    links after it: a member's summary closing with its "More..." jump loses it."""
    if broken is not None and cell.mem_id in broken:
        cell_text = clean_block_text(broken_cell_text(cell))
    else:
        cell_text = clean_block_text(cell.text(deep=True))
    if ends_with_ellipsis(cell_text) and (more := closing_more_link(cell)):
        # a member's summary closing with its "More..." jump: no word of it
        cell_text = cell_text[: -len(more)].rstrip()
        links = max(0, links - len(more))
    return cell_text, links


def covered(cells: list[str], spans: list[int], *, every: bool = False) -> None:
    """Add an empty cell for each column at the row's end (``cells``) that a ``rowspan``
    above covers (``spans``, rows left a column), and one row less to each; ``every``:
    the row has no cell left, so every covered column after its last is added."""
    column = len(cells)
    while column < len(spans) and spans[column] > 0:
        cells.append("")
        spans[column] -= 1
        column += 1
    if every:
        for later in range(column, len(spans)):
            if spans[later] > 0:
                cells.extend([""] * (later - len(cells)))
                cells.append("")
                spans[later] -= 1


def spans_down(spans: list[int], column: int, width: int, rows: int) -> None:
    """Mark ``width`` columns from ``column`` covered for the ``rows`` rows below."""
    if len(spans) < column + width:
        spans.extend([0] * (column + width - len(spans)))
    for at in range(column, column + width):
        spans[at] = rows
