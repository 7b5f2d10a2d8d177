"""The renderers on hostile blocks: ``to_dict``/``to_json``, ``body_markdown``, ``body_html``
and the CLI's text and markdown forms, given body blocks no extraction should make but a
caller (or a bug) may: lone surrogates, NULs, 200 KB cells, 10,000-row tables, lists
thousands of levels deep, odd heading levels and code languages.

Whatever the blocks, every renderer returns text within a CPU-time bound for the blocks'
size (no renderer is quadratic in rows or depth), and text that UTF-8 can write whenever
the blocks' own text is.
"""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from hostile.grammar import huge, text
from hostile.profile import cpu_bound, fuzz
from newsextract import Article
from newsextract.body.model import Block, BlockKind, Body
from newsextract.render import render_markdown, render_text

_ODD = st.sampled_from(["\ud800", "\udfff", "\x00", "\x00\x00", "|", "`", "```", "\n", "\r"])
_CELL = text | huge | _ODD | st.lists(_ODD | text, max_size=4).map("".join)
_LEVELS = st.sampled_from([0, 1, 2, 6, 7, -1, -(2**31), 10_000, 2**62]) | st.integers(-5, 50)
_LANGUAGES = st.none() | st.sampled_from(["python", "", "a b", '"><script>', "\x00", "`"]) | text


@st.composite
def block(draw: st.DrawFn) -> Block:
    return Block(
        kind=draw(st.sampled_from(list(BlockKind))),
        text=draw(_CELL),
        level=draw(_LEVELS),
        cells=tuple(draw(st.lists(_CELL, max_size=4))),
        header=draw(st.booleans()),
        ordered=draw(st.booleans()),
        language=draw(_LANGUAGES),
        caption=draw(st.booleans()),
    )


@st.composite
def many_rows(draw: st.DrawFn) -> list[Block]:
    """A table of up to 10,000 rows, or a list of up to 10,000 items stepping deeper."""
    count = draw(st.integers(1, 10_000))
    cell = draw(_CELL.filter(lambda cell: len(cell) < 1000))
    if draw(st.booleans()):
        width = draw(st.integers(1, 12))
        return [
            Block(kind=BlockKind.TABLE_ROW, text=cell, cells=(cell,) * width, header=n == 0)
            for n in range(count)
        ]
    deepest = draw(st.sampled_from([1, 50, 1_000, 10_000]))
    kind = draw(st.sampled_from([BlockKind.LIST_ITEM, BlockKind.TERM, BlockKind.DEFINITION]))
    return [
        Block(kind=kind, text=cell, level=1 + n % deepest, ordered=n % 2 == 0) for n in range(count)
    ]


blocks = (
    st.lists(block(), max_size=12)
    | many_rows()
    | st.tuples(many_rows(), st.lists(block(), max_size=4)).map(lambda pair: [*pair[0], *pair[1]])
)


def _size(blocks: list[Block]) -> int:
    return sum(len(b.text) + sum(map(len, b.cells)) + len(b.language or "") for b in blocks)


def _writable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@fuzz(40)
@given(blocks, st.sampled_from(["", "Title", "\ud800", "\x00" * 3]))
def test_renderers_on_hostile_blocks(blocks: list[Block], title: str) -> None:
    body = Body(blocks=tuple(blocks))
    article = Article(title=title, body=body.text, body_blocks=body.blocks)
    clean = all(_writable(b.text) and all(map(_writable, b.cells)) for b in blocks)
    clean = clean and all(_writable(b.language or "") for b in blocks) and _writable(title)
    started = time.process_time()
    outputs = [
        article.body_markdown(),
        article.body_html(),
        article.to_json(indent=2),
        render_text(article),
        render_markdown(article),
    ]
    assert isinstance(article.to_dict(), dict)
    spent = time.process_time() - started
    size = _size(blocks) + len(blocks) * 50
    assert spent < cpu_bound(size, per_mb=40.0), f"{spent:.1f} s for {len(blocks):,} blocks"
    if clean:
        for output in outputs:
            output.encode("utf-8")
    biggest = max(map(len, outputs))
    assert biggest < 50 * size + 10_000, f"{biggest:,} characters out of {size:,}"
