"""A short line that labels a control beside it in a box of its own (an audio player's
"Ouvir texto" next to its play button, a sort control's "Urutkan berdasarkan:"): the
walk skips the control and sees only its label, which is the page's furniture, not text.
One test of the first verdicts."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.model import (
    PARAGRAPH,
    PREFORMATTED,
)
from newsextract.body.scoring import Tally
from newsextract.body.seek_links import is_chapter_button
from newsextract.body.walk_records import Walk

# A control's label is a word or three ("Ouvir texto", "Ascolta", "기사 듣기"); its box holds
# little more (a duration, "03:12").
_CONTROL_LABEL = 30
_CONTROL_BOX = 60
# The elements a label stands beside as a control's: a player's or a widget's button, an
# audio element, a list's drop-down ("Urutkan berdasarkan:" over a question's answers, a sort
# or filter control in any language), a toggle's check box ("Auto-update" over a live blog,
# its <input> in the <label> or beside it): all skipped by the walk, which sees only the label.
_CONTROLS = frozenset({"button", "audio", "select", "input"})


def labels_a_control(walked: Walk, sums: Tally, index: int, seen: dict[int, bool]) -> bool:
    """Whether the short line at ``index`` is the label of a control beside it, in a box of
    its own: an audio player's "Ouvir texto" next to its play button, whatever the
    language. Not a code block's header ("Python" beside its "Copy" button), which names
    the code's language (``block_records.as_blocks``). ``seen``: the containers looked at
    (whether each holds a control), for the page."""
    blocks = walked.blocks
    block = blocks[index]
    if block.kind is not PARAGRAPH or len(block.text) > _CONTROL_LABEL:
        return False
    if index + 1 < len(blocks) and blocks[index + 1].kind is PREFORMATTED:
        return False
    if sums.text[block.container] > _CONTROL_BOX:
        return False
    held = seen.get(block.container)
    if held is None:
        node = walked.containers.nodes[block.container]
        held = seen[block.container] = any(_is_control(child) for child in node.iter())
    return held


def _is_control(node: LexborNode) -> bool:
    """Whether a box's child is a control (``_CONTROLS``; a chapter's button is none), or a
    <label> wrapping one: a toggle's check box drawn as a switch ("Auto-update" with its
    <input> in the label)."""
    if node.tag == "label":
        return any(inner.tag == "input" for inner in node.traverse(include_text=False))
    if node.tag == "button":
        return not is_chapter_button(node)  # a chapter's line is the notes' text, no label
    return node.tag in _CONTROLS
