"""Type checks of a hand-built ``Article`` or ``Block`` before it is rendered or written.

``extract`` builds every record with the types its fields declare; a caller may build one by
hand (``Article(**row)`` from its own JSON) with a None body, a number for a title or bytes
in a block. The renderings and ``to_dict`` check what they read first, so such a record is
one ``RecordTypeError`` naming the field, not an AttributeError out of a regex. Checked
there, not at construction: an extraction builds thousands of blocks, none of them wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from newsextract.body.model import Block, BlockKind
from newsextract.errors import RecordTypeError

# The Article's fields of text (or None), of texts, and of dates (a date read back from JSON
# is its ISO text, which renders as it is).
_TEXT_FIELDS = (
    "url", "canonical_url", "title", "lead", "byline", "publisher", "source", "language",
    "image", "rule",
)  # fmt: skip
_TEXTS_FIELDS = ("authors", "tags", "categories")
_DATE_FIELDS = ("published", "modified")


def _refuse(field: str, value: object, takes: str) -> RecordTypeError:
    shown = type(value).__name__
    return RecordTypeError(f"{field} is {shown}, it takes {takes}", field=field)


def check_article(article: Any) -> None:
    """Raise ``RecordTypeError`` for the first field of ``article`` of a type it does not take
    (its blocks are checked as they are rendered, ``checked_blocks``)."""
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        if value is not None and not isinstance(value, str):
            raise _refuse(f"Article.{name}", value, "a str or None")
    for name in _TEXTS_FIELDS:
        value = getattr(article, name)
        if not isinstance(value, (tuple, list)) or not all(isinstance(v, str) for v in value):
            raise _refuse(f"Article.{name}", value, "a tuple of str")
    for name in _DATE_FIELDS:
        value = getattr(article, name)
        if value is not None and not isinstance(value, (datetime, str)):
            raise _refuse(f"Article.{name}", value, "a datetime or None")
    if not isinstance(article.body, str):
        raise _refuse("Article.body", article.body, "a str")
    if not isinstance(article.is_paywalled, bool):
        raise _refuse("Article.is_paywalled", article.is_paywalled, "a bool")


def checked_blocks(blocks: Iterable[Block]) -> Iterator[Block]:
    """``blocks``, each checked as it is read: ``RecordTypeError`` for a block of a field of
    a type it does not take (the renderers read its kind, text, level, cells and language)."""
    if isinstance(blocks, (str, bytes)) or not isinstance(blocks, Iterable):
        raise _refuse("Article.body_blocks", blocks, "a tuple of Block")
    for block in blocks:
        if not isinstance(block, Block):
            raise _refuse("Article.body_blocks[]", block, "a Block")
        if not isinstance(block.kind, BlockKind):
            raise _refuse("Block.kind", block.kind, "a BlockKind")
        if not isinstance(block.text, str):
            raise _refuse("Block.text", block.text, "a str")
        if not isinstance(block.level, int):
            raise _refuse("Block.level", block.level, "an int")
        if not isinstance(block.cells, (tuple, list)) or not all(
            isinstance(cell, str) for cell in block.cells
        ):
            raise _refuse("Block.cells", block.cells, "a tuple of str")
        if block.language is not None and not isinstance(block.language, str):
            raise _refuse("Block.language", block.language, "a str or None")
        yield block
