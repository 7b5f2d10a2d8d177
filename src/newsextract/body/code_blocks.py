"""A code block as a reader sees it: the language a syntax highlighter marked on it or its
wrappers, its text with its lines and indentation, the code beside a highlighter's buttons.
Kept apart because code keeps the line breaks and spaces every other block collapses."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.body.block_text import MAX_BLOCK_CHARS
from newsextract.lazy_regex import LazyPattern
from newsextract.text import drop_controls

# A code block's language, as syntax highlighters mark it on <pre> or <code>
# (class="language-python", "lang-js") or on the wrapper around them (Sphinx's
# "highlight-python", GitHub's "highlight-source-python").
# SyntaxHighlighter's "brush: js" (MDN, WordPress's highlighter plugins) says it as well.
_CODE_LANGUAGE = LazyPattern(r"(?:^|\s)(?:(?:language|lang)-|brush:\s*)([\w+#.-]+)", re.IGNORECASE)


_WRAPPER_LANGUAGE = LazyPattern(
    r"(?:^|\s)(?:language|lang|highlight(?:-source)?)-([\w+#.-]+)", re.IGNORECASE
)


_NO_LANGUAGE = frozenset({"none", "plain", "plaintext", "nohighlight"})


# A ``data-lang`` value is a language only when it is such a name: taken whole, its spaces,
# line breaks and fences went into ``Block.language`` and ``body_html``'s class attribute.
_LANGUAGE_NAME = LazyPattern(r"[\w+#.-]+")


# The longest language name kept: highlighters' longest run to about 25 ("objective-c++",
# "visual-basic-dot-net"); a class of 5,000 letters names none.
_MOST_LANGUAGE_CHARS = 40


# Wrappers looked at above a <pre> for its language: Sphinx puts it two levels up.
_LANGUAGE_REACH = 2


# The parts of a line-number table (Pygments' ``highlighttable``) between a <pre> in its code
# cell and the wrapper naming the language: passed, not counted in the reach; at most this
# many (a cell, its row, the table body and the table: one table, not tables in tables).
_LINE_TABLE_PARTS = frozenset({"td", "tr", "tbody", "table"})


_MOST_TABLE_PARTS = 4


def code_language(pre: LexborNode) -> str | None:
    """The language a syntax highlighter marked on a ``<pre>``, its ``<code>`` or a wrapper."""
    found: str | None = None
    code = pre.css_first("code")
    for node in (pre, code):
        if node is None:
            continue
        match = _CODE_LANGUAGE.search(node.attributes.get("class") or "")
        found = match.group(1) if match else (node.attributes.get("data-lang") or "").strip()
        if found and not _LANGUAGE_NAME.fullmatch(found):
            found = None
        if found:
            break
    wrapper = pre.parent
    reach, passed = _LANGUAGE_REACH, 0
    while reach and not found and wrapper is not None:
        if wrapper.tag in _LINE_TABLE_PARTS and passed < _MOST_TABLE_PARTS:
            passed += 1
        else:
            match = _WRAPPER_LANGUAGE.search(wrapper.attributes.get("class") or "")
            found = match.group(1) if match else None
            reach -= 1
        wrapper = wrapper.parent
    if not found or len(found) > _MOST_LANGUAGE_CHARS or found.lower() in _NO_LANGUAGE:
        return None
    return found.lower()


def code_text(text: str) -> str:
    """A code block's text with its line breaks and indentation; blank lines around it cut."""
    lines = drop_controls(text[:MAX_BLOCK_CHARS]).rstrip().splitlines()
    # One slice, not a pop(0) per blank line: each pop moved every line after it, so a <pre>
    # opening with 400,000 line breaks took 15 s (a million, the block's cap, minutes).
    first = next((at for at, line in enumerate(lines) if line.strip()), len(lines))
    return "\n".join(lines[first:])


def code_beside_controls(pre: LexborNode) -> str | None:
    """The text of the ``<code>`` children of a ``<pre>`` that holds other elements beside
    them (a highlighter's "expand" or "copy" button, a file label): the code alone, its lines
    kept, as a ``<pre>`` read whole keeps them; ``None`` where the ``<pre>`` has no
    ``<code>`` child or a ``<code>`` breaks its lines with ``<br>`` (read by the walk)."""
    codes = [child for child in pre.iter() if child.tag == "code"]
    if not codes or any(code.css_first("br") is not None for code in codes):
        return None
    return "".join(code.text(deep=True) for code in codes)
