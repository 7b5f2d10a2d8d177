"""A section after the text headed as the text's last section is: the next section of one
template (an API reference's "Responses" after its "Parameters", each under a heading of
one class), too short to join the region by its prose mass."""

from __future__ import annotations

from newsextract.body.model import BlockKind
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import Walk

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
    theirs = _opening_heading(walked, sums, index)
    if theirs is None:
        return []
    return [index] if _opening_heading(walked, sums, last) == theirs else []


def _opening_heading(walked: Walk, sums: Tally, index: int) -> tuple[str, str] | None:
    """The tag and class of the heading that opens container ``index`` (its first block),
    ``None`` when it opens otherwise or its heading has no class."""
    end = sums.end[index]
    for block in walked.blocks:
        if index <= block.container <= end:
            if block.kind is not BlockKind.HEADING:
                return None
            box = walked.containers.nodes[block.container]
            heading = box if box.tag == block.tag else box.css_first(block.tag)
            if heading is None:
                return None
            classes = (heading.attributes.get("class") or "").strip()
            return (block.tag, classes) if classes else None
    return None
