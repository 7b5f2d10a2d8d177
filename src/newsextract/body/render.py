"""Render body blocks as Markdown or clean HTML (the plain text is ``Body.text``).

Both renderings are made from the blocks' structure, never from their joined text: a run
of table rows is one table (its header the ``<th>`` row, else the first row; ragged rows
padded), a run of list items one list (nested by ``level``, numbered when ``ordered``), a
run of quote blocks one quotation, a definition list's terms and descriptions one list.
The Markdown is CommonMark with GitHub's tables, fences carrying the code's language, and
definition lists in the ``Term`` / ``: description`` form of Pandoc and Python-Markdown.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    PREFORMATTED,
    QUOTE,
    TABLE_ROW,
    TERM,
    Block,
    BlockKind,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.record_checks import checked_blocks

# Characters that are markup anywhere in a line of CommonMark/GFM text, escaped to keep the
# text literal: "*" and "_" emphasis, "`" code, "~" GFM's strikethrough and (three at a line's
# start) a code fence that would swallow the rest of the document, "[" "]" links; "&" before
# what would read as an entity ("&amp;") is written as "&amp;", and "<" before a tag or an
# autolink as "&lt;": Python-Markdown has no "\<" escape, so "\<img onerror=…>" in a body
# became a live tag in its HTML (an entity is text to CommonMark and Python-Markdown alike).
_INLINE_SPECIAL = LazyPattern(r"([\\`*_~\[\]])|(<)(?=[A-Za-z/!?])|&(?=#?\w+;)")
# In a table cell "|" ends the cell: it is escaped too.
_CELL_SPECIAL = LazyPattern(r"([\\`*_~\[\]|])|(<)(?=[A-Za-z/!?])|&(?=#?\w+;)")
# Markup only at the start of a line (after up to three spaces, which CommonMark allows):
# "# " a heading, ">" a quote, "- " or "+ " a list item, "---" a rule, "===" a setext
# underline (the line above would become a heading), ": " a definition (Pandoc,
# Python-Markdown: the line above would become its term), a line of "|", ":" and "-" a GFM
# table's delimiter row (the line above would become a table's header), "1. " or "1) " a
# numbered list item.
_LINE_START_SPECIAL = LazyPattern(
    r"^(?P<indent> {0,3})(?:(?P<mark>#(?=[#\s]|$)|>|[-+](?=[\s-]|$)|=(?=[= \t]*$)|:(?=[ \t])"
    r"|(?=[ \t|:]*-[ \t|:-]*$)[|:-])|(?P<number>\d+)(?P<dot>[.)])(?=\s|$))",
    re.MULTILINE,
)
# What indents a line for Markdown: a line of text opening with four columns of them is
# indented code. An extracted line opens with none; a hand-built block's may (a paragraph
# written "    The quay…"), which in a paragraph or a quote mean nothing: they are cut.
_INDENTS = " \t"
# A heading's closing "#"s (some already escaped at the line's start), which Markdown would
# drop ("## Issue #"; a heading of "#"s alone would be empty). Each is escaped: CommonMark
# keeps a run whose first is escaped, Python-Markdown strips any unescaped trailing "#",
# right after a letter too ("## Why C#" is "Why C" to it). A run is tried only where it
# starts (after neither "#" nor a backslash), so a line of "#"s costs linear time.
_CLOSING_HASHES = LazyPattern(r"(?<![#\\])((?:\\?#)+)\s*$")
# A code fence's info string: a language name, nothing that would end or break the fence.
_INFO = LazyPattern(r"[\w+#.-]+")
# Nested list items, and an item's later blocks, are indented by at least this much under
# the item's marker, the indentation both CommonMark and Python-Markdown (which insists on
# four) read as nesting.
_NEST_INDENT = 4
# The most digits of a list's first number: CommonMark reads a longer one as no list item.
_START_DIGITS = 9
# Lists nested deeper than this are rendered at this depth: no article nests further, and a
# hostile page's thousands of levels would otherwise cost indentation growing with the
# square of the depth.
_DEEPEST_LIST = 8
# Quotations quoted deeper than this are rendered at this depth: no article quotes further,
# and a hostile page's thousands of levels would cost a line's marks growing with them.
_DEEPEST_QUOTE = 8
# Short rows are padded to the widest row's width up to this many columns. A wider table is
# no data table a reader reads, and padding every row of a hostile one (one row of 100,000
# cells over 100,000 short rows) would cost width x rows: there only the header is padded,
# which GitHub's table rules and HTML's both let the rest follow.
_WIDEST_PADDED = 100
# A footnote's label is at most this long (a number or a letter or two, as the walk keeps it).
_NOTE_LABEL = 4
# Blocks that sit together without a blank line between them when they follow each other.
_GROUPED = frozenset(
    {LIST_ITEM, TABLE_ROW, QUOTE, TERM,
     DEFINITION}
)  # fmt: skip


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown lines: every character that would be markup is escaped."""
    return _LINE_START_SPECIAL.sub(_escape_line_start, _escape_inline(_newlines(text)))


def _newlines(text: str) -> str:
    """``text`` with CommonMark's other line endings (CR LF, a lone CR) as LF: each starts
    a line there too, whose markup the line-start escapes must see (a block built by hand;
    an extracted block's text has only LFs)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def escape_heading(escaped: str) -> str:
    """An escaped heading's text with its closing ``#``s escaped, which Markdown would drop."""
    return _CLOSING_HASHES.sub(_escape_hashes, escaped)


def _escape_hashes(match: re.Match[str]) -> str:
    return "\\#" * match[1].count("#")


def _escape_inline(text: str) -> str:
    """``text`` escaped where it does not start a line (a heading's, a caption's)."""
    return _INLINE_SPECIAL.sub(_escape_character, text)


def _escape_character(match: re.Match[str]) -> str:
    character = match.group(1)
    if character:
        return f"\\{character}"
    return "&lt;" if match.group(2) else "&amp;"


def _escape_line_start(match: re.Match[str]) -> str:
    indent, mark = match["indent"], match["mark"]
    if mark:
        return f"{indent}\\{mark}"
    return f"{indent}{match['number']}\\{match['dot']}"


def _group_key(block: Block) -> BlockKind | None:
    """Blocks with the same key render as one table, list, quotation or definition list."""
    if block.part:
        # a later block of a list item, a step's numbered figure's caption too: inside the
        # list's run (a caption set apart would end the list, and the steps after it would
        # be numbered from 1 again)
        return LIST_ITEM
    if block.caption and block.kind is not TABLE_ROW:
        return None  # a figure's caption stands alone; a table's opens its rows
    if block.kind not in _GROUPED:
        return None
    return TERM if block.kind is DEFINITION else block.kind


def _groups(blocks: Iterable[Block]) -> Iterator[list[Block]]:
    """Runs of blocks that render together; every other block is a run of one."""
    for key, run in itertools.groupby(blocks, key=_group_key):
        if key is None:
            yield from ([block] for block in run)
        elif key is TABLE_ROW:
            yield from _tables(list(run))
        else:
            yield list(run)


def _quotations(blocks: Iterable[Block]) -> Iterator[tuple[bool, list[Block]]]:
    """Runs of blocks, with whether the run is a quotation holding blocks of other kinds (a
    heading, a list, code: ``Block.quoted``), which renders as the blocks inside one; a run
    of quote paragraphs alone renders as ``_groups`` makes it. An item's later block goes
    with its item (a quotation inside a list item stays in the list)."""
    run: list[Block] = []
    in_quote = False
    for block in blocks:
        here = in_quote if block.part and run else _quote_level(block) > 0
        if here != in_quote and run:
            yield in_quote and not all(block.kind is QUOTE for block in run), run
            run = []
        in_quote = here
        run.append(block)
    if run:
        yield in_quote and not all(block.kind is QUOTE for block in run), run


def _quote_level(block: Block) -> int:
    """How many quotations hold a block: a quote block's ``depth``, another's ``quoted``."""
    if block.kind is QUOTE:
        return _quote_depth(block)
    quoted = block.quoted
    return min(quoted, _DEEPEST_QUOTE) if type(quoted) is int and quoted > 0 else 0


def _unquoted(block: Block) -> Block:
    """A block of a quotation as it stands inside it: one quotation less around it (a
    quote paragraph of the outer quotation is a paragraph in it)."""
    if block.kind is QUOTE and not block.part:
        depth = _quote_depth(block)
        if depth > 1:
            return attrs.evolve(block, depth=depth - 1)
        return attrs.evolve(block, kind=PARAGRAPH, depth=1)
    return attrs.evolve(block, quoted=max(_quote_level(block) - 1, 0))


def _tables(rows: list[Block]) -> Iterator[list[Block]]:
    """Split a run of rows where a header row follows body rows, or a table's caption
    comes: a new table starts there."""
    table: list[Block] = []
    for row in rows:
        if table and (
            row.caption or (row.header and not table[-1].header and not table[-1].caption)
        ):
            yield table
            table = []
        table.append(row)
    if table:
        yield table


# Markdown


def to_markdown(blocks: Iterable[Block]) -> str:
    """The blocks as Markdown: ``##`` headings, ``-``/``1.`` lists, ``>`` quotes, fenced
    code, GitHub tables, ``Term``/``: description`` definitions, captions in italics."""
    parts = []
    for quotation, run in _quotations(checked_blocks(blocks)):
        if quotation:
            inside = to_markdown([_unquoted(block) for block in run])
            parts.append("\n".join(f"> {line}" if line else ">" for line in inside.split("\n")))
        else:
            parts.extend(_markdown_group(group) for group in _groups(run))
    return "\n\n".join(parts)


def _markdown_group(group: list[Block]) -> str:
    first = group[0]
    if first.caption and first.kind is not TABLE_ROW:
        return f"*{_escape_inline(_one_line(first.text))}*"
    if first.kind is HEADING:
        text = escape_heading(_escape_inline(_one_line(first.text)))
        return f"{'#' * _heading_level(first)} {text}"
    if first.kind is PREFORMATTED:
        return _fenced(first)
    if first.kind is TABLE_ROW:
        return _markdown_table(group)
    if first.kind is LIST_ITEM:
        if all(_note_label(item) and not item.part for item in group):
            return "\n\n".join(_markdown_note(item) for item in group)
        return "\n".join(_markdown_list(group))
    if first.kind is QUOTE:
        return "".join(_markdown_quotes(group))
    if first.kind in (TERM, DEFINITION):
        return "".join(_markdown_definitions(group))
    return _markdown_lines(first.text, notes=first.notes)


def _note_label(item: Block) -> str:
    """A list item's footnote label (``Block.note``) when it is one Markdown can write."""
    note = item.note
    return note if type(note) is str and note.isalnum() and len(note) <= _NOTE_LABEL else ""


def _markdown_note(item: Block) -> str:
    """A footnote's text as Markdown's footnote definition ("[^1]: …"), its later lines
    indented under it."""
    return f"[^{item.note}]: {_markdown_lines(item.text, '    ', notes=item.notes)}"


def _markdown_lines(text: str, indent: str = "", *, notes: Sequence[str] = ()) -> str:
    """``text`` escaped, its line breaks (a ``<br>``) kept as Markdown's hard breaks: a
    backslash at the end of a line, the next one indented under the first."""
    lines = _newlines(text).split("\n")
    escaped = f"\\\n{indent}".join(escape_markdown(line.lstrip(_INDENTS)) for line in lines)
    return _with_calls(escaped, notes, "\\[{}\\]", "[^{}]") if notes else escaped


def _with_calls(text: str, notes: Sequence[str], written: str, call: str) -> str:
    """``text`` with each footnote mark (``Block.notes``, written as ``written`` formats it
    there, in order) as ``call`` formats it: Markdown's ``[^1]``, HTML's ``<sup>1</sup>``."""
    parts, start = [], 0
    for label in notes if type(notes) is tuple else ():
        if not isinstance(label, str):
            continue
        mark = written.format(label)
        where = text.find(mark, start)
        if where >= 0:
            parts += [text[start:where], call.format(label)]
            start = where + len(mark)
    return "".join([*parts, text[start:]])


def _markdown_quotes(group: Sequence[Block]) -> Iterator[str]:
    """A quotation's paragraphs, each set apart by a line of the ``>``s of the shallower of
    the two around it; one quoted inside the quotation (``depth``) behind one more ``>``."""
    previous = 0
    for block in group:
        depth = _quote_depth(block)
        if previous:
            yield "\n" + ">" * min(previous, depth) + "\n"
        yield _quoted(block.text, depth, block.notes)
        previous = depth


def _quote_depth(block: Block) -> int:
    depth = block.depth
    return min(depth, _DEEPEST_QUOTE) if type(depth) is int and depth > 0 else 1


def _quoted(text: str, depth: int = 1, notes: Sequence[str] = ()) -> str:
    lines = text.splitlines() or [""]
    marks = "> " * depth
    quoted = "\\\n".join(f"{marks}{escape_markdown(line.lstrip(_INDENTS))}" for line in lines)
    return _with_calls(quoted, notes, "\\[{}\\]", "[^{}]") if notes else quoted


def _fenced(block: Block) -> str:
    """A code block in a fence longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", block.text)), default=0)
    fence = "`" * max(3, longest + 1)
    language = block.language if block.language and _INFO.fullmatch(block.language) else ""
    return f"{fence}{language}\n{block.text}\n{fence}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _markdown_table(rows: Sequence[Block]) -> str:
    """A GitHub table: the header row (``<th>``, else the first row), ``|`` escaped in cells,
    short rows padded to the widest; its caption in italics before it (GitHub's tables have
    none), as a figure's is."""
    if rows[0].caption:
        title = f"*{_escape_inline(_one_line(rows[0].text))}*"
        return f"{title}\n\n{_markdown_table(rows[1:])}" if len(rows) > 1 else title
    width = max(len(row.row) for row in rows)
    pad_to = width if width <= _WIDEST_PADDED else 0

    def line(cells: Sequence[str], pad_to: int) -> str:
        padded = [escape_cell(cell) for cell in cells] + [""] * (pad_to - len(cells))
        return "| " + " | ".join(padded) + " |"

    head, *body = rows
    lines = [line(head.row, width), "|" + " --- |" * width]
    return "\n".join([*lines, *(line(row.row, pad_to) for row in body)])


def escape_cell(text: str) -> str:
    """A table cell's text as Markdown: on one line, ``|`` and inline markup escaped."""
    return _CELL_SPECIAL.sub(_escape_character, " ".join(text.split()))


def _heading_level(block: Block) -> int:
    """A heading's level, 1-6; a heading built without one is a subheading (2)."""
    return min(block.level, 6) if block.level > 0 else 2


def _markdown_list(items: Sequence[Block]) -> Iterator[str]:
    """List lines, each indented under the marker of the item it is nested in."""
    # The open items above the current one: (level, indentation, marker width, number).
    open_items: list[tuple[int, int, int, int]] = []
    loose = False  # an item's later block came before: the next item is set apart too
    for run in _runs_of_parts(items):
        item = run[0]
        if item.part:
            # A later block of the item above (a run of them that renders as one: a
            # table's rows): a paragraph of its own under the item's marker, indented as
            # a nested list is; a list nested in the item before it ends.
            _close_deeper(open_items, item)
            indent = _nested_indent(open_items[-1]) if open_items else 0
            yield "\n" + _indented(_markdown_part(run), indent)
            loose = True
            continue
        level = _list_level(item)
        number = _first_number(item)
        while open_items and open_items[-1][0] >= level:
            closed = open_items.pop()
            if closed[0] == level:
                number = max(closed[3] - 1, 0) if _counts_down(item) else closed[3] + 1
        indent = _nested_indent(open_items[-1]) if open_items else 0
        marker = f"{number}. " if item.ordered else "- "
        open_items.append((level, indent, len(marker), number))
        if item.header:
            text = f"**{_escape_inline(_one_line(item.text))}**"
        else:
            text = _markdown_lines(item.text, " " * (indent + len(marker)), notes=item.notes)
        gap = "\n" if loose else ""
        yield f"{gap}{' ' * indent}{marker}{text}"
        loose = False


def _counts_down(item: Block) -> bool:
    """Whether a numbered item's list counts down (``<ol reversed>``): Markdown has no such
    list, so each item is written with the number the page shows ("3.", "2.", "1.")."""
    return item.ordered and item.reversed is True


def _first_number(item: Block) -> int:
    """The number of an item opening a list: its list's ``start`` (one no Markdown writes,
    of a block built by hand, read as 1)."""
    start = item.start
    return start if type(start) is int and 0 <= start < 10**_START_DIGITS else 1


def _nested_indent(open_item: tuple[int, int, int, int]) -> int:
    """The indentation of a block nested in an open item: four columns past its marker's
    start, or its text's column when the marker is wider ("10. ")."""
    return open_item[1] + max(_NEST_INDENT, open_item[2])


def _runs_of_parts(items: Sequence[Block]) -> Iterator[list[Block]]:
    """A list's blocks one a run, but the later blocks of an item that render together (a
    table's rows, a quotation's paragraphs, a definition list's entries) in one run."""
    for key, run in itertools.groupby(items, key=_part_group_key):
        if key is None:
            yield from ([block] for block in run)
        elif key[0] is TABLE_ROW:
            yield from _tables(list(run))
        else:
            yield list(run)


def _part_group_key(block: Block) -> tuple[BlockKind, int] | None:
    """Later blocks of a list item with the same key render as one block inside it; an
    item's paragraphs (``LIST_ITEM`` parts) each stand alone."""
    if not block.part or block.kind is LIST_ITEM:
        return None
    key = _group_key(attrs.evolve(block, part=False))
    return None if key is None else (key, block.level)


def _close_deeper(open_items: list[tuple[int, int, int, int]], part: Block) -> None:
    """Close the items nested deeper than the item ``part`` belongs to (its ``level``; a
    heading's level is its own, and it stays in the innermost open item)."""
    if part.kind is HEADING:
        return
    level = _list_level(part)
    while len(open_items) > 1 and open_items[-1][0] > level:
        open_items.pop()


def _markdown_part(run: Sequence[Block]) -> str:
    """A later block of a list item (or a run of them) as Markdown: a paragraph, or the
    blocks as they render on their own (a code block, a quotation, a heading, a table, a
    caption)."""
    if run[0].kind is LIST_ITEM and not run[0].caption:
        return _markdown_lines(run[0].text, notes=run[0].notes)
    return _markdown_group([attrs.evolve(block, part=False) for block in run])


def _indented(text: str, indent: int) -> str:
    """``text``'s lines indented by ``indent`` spaces (empty lines left empty)."""
    pad = " " * indent
    return "\n".join(f"{pad}{line}" if line else line for line in text.split("\n"))


def _list_level(item: Block) -> int:
    return min(max(item.level, 1), _DEEPEST_LIST)


def _markdown_definitions(group: Sequence[Block]) -> Iterator[str]:
    previous: Block | None = None
    for block in group:
        if previous is not None:
            # A new term after a description starts a new entry, set apart by a blank line.
            new_entry = block.kind is TERM and previous.kind is DEFINITION
            yield "\n\n" if new_entry else "\n"
        if block.kind is DEFINITION:
            yield f":   {_markdown_lines(block.text, '    ', notes=block.notes)}"
        else:
            yield _markdown_lines(block.text, notes=block.notes)
        previous = block


# HTML


def to_html(blocks: Iterable[Block]) -> str:
    """Clean HTML: ``<p>``, ``<h1>``-``<h6>``, ``<ul>``/``<ol>`` with nested lists, ``<table>``
    with ``<thead>``/``<tbody>``, ``<blockquote>``, ``<pre><code>``, ``<dl>``, ``<figcaption>``;
    text escaped, no attributes but a code block's ``class="language-x"`` and a numbered
    list's ``start`` when it is not 1."""
    parts = []
    for quotation, run in _quotations(checked_blocks(blocks)):
        if quotation:
            inside = to_html([_unquoted(block) for block in run])
            parts.append(f"<blockquote>\n{inside}\n</blockquote>")
        else:
            parts.extend(_html_group(group) for group in _groups(run))
    return "\n".join(parts)


def _text(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>\n")


def _noted(block: Block) -> str:
    """A block's text as HTML, its footnote marks (``Block.notes``) as ``<sup>``s."""
    text = _text(block.text)
    return _with_calls(text, block.notes, "[{}]", "<sup>{}</sup>") if block.notes else text


def _html_group(group: list[Block]) -> str:
    first = group[0]
    if first.caption and first.kind is not TABLE_ROW:
        return f"<figcaption>{_text(first.text)}</figcaption>"
    if first.kind is HEADING:
        level = _heading_level(first)
        return f"<h{level}>{_text(first.text)}</h{level}>"
    if first.kind is PREFORMATTED:
        language = f' class="language-{html.escape(first.language)}"' if first.language else ""
        return f"<pre><code{language}>{html.escape(first.text, quote=False)}</code></pre>"
    if first.kind is TABLE_ROW:
        return _html_table(group)
    if first.kind is LIST_ITEM:
        return "".join(_html_list(group))
    if first.kind is QUOTE:
        return "".join(_html_quotes(group))
    if first.kind in (TERM, DEFINITION):
        tags = {TERM: "dt", DEFINITION: "dd"}
        entries = "\n".join(
            f"<{tags[block.kind]}>{_noted(block)}</{tags[block.kind]}>" for block in group
        )
        return f"<dl>\n{entries}\n</dl>"
    return f"<p>{_noted(first)}</p>"


def _html_quotes(group: Sequence[Block]) -> Iterator[str]:
    """A quotation's paragraphs, a quotation quoted inside it (``depth``) in a
    ``<blockquote>`` of its own."""
    open_quotes = 0
    for block in group:
        depth = _quote_depth(block)
        while open_quotes > depth:
            yield "</blockquote>"
            open_quotes -= 1
        while open_quotes < depth:
            yield "<blockquote>"
            open_quotes += 1
        yield f"<p>{_noted(block)}</p>"
    yield "</blockquote>" * open_quotes


def _html_table(rows: Sequence[Block]) -> str:
    caption = f"<caption>{_text(rows[0].text)}</caption>" if rows[0].caption else ""
    if caption:
        rows = rows[1:]
        if not rows:
            return f"<table>\n{caption}\n</table>"
    width = max(len(row.row) for row in rows)
    pad_to = width if width <= _WIDEST_PADDED else 0

    def line(row: Block, cell: str) -> str:
        cells = [*row.row, *[""] * (pad_to - len(row.row))]
        return "<tr>" + "".join(f"<{cell}>{_text(c)}</{cell}>" for c in cells) + "</tr>"

    head = list(itertools.takewhile(lambda row: row.header, rows))
    body = rows[len(head) :]
    parts = ["<table>", caption] if caption else ["<table>"]
    if head:
        parts += ["<thead>", *(line(row, "th") for row in head), "</thead>"]
    if body:
        parts += ["<tbody>", *(line(row, "td") for row in body), "</tbody>"]
    return "\n".join([*parts, "</table>"])


def _html_list(items: Sequence[Block]) -> Iterator[str]:
    """Nested ``<ul>``/``<ol>``: a deeper item opens a list inside the item before it, which
    stays open until the nested list ends."""
    open_lists: list[tuple[int, str]] = []  # (level, tag) of the open lists, innermost last
    with_parts = _items_with_parts(items)
    position = 0
    for run in _runs_of_parts(items):
        item, at = run[0], position
        position += len(run)
        if item.part:
            # A later block of the open item: a block of its own inside that item, after
            # the lists nested in it are closed.
            if item.kind is not HEADING:
                level = _list_level(item)
                while len(open_lists) > 1 and open_lists[-1][0] > level:
                    yield f"</li>\n</{open_lists.pop()[1]}>"
            if item.kind is LIST_ITEM and not item.caption:
                yield f"\n<p>{_noted(item)}</p>"
            else:
                yield "\n" + _html_group([attrs.evolve(block, part=False) for block in run])
            continue
        level = _list_level(item)
        tag = "ol" if item.ordered else "ul"
        while open_lists and (
            open_lists[-1][0] > level or (open_lists[-1][0] == level and open_lists[-1][1] != tag)
        ):
            yield f"</li>\n</{open_lists.pop()[1]}>"
        if open_lists and open_lists[-1][0] == level:
            yield "</li>"
        else:
            number = _first_number(item) if item.ordered else 1
            if _counts_down(item):
                opened = f'<{tag} reversed start="{number}">'
            else:
                opened = f'<{tag} start="{number}">' if number != 1 else f"<{tag}>"
            yield f"\n{opened}" if at else opened
            open_lists.append((level, tag))
        text = f"<strong>{_text(item.text)}</strong>" if item.header else _noted(item)
        yield f"\n<li><p>{text}</p>" if at in with_parts else f"\n<li>{text}"
    while open_lists:
        yield f"</li>\n</{open_lists.pop()[1]}>"


def _items_with_parts(items: Sequence[Block]) -> set[int]:
    """The positions of the items with a later block, right after them or after a list
    nested in them: their text is a paragraph of the item, as the later blocks are."""
    found: set[int] = set()
    open_items: list[tuple[int, int]] = []  # (level, position) of the open items
    for position, item in enumerate(items):
        level = _list_level(item)
        if not item.part:
            while open_items and open_items[-1][0] >= level:
                open_items.pop()
            open_items.append((level, position))
            continue
        if item.kind is not HEADING:
            while len(open_items) > 1 and open_items[-1][0] > level:
                open_items.pop()
        if open_items:
            found.add(open_items[-1][1])
    return found
