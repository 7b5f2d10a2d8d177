"""Key facts set as rows of two ``<div>``s (a label, then its value): a value that is a
bare date or time ("Departure" "22:04") is the fact's, not the page's stamp, as a
definition list's dated facts are (``dated_facts.with_dated_facts``)."""

from __future__ import annotations

from newsextract.body.date_lines import is_date_line
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.model import PARAGRAPH
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
    one). Only a dropped date line is looked at, and around it its box (one test a block)."""
    out: list[Judged] | None = None
    for p, (value, reason) in enumerate(candidates):
        if reason != FURNITURE_LINE or p == 0 or value.kind is not PARAGRAPH:
            continue
        if _not_a_label(candidates[p - 1]):
            continue  # the cheap test first: most dropped lines follow no kept short label
        name = candidates[p - 1][0].text
        if (
            is_date_line(value.text)
            and _in_fact_rows(walked, candidates, p)
            and not is_furniture_line(f"{name}: {value.text}")
        ):
            out = out if out is not None else list(candidates)
            out[p] = (value, None)
    return out if out is not None else candidates


def _box_of(parent: list[int], container: int) -> int:
    """The container two levels above ``container`` (its row's box), -1 when none."""
    row = parent[container]
    return parent[row] if row >= 0 else -1


def _in_fact_rows(walked: Walk, candidates: list[Judged], at: int) -> bool:
    """Whether the block at ``at`` is the value of a row in a box of fact rows: the run of
    blocks around it in its box pairs off into rows of two paragraphs each, a label kept
    and its value, ``_FACT_ROWS`` rows at least."""
    parent = walked.containers.parent
    box = _box_of(parent, candidates[at][0].container)
    if box < 0:
        return False
    start = end = at
    while start > 0 and _box_of(parent, candidates[start - 1][0].container) == box:
        start -= 1
    while end + 1 < len(candidates) and _box_of(parent, candidates[end + 1][0].container) == box:
        end += 1
    size = end - start + 1
    if size % 2 or size < 2 * _FACT_ROWS or (at - start) % 2 == 0:
        return False  # not pairs, too few, or the block is a row's first part
    for label_at in range(start, end, 2):
        label, value = candidates[label_at][0], candidates[label_at + 1][0]
        if (
            label.kind is not PARAGRAPH
            or value.kind is not PARAGRAPH
            or label.container == value.container
            or parent[label.container] != parent[value.container]
            or _not_a_label(candidates[label_at])
        ):
            return False
    return True


def _not_a_label(judged: Judged) -> bool:
    """Whether a row's first part is no kept label of a few words."""
    block, reason = judged
    text = block.text
    return reason is not None or len(text) > _FACT_LABEL or text.rstrip().endswith(_SENTENCE_ENDS)


__all__ = ["with_dated_fact_rows"]
