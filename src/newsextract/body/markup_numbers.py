"""The numbers the markup states in attributes, read safely: how many columns a cell spans
(``colspan``), where an ordered list starts counting (``start``). Kept apart because each is
capped against a hostile or broken value before a table or a list is built from it."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# The widest ``colspan`` honoured: a wider cell spans a layout table, not data columns, and
# the cap keeps a hostile page from making rows of millions of empty cells.
_MAX_COLSPAN = 50


def colspan(cell: LexborNode) -> int:
    """How many columns a table cell spans (1 unless its ``colspan`` says more)."""
    value = cell.attributes.get("colspan")
    if value is None:
        return 1  # most cells: no further test (a data table has thousands)
    return colspan_of(value)


def colspan_of(value: str) -> int:
    """How many columns a cell whose ``colspan`` is ``value`` spans (see ``colspan``)."""
    value = value.strip()
    if not (value.isascii() and value.isdigit()):
        return 1
    return max(1, min(int(value), _MAX_COLSPAN))


# The most digits a list's first number may have: CommonMark reads no longer number as a
# list item's, and no article's list counts past it.
_LIST_START_DIGITS = 9


def list_start(value: str | None) -> int:
    """The number of an ``<ol>``'s first item from its ``start`` (1 when it has none, or
    one that is no whole number Markdown can write: a sign, too many digits)."""
    if value is None:
        return 1  # most lists: no further test
    value = value.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > _LIST_START_DIGITS:
        return 1
    return int(value)
