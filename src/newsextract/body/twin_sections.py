"""A section after the text headed as the text's last section is: the next section of one
template (an API reference's "Responses" after its "Parameters", each under a heading of
one class), too short to join the region by its prose mass."""

from __future__ import annotations

from newsextract.body.model import HEADING
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import RawBlock, Walk

# A twin section is a reference's short section (a few codes, a few lines); a longer box
# after the text joins by its own prose mass or stays out.
_TWIN_MAX_CHARS = 600


def twin_section_after(
    walked: Walk, sums: Tally, parent: int, last: int, max_density: float
) -> list[int]:
    """The child of ``parent`` right after ``last`` (the last taken one) when both open with
    a heading of one tag and one class (not none): the text's next section, written from
    the same template. Not one named as furniture, nor one linked beyond ``max_density``
    (a "Related" box), nor a long one (``_TWIN_MAX_CHARS``)."""
    cont = walked.containers
    end = sums.end[parent]
    index = sums.end[last] + 1
    while index <= end and not sums.text[index]:
        index = sums.end[index] + 1
    if index > end:
        return []
    total = sums.text[index]
    if cont.hint[index] < 0 or total > _TWIN_MAX_CHARS or sums.links[index] > max_density * total:
        return []
    mine: tuple[str, str] | None = None
    theirs: tuple[str, str] | None = None
    last_end = sums.end[last]
    for block in walked.blocks:  # one pass, ended at the sibling's first block
        at = block.container
        if mine is None and last <= at <= last_end:
            mine = _heading_of(walked, block)
            if mine is None:
                return []  # the last section opens otherwise: no twin to look for
        elif index <= at <= sums.end[index]:
            theirs = _heading_of(walked, block)
            break
    return [index] if mine is not None and theirs == mine else []


def _heading_of(walked: Walk, block: RawBlock) -> tuple[str, str] | None:
    """The tag and class of ``block``, a section's first, when it is a heading of a class;
    else ``None``."""
    if block.kind is not HEADING:
        return None
    box = walked.containers.nodes[block.container]
    heading = box if box.tag == block.tag else box.css_first(block.tag)
    if heading is None:
        return None
    classes = (heading.attributes.get("class") or "").strip()
    return (block.tag, classes) if classes else None
