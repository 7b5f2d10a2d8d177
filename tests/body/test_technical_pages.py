"""Round 56, the blind probe of technical and reference pages (``nonnews_probes.
technical_pages``): beyond the body's lines (``test_nonnews_probes``), code is kept as code
(a ``PREFORMATTED`` block), a table's rows as rows of cells, and a line the markup repeats
(a formula's hidden copy, a heading's table-of-contents entry) shows once."""

from __future__ import annotations

import pytest
from nonnews_probes.technical_pages import CODE, ONCE, PROBES, ROWS

import newsextract
from newsextract import BlockKind

_BY_NAME = {probe.name: probe for probe in PROBES}

# Probes whose structure newsextract misses, each with why: kept as tests so a fix shows.
_KNOWN_CODE_FAILURES: dict[str, str] = {
    # Measured on main before any fix, five failed: a code host's file view and a gist
    # (tables of line rows), SyntaxHighlighter's gutter and code cells, an <ol> of code
    # lines in a <pre> and Doxygen's fragment of line <div>s, read since as one code block
    # each (``body.code_lines``).
}
_KNOWN_ONCE_FAILURES: dict[str, str] = {
    # Measured on main before any fix: KaTeX's MathML copy beside the drawn formula, and
    # the TeX annotation, shown since once (``inline_text._math_copies``).
}


def _marks(name: str, known: dict[str, str]) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(reason=known[name], strict=True)] if name in known else []


def _article(name: str) -> newsextract.Article:
    probe = _BY_NAME[name]
    return newsextract.extract(probe.html, url=probe.url)


@pytest.mark.parametrize(
    "name", [pytest.param(name, id=name, marks=_marks(name, _KNOWN_CODE_FAILURES)) for name in CODE]
)
def test_code_kept_as_code(name: str) -> None:
    code = [
        block.text for block in _article(name).body_blocks if block.kind is BlockKind.PREFORMATTED
    ]
    assert [line for line in CODE[name] if not any(line in text for text in code)] == []


@pytest.mark.parametrize("name", list(ROWS))
def test_table_rows_kept_as_cells(name: str) -> None:
    rows = [
        tuple(block.cells)
        for block in _article(name).body_blocks
        if block.kind is BlockKind.TABLE_ROW
    ]
    assert [row for row in ROWS[name] if row not in rows] == []


@pytest.mark.parametrize(
    "name", [pytest.param(name, id=name, marks=_marks(name, _KNOWN_ONCE_FAILURES)) for name in ONCE]
)
def test_repeated_markup_shown_once(name: str) -> None:
    article = _article(name)
    text = "\n\n".join(part for part in (article.lead, article.body) if part)
    assert {line: text.count(line) for line in ONCE[name]} == dict.fromkeys(ONCE[name], 1)
