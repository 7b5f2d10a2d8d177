"""A table row's parts read in one pass: its cells, link characters, the cells a ``<br>`` or a
short list breaks, the cells holding only a button, whether it is a header row (``<th>`` or
an editor's bold first row); an ARIA grid's rows the same. Kept apart because it decides
whether a row is a data row or a layout's container before the row is walked."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.body.tag_sets import INLINE_HAS_BLOCKS
from newsextract.lazy_regex import LazyPattern

# A row holding one of these is a layout's container, walked as one. A <br> in a short cell
# of a row of several is not: it breaks a data cell's lines (a file name above its checksum,
# a name above a role), and the row stays one row of the table ("| report.csv md5:3f9a |
# 48 MB |"); a layout table's cell broken so holds a page's prose or an e-mail's footer. A
# short list in such a cell is the same: a data cell's items on lines of their own ("|
# North | dredging new fenders |"), each <li> read as a <br>; a layout cell's list is a
# menu or a column of links, longer. So are a data cell's short paragraphs ("| Leeks | Sow
# indoors. Plant out in May. |", an editor's <p> a line), each <p> read as a <br>.
_ROW_BLOCKS = INLINE_HAS_BLOCKS - {"br", "ul", "ol", "li", "p"}


# Characters of a data cell broken by a <br> or holding a list: two or three short lines (a
# name and a role, a file and its checksum, a work's items); a layout cell's prose is longer.
_BROKEN_CELL_CHARS = 80


# List items and paragraphs a data row's cells hold: a few (a berth's works, a plan's perks);
# a row holding more is a layout's (a menu, a column of links), told at the first item past
# them, so that a row of a thousand items costs no pass of its own before it is walked as a
# container.
_CELL_LIST_ITEMS = 8


# A link styled as a button ("btn", Semantic UI's "ui mini button"): alone in a table's cell
# it is the row's control ("Download", "Reserve"), not a value of the table.
_BUTTON_CLASS = LazyPattern(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.IGNORECASE)


# A row's parts (``row_parts``): its cells, link characters, the cells a <br> breaks (by
# ``mem_id``; None when no <br> breaks the row), the cells holding only a button link,
# whether every cell is a ``<th>`` (told in the pass that reads each cell's tag). A plain
# tuple: a NamedTuple's constructor is a Python call, made for every row.
RowParts = tuple[list[LexborNode], int, set[int] | None, set[int], bool]


def row_parts(row: LexborNode) -> RowParts | None:
    """A table row's cells (``td``, ``th``, nested ones too), link characters, whether a
    <br> breaks a cell, the cells that hold only a button link (by ``mem_id``) and whether
    all of them are header cells, or None when the row holds a block and is walked as a
    container: one pass over its elements in place of three CSS queries (a data table has
    thousands of rows). The cells a <br> breaks
    are found in the same pass (each <br>'s cells above it), where a query of each cell
    (``css_first("br")``, its selector parsed at every call) cost a big table's rows two
    queries a cell."""
    cells: list[LexborNode] = []
    links = 0
    broken: set[int] | None = None
    controls: set[int] = set()
    pre = 0
    items = 0
    headers = True
    for node in row.traverse():
        tag = node.tag
        if tag in _ROW_BLOCKS:
            return None
        if tag == "td" or tag == "th":
            cells.append(node)
            headers = headers and tag == "th"
        elif tag == "a":
            text = node.text(deep=True)
            cell = node.parent
            if (
                cell is not None
                and (cell.tag == "td" or cell.tag == "th")
                and _BUTTON_CLASS.search(node.attributes.get("class") or "") is not None
                and cell.text(deep=True).strip() == text.strip()
            ):
                controls.add(cell.mem_id)
            else:
                links += len(text)
        elif tag == "br":
            broken = _with_cells_above(node, row, broken if broken is not None else set())
        elif tag == "li" or tag == "p":
            items += 1
            if items > _CELL_LIST_ITEMS:
                return None
            broken = _with_cells_above(node, row, broken if broken is not None else set())
        elif tag == "pre":
            pre += 1
    if broken is not None and not _data_cells_broken(cells, broken):
        return None
    if len(cells) == 1 and _named(cells[0]):
        return None  # a layout table's named cell: walked as a container, its name judged
    if pre and pre >= len(cells):
        return None  # a code block beside its line numbers, each cell a <pre>
    if not headers and not links and _first_row(row):
        headers = _bold_cells(cells)
    return cells, links, broken, controls, headers


# The roles of an ARIA grid's cells: a table of <div>s and <span>s a script framework draws
# ("<div role='row'><span role='cell'>"), whose cells would run together as inline text.
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})


def aria_row_parts(row: LexborNode) -> RowParts | None:
    """The parts of a ``role=row`` element as ``row_parts`` gives a ``<tr>``'s: its cells
    (the elements of a cell's role, outermost), link characters and whether every cell is
    a column header; None when it holds no cell, or another row (a grid nested in it, walked
    as a container)."""
    cells: list[LexborNode] = []
    pending = list(row.iter())
    while pending:
        node = pending.pop(0)
        role = node.attributes.get("role")
        if role in _CELL_ROLES:
            cells.append(node)
        elif role == "row":
            return None
        else:
            pending[:0] = list(node.iter())
    if not cells:
        return None
    links = sum(len(link.text(deep=True)) for link in row.css("a"))
    headers = all(cell.attributes.get("role") == "columnheader" for cell in cells)
    return cells, links, None, set(), headers


def _first_row(row: LexborNode) -> bool:
    """Whether ``row`` is its table's first (nothing but text before it, in its body or
    section, and no ``<thead>`` before that)."""
    section = row.parent
    return (
        _first_element(row)
        and section is not None
        and section.tag != "thead"
        and (section.tag != "tbody" or _first_element(section))
    )


def _first_element(node: LexborNode) -> bool:
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return before is None


# Tags an editor sets a header row's text in when its table has no <th> (WordPress's and
# CKEditor's classic tables: "<td><strong>Size</strong></td>").
_BOLD = "strong, b"


def _bold_cells(cells: list[LexborNode]) -> bool:
    """Whether a first row's cells are an editor's header: two or more filled, each one's
    text wholly set in bold (a row of column names), asked of first rows only."""
    filled = 0
    for cell in cells:
        text = "".join(cell.text(deep=True).split())
        if not text:
            continue
        bold = "".join(
            "".join(b.text(deep=True).split()) for b in cell.css(_BOLD) if not _in_bold(b, cell)
        )
        if bold != text:
            return False
        filled += 1
    return filled >= _BOLD_HEADER_CELLS


def _in_bold(node: LexborNode, cell: LexborNode) -> bool:
    """Whether ``node`` sits in another bold element of ``cell`` (its text counted there)."""
    up = node.parent
    while up is not None and up.mem_id != cell.mem_id:
        if up.tag in ("strong", "b"):
            return True
        up = up.parent
    return False


# A header row names two columns at least: one bold cell is a table's title or a label.
_BOLD_HEADER_CELLS = 2


def _named(cell: LexborNode) -> bool:
    """Whether a cell carries a class or an id. A row of one cell is no row of data (a data
    row fills two, ``tables._FILLED_CELLS``): it is a layout table's slot, and a template
    names its slots as it names its boxes (an e-mail's "preheader" cell with its "view in
    your browser" line, its "footer" cell with the unsubscribe link), so the cell is
    walked as a container whose name is weighed like a ``<div>``'s."""
    attrs = cell.attributes
    return bool(attrs.get("class") or attrs.get("id"))


def _with_cells_above(node: LexborNode, row: LexborNode, cells: set[int]) -> set[int]:
    """``cells`` with the ``mem_id`` of every cell between ``node`` and ``row``."""
    stop = row.mem_id
    up = node.parent
    while up is not None and up.mem_id != stop:
        tag = up.tag
        if tag == "td" or tag == "th":
            cells.add(up.mem_id)
        up = up.parent
    return cells


def _data_cells_broken(cells: list[LexborNode], broken: set[int]) -> bool:
    """Whether the <br>s of a row break data cells' lines (see ``_ROW_BLOCKS``): a row of
    two or more cells, each one broken (``broken``: their ``mem_id``s) short."""
    return len(cells) > 1 and all(
        cell.mem_id not in broken or len(cell.text(deep=True).strip()) <= _BROKEN_CELL_CHARS
        for cell in cells
    )


def broken_cell_text(cell: LexborNode) -> str:
    """The text of a cell a <br> breaks or a list fills, a space where each <br> is and
    before each <li> (its text nodes run together otherwise: "report.csvmd5:3f9a")."""
    return "".join(
        " "
        if node.tag == "br" or node.tag == "li" or node.tag == "p"
        else (node.text_content or "")
        for node in cell.traverse(include_text=True)
        if node.tag in _BROKEN_CELL_PARTS
    )


# The nodes ``broken_cell_text`` reads: the text, and the breaks between its lines.
_BROKEN_CELL_PARTS = frozenset({"br", "li", "p", "-text"})
