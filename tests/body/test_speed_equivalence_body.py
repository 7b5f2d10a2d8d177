"""Speed cuts of the body walk that must answer exactly as the code they replaced (issue 14,
speed38): a table row's broken cells found in the row's one pass, its text not cleaned twice;
(speed40b) class names weighed from the union's first match, link notes gated by ``in``, class
names' separators made spaces by ``replace``; (speed41) class names searched with a space
before them for their start, no pattern opening with a group; a cell without ``colspan``
not tested further; (speed48b) the walk reading a cell's ``colspan`` value itself, the
function called only for a cell that has one; (speedwalk64) block children and quiet
skips told by one set look-up."""

from __future__ import annotations

import random
import re

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.body import class_names
from newsextract.body.block_text import clean_block_text
from newsextract.body.blocks import walk
from newsextract.body.comments import _spaced
from newsextract.body.link_notes import _bracketed, _cut_note, without_link_note
from newsextract.body.markup_numbers import colspan, colspan_of
from newsextract.body.model import CELL_SEPARATOR, BlockKind
from newsextract.body.table_row_parts import _BROKEN_CELL_CHARS, _ROW_BLOCKS, row_parts


def _old_colspan(cell: LexborNode) -> int:
    """``colspan`` before speed41: every cell's value stripped and tested."""
    value = (cell.attributes.get("colspan") or "").strip()
    if not (value.isascii() and value.isdigit()):
        return 1
    return max(1, min(int(value), 50))


def _old_data_cells_broken(cells: list[LexborNode]) -> bool:
    return len(cells) > 1 and all(
        cell.css_first("br") is None or len(cell.text(deep=True).strip()) <= _BROKEN_CELL_CHARS
        for cell in cells
    )


def _old_cell_text(cell: LexborNode) -> str:
    text = cell.text(deep=True)
    if cell.css_first("br") is None:
        return text
    return "".join(
        " " if node.tag == "br" else (node.text_content or "")
        for node in cell.traverse(include_text=True)
        if node.tag in ("br", "-text")
    )


def _old_cells(row: LexborNode) -> tuple[str, ...]:
    """A row's cells as the walk read them before (``colspan`` called for every cell)."""
    parts = row_parts(row)
    assert parts is not None
    found, _, broken, controls, _ = parts
    cells: list[str] = []
    for cell in found:
        if controls and cell.mem_id in controls:
            cells.append("")
        elif broken is not None and cell.mem_id in broken:
            cells.append(clean_block_text(_old_cell_text(cell)))
        else:
            cells.append(clean_block_text(cell.text(deep=True)))
        cells.extend([""] * (_old_colspan(cell) - 1))
    return tuple(cells)


def _old_row_text(row: LexborNode) -> str | None:
    """The row's text as the walk wrote it before: each cell read (queried for a <br>) and
    cleaned, the row joined and cleaned again; None when the row was walked as a container."""
    found: list[LexborNode] = []
    broken = False
    for node in row.traverse():
        if node.tag in _ROW_BLOCKS:
            return None
        if node.tag in ("td", "th"):
            found.append(node)
        broken = broken or node.tag == "br"
    if broken and not _old_data_cells_broken(found):
        return None
    parts = row_parts(row)  # its controls, read as before
    assert parts is not None
    controls = parts[3]
    cells: list[str] = []
    for cell in found:
        if controls and cell.mem_id in controls:
            cells.append("")
        else:
            cells.append(clean_block_text(_old_cell_text(cell) if broken else cell.text(deep=True)))
        cells.extend([""] * (_old_colspan(cell) - 1))
    return clean_block_text(CELL_SEPARATOR.join(cell for cell in cells if cell))


# Cell contents: white space of every kind, a walk's line break, invisible and control
# characters, <br>s, links and inline elements, and long cells past the broken-cell length.
_PIECES = (
    "Harbour",
    "12 kg",
    " ",
    "\u00a0",
    "\n\t",
    "\u2028",
    "\u00ad",
    "\x07",
    "\u200e",
    "<br>",
    "<br/>",
    "<b>bold</b>",
    "<a href='/x'>link</a>",
    "<span>2<br>3</span>",
    "x" * 90,
    "&amp;",
)


def _cell(rng: random.Random) -> str:
    tag = rng.choice(("td", "th"))
    span = rng.choice(
        (
            "",
            "",
            " colspan=2",
            " colspan",
            " colspan=' 3 '",
            " colspan=x",
            " colspan=0",
            " colspan=99",
        )
    )
    inner = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 6)))
    return f"<{tag}{span}>{inner}</{tag}>"


def test_rows_read_as_before_on_random_tables() -> None:
    rng = random.Random(38)
    compared = 0
    for _ in range(400):
        rows = [
            "<tr>" + "".join(_cell(rng) for _ in range(rng.randrange(1, 5))) + "</tr>"
            for _ in range(rng.randrange(1, 4))
        ]
        markup = f"<body><table>{''.join(rows)}</table></body>"
        root = LexborHTMLParser(markup).body
        assert root is not None
        for row in root.css("tr"):
            parts = row_parts(row)
            if parts is not None:
                cells, _, broken, _, headers = parts
                assert headers is all(cell.tag == "th" for cell in cells)
                for cell in cells:  # the one pass finds the cells a query would
                    found = broken is not None and cell.mem_id in broken
                    assert found is (cell.css_first("br") is not None)
                    assert colspan(cell) == _old_colspan(cell)
                    value = cell.attributes.get("colspan")
                    if value is not None:
                        assert colspan_of(value) == _old_colspan(cell)
            assert (parts is None) is (_old_row_text(row) is None)
        old = [_old_row_text(row) for row in root.css("tr")]
        if all(text is not None for text in old):  # no row walked as a container
            got = [b for b in walk(root).blocks if b.kind is BlockKind.TABLE_ROW]
            assert [b.text for b in got] == [text for text in old if text], markup
            read = [row for row in root.css("tr") if _old_row_text(row)]  # the rows with text
            for block, row in zip(got, read, strict=True):  # cells, and columns a colspan covers
                assert block.cells == _old_cells(row), markup
            compared += 1
    assert compared > 100


def test_no_cell_shorter_than_the_prose_cell_length_is_prose() -> None:
    """The cells ``holds_prose_cell`` does not weigh could not be worth a prose cell: the
    best a shorter one can do is wide characters only, three of them commas."""
    from newsextract.body.region_lines import _PROSE_CELL, _PROSE_CELL_CHARS
    from newsextract.body.scoring import block_value
    from newsextract.body.walk_records import RawBlock

    longest = _PROSE_CELL_CHARS - 1
    for text in ("漢字、" * 10, "ab, " * 10, "詞" * 40, "x" * 40):
        cell = text[:longest]
        block = RawBlock(cell, BlockKind.PARAGRAPH, 0, 0, 0, "td")
        assert block_value(block) < _PROSE_CELL
    assert block_value(RawBlock("漢字、" * 10, BlockKind.PARAGRAPH, 0, 0, 0, "td")) >= _PROSE_CELL


# The forms before speed41: the negative words opening with "start or separator", and the
# strong positive words' group of four first words.
_OLD_NEGATIVE = re.compile(
    rf"(?:^|[\s_-])(?:{class_names.by_first_letter(class_names._NEGATIVE_WORDS)})(?:$|[\s_-])"
)
_OLD_STRONG_POSITIVE = re.compile(
    class_names.by_first_letter(
        r"article[-_]?(?:body|content|text)|story[-_]?(?:body|content|text)|"
        r"(?:entry|post|news|main)[-_]?(?:body|content|text)|articlebody|rich-?text|body-?text|"
        r"artikel[-_]?(?:body|text|inhalt)|content[-_]?body|text[-_]?body|paywall-?content"
    ),
)


def _old_class_weight(names: str) -> int:
    """``class_weight`` as it was before speed40b (every pattern searched from the start, no
    union) in the patterns' forms before speed41 (searched in the names as they are)."""
    lower = class_names._without_state_modifiers(names.lower())
    if _OLD_STRONG_POSITIVE.search(lower):
        return 2
    if class_names._STRONG_NEGATIVE.search(lower):
        return -2
    if _OLD_NEGATIVE.search(lower) or class_names._negative_anywhere().search(lower):
        return -1
    if class_names._POSITIVE.search(lower):
        return 1
    return 0


# Pieces of class and id names: words of each weight, glued and separated, state modifiers
# before and after them, separators, and words of no weight.
_NAME_PIECES = (
    "article", "body", "article-body", "entry-content", "content", "post", "comments",
    "comment", "commentary", "share", "related", "ad", "ads", "nav", "sidebar", "promo",
    "has-", "with-", "no-", "hide-", "-enabled", "-off", "-open", "_", "-", " ", "\t",
    "col", "md", "4", "wrap", "Row", "COMMENT", "x", "grid__item", "caption", "captioned",
    "twitter-tweet", "readmore", "teaser", "Ü", "é", "main", "story", "text",
    "entry", "news", "newsbody", "\u2003", "\n", "posts", "_text", "-body",
)  # fmt: skip


def test_class_weight_as_before_on_random_names() -> None:
    rng = random.Random(40)
    weights = set()
    for _ in range(20_000):
        names = "".join(rng.choice(_NAME_PIECES) for _ in range(rng.randrange(1, 9)))
        weight = class_names.class_weight.__wrapped__(names)
        assert weight == _old_class_weight(names), names
        weights.add(weight)
    assert weights == {-2, -1, 0, 1, 2}


def test_link_notes_gated_as_by_the_set_of_openers() -> None:
    openers = frozenset("([（")
    texts = ("plain", "a (opens in a new window) b", "x [new tab]", "詳細（新しいウィンドウ）", "")
    for text in texts:
        old = text if openers.isdisjoint(text) else _bracketed().sub(_cut_note, text)
        assert without_link_note(text) == old


def test_separators_spaced_as_by_the_translation_table() -> None:
    table = str.maketrans("-_", "  ")
    rng = random.Random(40)
    pieces = ("-", "_", " ", "comment", "Bình-luận", "評論_欄", "\n", "--__")
    for _ in range(500):
        names = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        assert _spaced(names) == names.translate(table)


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("Lead <!-- note --> tail", ["Lead tail"]),
        ("Lead<script>run()</script>tail", ["Leadtail"]),
        ("Lead<style>p{}</style> tail", ["Lead tail"]),
        ("Lead <div>Box</div> tail", ["Lead", "Box", "tail"]),
        ("Lead<br><hr><br>tail", ["Lead", "tail"]),
        # a comment or a script between two <br>s ends the pair, as any element does
        ("<b>Lead</b><br><!-- x --><br><i>tail</i>", ["Lead\ntail"]),
        ("Lead<br><script>x</script><br>tail", ["Lead\ntail"]),
        ("<span>41,2 %</span><div>Box</div><span>9 Sitze</span>", ["41,2 %", "Box", "9 Sitze"]),
        (
            "Lead <details><summary>More</summary>Rest here.</details> tail",
            ["Lead", "More", "Rest here.", "tail"],
        ),
    ],
)
def test_block_children_and_quiet_skips_as_before(inner: str, expected: list[str]) -> None:
    """(speedwalk64) a block child pushed, and a comment, script or style passed over, by
    one set look-up each, end or join the runs around them as the tag tests did."""
    tree = LexborHTMLParser(f"<html><body><div class='box'>{inner}</div></body></html>")
    assert tree.body is not None
    assert [block.text for block in walk(tree.body, figures=True).blocks] == expected
