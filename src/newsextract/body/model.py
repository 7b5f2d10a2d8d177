"""The body as typed blocks, so it can be rendered as plain text, markdown or HTML."""

from __future__ import annotations

import enum

import attrs


class BlockKind(enum.StrEnum):
    PARAGRAPH = "p"
    HEADING = "h"
    LIST_ITEM = "li"
    QUOTE = "blockquote"
    PREFORMATTED = "pre"
    TABLE_ROW = "tr"


@attrs.frozen(kw_only=True)
class Block:
    """One paragraph-level piece of the article text."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level (2 for <h2>), list nesting depth otherwise


@attrs.frozen(kw_only=True)
class Body:
    """The extracted article text; ``method`` says which extractor produced it."""

    blocks: tuple[Block, ...] = ()
    method: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)
