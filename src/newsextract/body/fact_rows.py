"""Key facts set as rows of two ``<div>``s (a label, then its value): a value that is a
bare date or time ("Departure" "22:04") is the fact's, not the page's stamp, as a
definition list's dated facts are (``cleanup._with_dated_facts``)."""

from __future__ import annotations

from newsextract.body.date_lines import is_date_line
from newsextract.body.model import BlockKind
from newsextract.body.patterns import is_furniture_line
from newsextract.body.reasons import FURNITURE_LINE, Judged
from newsextract.body.walk_records import Walk

# A fact's label is a few words (as a key-value table's, ``tables._KEY_LABEL``).
_FACT_LABEL = 30
# Rows of facts in one box at least: a list of facts, not a post's lone meta pair
# ("Politics" beside its time stamp).
_FACT_ROWS = 2
_SENTENCE_ENDS = (".", "!", "?")


def with_dated_fact_rows(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with the dated values of a box of label-value rows kept: each row a
    container of exactly two paragraphs, a kept short label and its value, ``_FACT_ROWS``
    such rows at least in the box, every label kept; a value is kept again when it was
    dropped as a date line and reads as no stamp under its label ("Published: 22:04" is
    one)."""
    parent = walked.containers.parent
    boxes: dict[int, list[tuple[int, int]]] = {}  # a box: its rows' label and value positions
    last = len(candidates) - 1
    for p in range(1, len(candidates)):
        label, value = candidates[p - 1][0], candidates[p][0]
        if label.kind is not BlockKind.PARAGRAPH or value.kind is not BlockKind.PARAGRAPH:
            continue
        row = parent[value.container]
        if row < 0 or label.container == value.container or parent[label.container] != row:
            continue
        if (p < last and parent[candidates[p + 1][0].container] == row) or (
            p > 1 and parent[candidates[p - 2][0].container] == row
        ):
            continue  # a row of more than two parts
        box = parent[row]
        if box >= 0:
            boxes.setdefault(box, []).append((p - 1, p))
    out: list[Judged] | None = None
    for rows in boxes.values():
        if len(rows) < _FACT_ROWS or any(_not_a_label(candidates[a]) for a, _ in rows):
            continue
        for a, p in rows:
            value, reason = candidates[p]
            name = candidates[a][0].text
            if (
                reason == FURNITURE_LINE
                and is_date_line(value.text)
                and not is_furniture_line(f"{name}: {value.text}")
            ):
                out = out if out is not None else list(candidates)
                out[p] = (value, None)
    return out if out is not None else candidates


def _not_a_label(judged: Judged) -> bool:
    """Whether a row's first part is no kept label of a few words."""
    block, reason = judged
    text = block.text
    return reason is not None or len(text) > _FACT_LABEL or text.rstrip().endswith(_SENTENCE_ENDS)


__all__ = ["with_dated_fact_rows"]
