"""The body as typed blocks, so it can be rendered as plain text, markdown or HTML.

A block is one paragraph-level piece of the article, with the structure a renderer needs
kept as data: a table row's cells (never a joined string read back), whether a row is a
header, a list item's depth and numbering, a code block's line breaks and language, a
heading's level, and whether a paragraph is a figure's caption. ``text`` is the readable
text of the block, what ``Body.text`` and ``Article.body`` are made of.
"""

from __future__ import annotations

import enum
from typing import Final

import attrs


class BlockKind(enum.StrEnum):
    """What a block is; the values are the HTML tags they come from."""

    PARAGRAPH = "p"
    HEADING = "h"
    LIST_ITEM = "li"
    QUOTE = "blockquote"
    PREFORMATTED = "pre"
    TABLE_ROW = "tr"
    TERM = "dt"  # a definition list's term
    DEFINITION = "dd"  # a definition list's description of the term before it


# Each kind as a module constant, for the loops over blocks and elements to test against:
# CPython 3.11 reads a member off its Enum class (``BlockKind.HEADING``) through the
# metaclass's ``__getattr__`` hook, about ten times a global's look-up (emit65: -0.7 % of a
# page's instructions in the walk alone).
PARAGRAPH: Final = BlockKind.PARAGRAPH
HEADING: Final = BlockKind.HEADING
LIST_ITEM: Final = BlockKind.LIST_ITEM
QUOTE: Final = BlockKind.QUOTE
PREFORMATTED: Final = BlockKind.PREFORMATTED
TABLE_ROW: Final = BlockKind.TABLE_ROW
TERM: Final = BlockKind.TERM
DEFINITION: Final = BlockKind.DEFINITION


#: How the cells of a table row are joined in its ``text``.
CELL_SEPARATOR = " | "


def filled_cells(cells: tuple[str, ...]) -> int:
    """How many of a table row's cells hold text (empty ones are kept for the columns)."""
    # The empty ones counted by ``tuple.count``, one C scan, where a generator over the
    # cells cost a Python step a cell: a table of a thousand rows is judged row by row.
    return len(cells) - cells.count("")


@attrs.frozen(kw_only=True)
class Block:
    """One paragraph-level piece of the article text.

    ``level``: a heading's level (2 for ``<h2>``); for list items, terms and definitions their
    list's nesting depth (1 for a top-level list). ``cells``: a table row's cells in order,
    empty ones kept so columns line up (``text`` holds the non-empty ones joined by
    ``CELL_SEPARATOR``); a row built without cells is one cell holding ``text``. ``header``:
    a row of header cells (``<th>``, in ``<thead>``, a table's first row of bold cells only,
    or an ARIA grid's ``columnheader``s). ``ordered``: a list item of a numbered list
    (``<ol>``), ``start`` the number of its list's first item (``<ol start="4">``; 1 when
    the list does not say); ``reversed``, a list counting down (``<ol reversed>``), its items
    numbered down from ``start``. ``language``: a code block's language
    (``class="language-python"``), its ``text`` keeping its line breaks. ``depth``: how many
    quotations a quote block stands in (2 for a quotation quoted inside another). ``quoted``:
    how many quotations a block of another kind stands in (a heading, a list, code in a
    ``<blockquote>``; 0 outside one).
    ``notes``: the labels of the footnote marks in ``text``, in order ("1" for a
    ``<sup><a href="#fn1">1</a></sup>``), each written there in brackets ("week.[1]").
    ``note``: on a list item, the label of the mark that links to it (``<li id="fn1">``):
    the item is that footnote's text.
    ``caption``: a figure's caption, not running text; on a ``TABLE_ROW``, the table's
    ``<caption>`` (its one cell the caption), its title, opening its rows and read with them.
    """

    kind: BlockKind
    text: str
    level: int = 0
    cells: tuple[str, ...] = ()
    header: bool = False
    ordered: bool = False
    start: int = 1
    reversed: bool = False
    language: str | None = None
    depth: int = 1
    quoted: int = 0
    caption: bool = False
    part: bool = False
    notes: tuple[str, ...] = ()
    note: str = ""

    @property
    def row(self) -> tuple[str, ...]:
        """The cells of a table row (``text`` as the one cell when built without cells)."""
        return self.cells or (self.text,)


@attrs.frozen(kw_only=True)
class Body:
    """The extracted article text; ``method`` says which extractor produced it; ``credit``:
    a news agency's credit cut from the end of a paragraph ("(Lusa)"), the story's source."""

    blocks: tuple[Block, ...] = ()
    method: str = ""
    credit: str = ""

    @property
    def text(self) -> str:
        """The running text: captions stay in ``blocks`` (rendered as such), not in here,
        unless they hold more of the text than the rest (a photo essay told in captions); a
        table's caption is read with its table."""
        captions = [block for block in self.blocks if block.caption and block.kind is not TABLE_ROW]
        if not captions:
            return "\n\n".join(block.text for block in self.blocks)
        caption_chars = sum(len(block.text) for block in captions)
        if caption_chars > sum(len(block.text) for block in self.blocks) - caption_chars:
            return "\n\n".join(block.text for block in self.blocks)
        return "\n\n".join(
            block.text for block in self.blocks if not block.caption or block.kind is TABLE_ROW
        )
