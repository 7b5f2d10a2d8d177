"""A table the text ends with keeps its last rows: a row of two values or more is the
table's, whatever its words (an e-mail address in a board's table is no "write to the
newsroom" note). A line alone giving an address still closes as a note."""

from __future__ import annotations

from newsextract.body.model import Block, BlockKind
from newsextract.body.text_edges import trim_tail

_PROSE = Block(kind=BlockKind.PARAGRAPH, text="The board is elected every March by the members.")


def _row(*cells: str) -> Block:
    return Block(kind=BlockKind.TABLE_ROW, text=" | ".join(cells), cells=cells)


def test_a_closing_table_row_with_an_address_stays() -> None:
    blocks = (
        _PROSE,
        _row("Role", "Name", "E-mail"),
        _row("Treasurer", "Joost Smit", "treasurer@example.org"),
    )
    assert trim_tail(blocks) == blocks


def test_a_closing_address_line_still_goes() -> None:
    note = Block(kind=BlockKind.PARAGRAPH, text="Got a story? Email us at tips@example.org")
    assert trim_tail((_PROSE, note)) == (_PROSE,)
