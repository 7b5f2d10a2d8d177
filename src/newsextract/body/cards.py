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
            or not _alone_kept(judged, at, inside)
            or _in_a_run(cont, end, box, judged, at)
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


def _alone_kept(judged: list[Judged], at: int, inside: range) -> bool:
    """Whether the heading at ``at`` and the paragraph after it are the only blocks of the
    box (containers ``inside``) still kept: a card's kicker ("Read more") or its "more"
    link, dropped as furniture, may stand beside them."""
    before = at - 1
    while before >= 0 and judged[before][0].container in inside:
        if judged[before][1] is None:
            return False
        before -= 1
    after = at + 2
    while after < len(judged) and judged[after][0].container in inside:
        if judged[after][1] is None:
            return False
        after += 1
    return True


def _in_a_run(cont: Containers, end: list[int], box: int, judged: list[Judged], at: int) -> bool:
    """Whether the nearest sibling of container ``box`` on either side with its tag and class
    has no kept text of the parent between them: one of a run of entries of one template (a
    list's items), not a card set in the text (a site's teaser cards recur, with the text's
    paragraphs between them)."""
    parent = cont.parent[box]
    tag, classes = cont.tag[box], cont.classes[box]
    before = after = -1
    sibling = parent + 1
    while sibling <= end[parent]:
        if sibling != box and cont.tag[sibling] == tag and cont.classes[sibling] == classes:
            if sibling < box:
                before = sibling
            else:
                after = sibling
                break
        sibling = end[sibling] + 1
    return any(
        near >= 0 and not _text_between(judged, at, range(near, end[near] + 1), near < box)
        for near in (before, after)
    )


def _text_between(judged: list[Judged], at: int, sibling: range, before: bool) -> bool:
    """Whether a kept block outside both boxes stands between the card's heading at ``at``
    and the sibling box (containers ``sibling``, ``before`` it or after it); reading stops
    at the first kept block, or at the sibling's first block."""
    step = -1 if before else 1
    pos = at + step
    while 0 <= pos < len(judged):
        block, reason = judged[pos]
        if block.container in sibling:
            return False
        if reason is None and pos != at + 1:
            return True
        pos += step
    return False


def _beside_text(judged: list[Judged], inside: range, parent: range) -> bool:
    """Whether a kept block stands in the box's parent (containers ``parent``) outside the
    box (containers ``inside``): the text the card is set in."""
    return any(
        reason is None and block.container in parent and block.container not in inside
        for block, reason in judged
    )
