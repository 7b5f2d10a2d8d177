"""What judging a page's blocks reads once, before any block is judged: the region's prompt
boxes and teaser cards, its data tables and fact pairs, the share of its prose a misnamed
container holds; and what the first verdicts leave for the passes after them. Apart from
``cleanup`` because both ``first_verdicts`` and the second looks (``cleanup``) read it."""

from __future__ import annotations

from newsextract.body.boxes import (
    add_cards,
    after_region,
    prompt_boxes,
)
from newsextract.body.model import (
    HEADING,
)
from newsextract.body.reader_asks import (
    prompts_are_subject,
)
from newsextract.body.region_record import Region
from newsextract.body.scoring import Tally
from newsextract.body.strictness import Strictness
from newsextract.body.tables import (
    DataTables,
    fact_pairs,
)
from newsextract.body.walk_records import Walk

# A furniture-named container holding this share of the region's prose is misnamed (a body
# wrapped in "article__teaser"): no box of furniture holds nearly half of a page's text.
_MISNOMER_SHARE = 0.4


class Judging:
    """What judging a page's blocks reads (the region's prompt boxes and teaser cards, its
    data tables and fact pairs) and what the first verdicts leave for the passes after them
    (``named``, ``dated_terms``). A plain class with slots, not attrs: attrs writes a class's
    methods at import (``Strictness`` says the same)."""

    __slots__ = (
        "above",
        "after",
        "boxes",
        "controls",
        "data_tables",
        "dated_terms",
        "floor",
        "groups",
        "headings",
        "held_at",
        "named",
        "pairs",
        "prompts",
        "region",
        "strict",
        "sums",
        "walked",
    )

    def __init__(self, walked: Walk, sums: Tally, region: Region, strict: Strictness) -> None:
        self.walked, self.sums, self.region, self.strict = walked, sums, region, strict
        self.floor = region.mass(sums) * _MISNOMER_SHARE
        holds = region.holds
        # whether the region holds each block, read by three passes
        self.held_at = held_at = [holds(block.container) for block in walked.blocks]
        boxes, prompts = prompt_boxes(walked, sums, region, held_at)
        if prompts and not boxes.ranges and prompts_are_subject(walked.blocks, held_at, prompts):
            prompts = set()  # the text is about the newsletter: its words ask nothing here
        add_cards(walked, sums, region, boxes)
        self.boxes, self.prompts = boxes, prompts
        self.groups: dict[tuple[str, str], float] = {}
        self.headings = sorted(b.container for b in walked.blocks if b.kind is HEADING)
        self.data_tables = DataTables(walked)
        self.after = after_region(walked, region, held_at)
        self.pairs = fact_pairs(walked, held_at)
        # ``furniture_above`` of each (container, data, facts) met: blocks of one container
        # climb the same chain of boilerplate-named containers; one below none inside the
        # region is -1.
        self.above: dict[tuple[int, bool, bool], int] = {}
        self.named: dict[int, int] = {}  # a position dropped under furniture: the named container
        # ``labels_a_control``'s look at a container's children
        self.controls: dict[int, bool] = {}
        self.dated_terms = False  # a definition dropped as a stamp: ``with_dated_terms`` looks then
