"""Code set one element a line, read as one code block with its lines, its line numbers
left out. Walked as a table or a list, each line of such code would be a row or an item of
its own, its number a cell or a paragraph of text ("14", "15", "16"):

- a table of a line-number cell and a code cell a row: a code host's file view and its
  embedded gists (``blob-num`` / ``blob-code``, the number drawn from ``data-line-number``),
  highlight.js's line-numbers plugin (``hljs-ln-numbers``); or of one row whose gutter cell
  and code cell each hold a ``<div>`` a line (SyntaxHighlighter's ``gutter`` and ``code``);
- an ``<ol>`` of lines in a ``<pre>`` (prettify's ``linenums``);
- a code box of ``<div class="line">``s (Doxygen's ``fragment``, Crayon's ``crayon-line``);
- a line's number drawn in the line, a ``<span>`` before its code (Hugo's Chroma ``ln``,
  Rouge's ``lineno``): cut from the line's start.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern

# A cell named for a code line's number, as highlighters and code hosts name it: "blob-num",
# "js-line-number", "linenos", "hljs-ln-numbers", "gutter". A line's number, not a number:
# a chart's rank cell ("num", "rank") is no line's.
_NUMBER_CELL = LazyPattern(r"(?:line|blob|ln)[-_]?(?:num|no)|gutter", re.IGNORECASE)
# A line-number cell's text: numbers and white space, or nothing (drawn from an attribute).
_NUMBERS = LazyPattern(r"[\d\s]*")
# A line's <div>: the class "line" (SyntaxHighlighter, Doxygen) or one ending "-line" ("crayon-
# line"), among others ("line number1 index0 alt2").
_LINE_CLASS = LazyPattern(r"(?:^|\s)(?:[\w-]+-)?line(?:$|\s)")
_CELLS = frozenset({"td", "th"})
# A line's number set inline, as highlighters name it: Chroma's (Hugo) "ln" and "lnt",
# Rouge's and Pygments' inline "lineno"/"linenos", a plain "line-number".
_NUMBER_SPANS = "span.ln, span.lnt, span.lineno, span.linenos, span.line-number"

_LISTS = frozenset({"ol", "ul"})


def code_line_table(table: LexborNode) -> str | None:
    """The code a table of line rows holds (see the module), its lines in order; None when
    the table is another (its first cell named for no line number, a row of more or fewer
    than two cells, a number cell holding words, a code cell holding a ``<pre>``: Pygments'
    and Rouge's tables, read as their cells' ``<pre>``s, or a table)."""
    first = table.css_first("td")
    if first is None:
        return None
    attributes = first.attributes
    if "data-line-number" not in attributes and not _NUMBER_CELL.search(
        attributes.get("class") or ""
    ):
        return None
    lines: list[str] = []
    for row in table.css("tr"):
        cells = [cell for cell in row.iter() if cell.tag in _CELLS]
        if len(cells) != 2:
            return None
        number, code = cells
        if not _NUMBERS.fullmatch(number.text(deep=True)):
            return None
        if code.css_first("pre, table") is not None:
            return None
        lines.extend(_cell_lines(code))
    return "\n".join(lines) if any(line.strip() for line in lines) else None


def _cell_lines(cell: LexborNode) -> list[str]:
    """A code cell's lines: each ``<div>`` of a box of them (the box in wrappers of one
    child), else the cell's text."""
    box = cell
    while True:
        children = list(box.iter())
        if len(children) == 1 and children[0].tag == "div":
            box = children[0]
            continue
        break
    if len(children) > 1 and all(child.tag == "div" for child in children):
        return [child.text(deep=True) for child in children]
    return [cell.text(deep=True)]


def code_in_pre(pre: LexborNode) -> str | None:
    """The code of a ``<pre>`` whose lines are elements: a table of line rows in it (the
    line-numbers plugin draws its table inside the ``<code>``), or one list whose items are
    its lines (prettify's ``linenums``), the pre's other children its controls (a copy
    button); None otherwise."""
    table = pre.css_first("table")
    if table is not None:
        return code_line_table(table)
    lists = [child for child in pre.iter() if child.tag in _LISTS]
    if len(lists) != 1:
        return None
    items = [item for item in lists[0].iter() if item.tag == "li"]
    if not items:
        return None
    return "\n".join(item.text(deep=True) for item in items)


def code_of_line_divs(box: LexborNode) -> str | None:
    """The code of a box whose name says it holds code (Doxygen's "fragment", Crayon's
    "crayon-pre", a "code" box: the walk asks only those) whose children are two ``<div>``s
    a line or more; None otherwise."""
    children = list(box.iter())
    if len(children) < 2:
        return None
    for child in children:
        if child.tag != "div" or _LINE_CLASS.search(child.attributes.get("class") or "") is None:
            return None
    return "\n".join(child.text(deep=True) for child in children)


def without_inline_numbers(pre: LexborNode, text: str) -> str:
    """``text``, a ``<pre>``'s code, less the line numbers drawn in its lines (see the
    module): each number span's text cut from the start of its line, when every such span
    holds a number alone and opens a line of its own, in order; else ``text`` as it is."""
    numbers = pre.css(_NUMBER_SPANS)
    if not numbers:
        return text
    marks = [number.text(deep=True) for number in numbers]
    lines = text.split("\n")
    if len(marks) > len(lines) or not all(mark.strip().isdigit() for mark in marks):
        return text
    for at, mark in enumerate(marks):
        if not lines[at].startswith(mark):
            return text
        lines[at] = lines[at][len(mark) :]
    return "\n".join(lines)
