"""A card for another story set inside the text: the story's headline linked to it and its
summary, a sentence or two, alone in a box of their own (a picture beside them). The
headline goes as a linked heading (``text_verdicts``); its summary, unlinked, stayed as a short
paragraph of the text. Here it goes with its headline.

The card is set inside the text: its box's parent holds kept text of its own beside it.
A forum's post under its linked subject line ("Re: …") has only the poster's card beside it,
and a brief whose title links to its own address nothing. A run of such boxes of one
template is a list the text sets out (the places of a travel piece, each headed by a link
to its own page) and stays.
"""

from __future__ import annotations

from newsextract.body.characters import latin_width
from newsextract.body.model import PARAGRAPH
from newsextract.body.reasons import CARD_SUMMARY, LINKED_HEADING, Judged
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import Containers, Walk

# A card's summary is a sentence or two, as long as a standfirst (Latin letters; a wide
# character weighs three); a section of text under a linked heading runs longer.
_SUMMARY_CHARS = 300


def without_card_summaries(walked: Walk, sums: Tally, candidates: list[Judged]) -> list[Judged]:
    """``candidates`` with the summary of each card for another story dropped: a kept
    paragraph without links of at most ``_SUMMARY_CHARS`` right after a heading dropped as
    another story's linked headline, the two alone in the heading's box, which repeats no
    sibling's template, beside kept text in the box's parent."""
    judged = list(candidates)
    cards = [
        at
        for at in range(len(judged) - 1)
        if judged[at][1] == LINKED_HEADING and _is_summary(judged[at + 1])
    ]
    if not cards:
        return judged
    cont = walked.containers
    end = sums.end
    for at in cards:
        box = judged[at][0].container
        parent = cont.parent[box]
        if parent < 0:
            continue
        inside = range(box, end[box] + 1)
        if (
            judged[at + 1][0].container not in inside
            or (at > 0 and judged[at - 1][0].container in inside)
            or (at + 2 < len(judged) and judged[at + 2][0].container in inside)
            or _in_a_run(cont, end, box)
            or not _beside_text(judged, inside, range(parent, end[parent] + 1))
        ):
            continue
        judged[at + 1] = (judged[at + 1][0], CARD_SUMMARY)
    return judged


def _is_summary(candidate: Judged) -> bool:
    block, reason = candidate
    return (
        reason is None
        and block.kind is PARAGRAPH
        and not block.links
        and latin_width(block.text) <= _SUMMARY_CHARS
    )


def _in_a_run(cont: Containers, end: list[int], box: int) -> bool:
    """Whether a sibling of container ``box`` has its tag and class: one of a run of
    entries of one template (a list's items), not a card set alone in the text."""
    parent = cont.parent[box]
    tag, classes = cont.tag[box], cont.classes[box]
    sibling = parent + 1
    while sibling <= end[parent]:
        if sibling != box and cont.tag[sibling] == tag and cont.classes[sibling] == classes:
            return True
        sibling = end[sibling] + 1
    return False


def _beside_text(judged: list[Judged], inside: range, parent: range) -> bool:
    """Whether a kept block stands in the box's parent (containers ``parent``) outside the
    box (containers ``inside``): the text the card is set in."""
    return any(
        reason is None and block.container in parent and block.container not in inside
        for block, reason in judged
    )
