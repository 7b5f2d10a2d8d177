"""A box of entries after the text under a label that counts them ("Reviews (4)", "用户评价
(36)", "Avis clients [12]"): a shop's reviews, under a heading or in a tab beside the
description, a post's replies. A label of a word or two and a bracketed count is a tally of
the entries the box holds, whatever the language of its word; a section of the text is
titled by what it says, not by how many things follow. The label opens its box: the box
holds no kept text before it, and the text stands before the box."""

from __future__ import annotations

from newsextract.body.model import HEADING, LIST_ITEM, PARAGRAPH
from newsextract.body.reasons import COUNTED_BOX, Judged
from newsextract.body.walk_records import Walk
from newsextract.lazy_regex import LazyPattern

# A label and its bracketed count: a word or two (at most 30 characters, no sentence's
# mark) and a number in brackets, nothing after it.
_COUNT_LABEL = LazyPattern(r"[^\W\d_][^.!?:;。！？()\[\]\d]{0,29}?\s*[(\[（]\d[\d.,]*[)\]）]")
# A label is a word or two and its count: longer is a title.
_LABEL_CHARS = 40
# The labels looked at, at most: a page of thousands of lines such as "Item (1)" is not
# climbed once for each.
_LABELS_TRIED = 3
# The kinds a label is written in: a heading, a line, a tab's link in a list.
_LABEL_KINDS = frozenset({HEADING, PARAGRAPH, LIST_ITEM})
# The kept text before the box holds at least this many times the box's: a page that is
# mostly the box (a product page's tabs alone, a thread) is read as it is.
_TEXT_OUTWEIGHS = 3


def without_counted_boxes(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """Drop a counted box's kept blocks after the text (the module's docstring): the label,
    and every kept block after it in the highest container around it that holds no kept
    block before it."""
    parent = walked.containers.parent
    text_chars = tried = 0
    last_kept = -1  # the container of the last kept block met
    for position, (block, reason) in enumerate(candidates):
        if (
            block.kind in _LABEL_KINDS
            and text_chars
            and len(block.text) <= _LABEL_CHARS
            and _COUNT_LABEL.fullmatch(block.text.strip()) is not None
        ):
            box = _opened_box(parent, block.container, last_kept)
            tried += 1
            if box < 0:
                if tried >= _LABELS_TRIED:
                    break
                text_chars += len(block.text) if reason is None else 0
                last_kept = block.container if reason is None else last_kept
                continue
            end = position
            while end < len(candidates) and _within(parent, candidates[end][0].container, box):
                end += 1
            inside, after = _kept_chars(candidates, position, end), _kept_chars(candidates, end)
            if after >= inside:
                # The text goes on after the box: a counted section of it (a patent's
                # "Claims (3)" before its description), read as text; a counted box may
                # still close the text (its "Cited by (2)" after the description).
                if tried >= _LABELS_TRIED:
                    break
                text_chars += len(block.text) if reason is None else 0
                last_kept = block.container if reason is None else last_kept
                continue
            if text_chars < _TEXT_OUTWEIGHS * inside:
                break
            out = list(candidates)
            for at in range(position, end):
                if out[at][1] is None:
                    out[at] = (out[at][0], COUNTED_BOX)
            return out
        if reason is None:
            text_chars += len(block.text)
            last_kept = block.container
    return candidates


def _kept_chars(candidates: list[Judged], start: int, stop: int | None = None) -> int:
    """The characters of the kept blocks from position ``start`` to ``stop``."""
    return sum(len(block.text) for block, reason in candidates[start:stop] if reason is None)


def _opened_box(parent: list[int], index: int, before: int) -> int:
    """The highest container around ``index`` that does not hold container ``before`` (the
    kept text's last), -1 when ``index`` itself holds it."""
    above = set()
    while before >= 0:
        above.add(before)
        before = parent[before]
    if index in above:
        return -1
    while parent[index] >= 0 and parent[index] not in above:
        index = parent[index]
    return index


def _within(parent: list[int], index: int, box: int) -> bool:
    """Whether container ``index`` is ``box`` or inside it."""
    while index > box:
        index = parent[index]
    return index == box
