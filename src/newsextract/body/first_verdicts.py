"""Each block of the region judged alone, the first verdict ``cleanup`` weighs afterwards:
its place (in a prompt box, under a furniture-named container), a table row's kind (a layout
table's, a row of links, a data table's one-cell row), a caption's picture credit cut, and
the text itself (``text_verdicts``). Apart from ``cleanup``, which orders the passes, since
this is the one pass that runs per block of the region."""

from __future__ import annotations

from newsextract.body.boxes import (
    furniture_above,
)
from newsextract.body.control_labels import labels_a_control
from newsextract.body.credit_lines import without_credit
from newsextract.body.finish import (
    UNDER_FURNITURE,
)
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.judging import Judging
from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    TABLE_ROW,
    TERM,
    BlockKind,
)
from newsextract.body.post_templates import is_answer_count_heading
from newsextract.body.prompts import is_box_prompt
from newsextract.body.reader_asks import (
    is_shaped_ask,
)
from newsextract.body.reasons import (
    ANSWER_COUNT,
    CONTROL_LABEL,
    FURNITURE_LINE,
    IN_PROMPT_BOX,
    LAYOUT_ROW,
    LINKED_ROW,
    PRECISION_LIST,
    READER_ASK,
    Judged,
    describe,
)
from newsextract.body.region_data import linked_name_row
from newsextract.body.region_lines import holds_prose_cell
from newsextract.body.tables import (
    as_kind,
    cell_count,
    linked_value_row,
)
from newsextract.body.text_verdicts import term_of, text_verdict
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.label_lists import LabelList
from newsextract.labels import starts_with

_TABLE_LINKS = 0.5


# The blocks of a page given the furniture line tests (a date line, a byline, a credit…),
# the rest read as text: ten times the most a dev page gives them (482). A page of 40,000
# date lines ("Published 3 March 2015 at 10:05") spent 3 s of CPU on them and on the
# fallback its empty body then called for (now 1.2 s).
_LINE_TESTS = 5_000


def first_verdicts(page: Judging) -> list[Judged]:
    """Each block the region holds, and each loose one before its text ends
    (``after_region``), with its verdict read from the block alone: its place (in a prompt
    box, under furniture), its kind, its text."""
    walked, sums, strict, region = page.walked, page.sums, page.strict, page.region
    held_at, prompts, pairs, controls = page.held_at, page.prompts, page.pairs, page.controls
    boxes, after, bad_at = page.boxes, page.after, walked.containers.bad
    line_tests = _LINE_TESTS  # the blocks still given the furniture line tests
    candidates: list[Judged] = []
    for index, block in enumerate(walked.blocks):
        if not (held_at[index] or (index in region.loose and index < after)):
            continue
        if pairs and index in pairs:
            block = as_kind(block, pairs[index])  # a box's label and value: term, definition
        if block.caption:
            block = _without_credit(block)
        reason: str | None = None
        if boxes.ranges and boxes.holds(block.container):
            reason = IN_PROMPT_BOX
        elif block.kind is HEADING and is_answer_count_heading(walked, sums, index):
            reason = ANSWER_COUNT
        elif bad_at[block.container] > region.top:
            reason = _under_furniture(page, block, len(candidates))
        if block.kind is TABLE_ROW and cell_count(block) > 1:
            if reason is None:
                reason = _row_verdict(page, block)
        elif block.kind is TABLE_ROW and page.data_tables.has_columns(block.container):
            if reason is None and line_tests:
                line_tests -= 1
                reason = _one_cell_row_verdict(block)
        elif reason is None:
            prompt = index in prompts if held_at[index] else is_box_prompt(block.text)
            term = _term_before(walked, pairs, index) if block.kind is DEFINITION else None
            lines = line_tests > 0
            reason = text_verdict(block, strict.max_density, prompt=prompt, term=term, lines=lines)
            line_tests = max(0, line_tests - 1)
            if reason == FURNITURE_LINE and _credits_table_figures(walked, block):
                reason = None  # a table figure's "Source: …" credits its figures
            elif reason == FURNITURE_LINE and block.kind is DEFINITION:
                page.dated_terms = True  # a definition read as a stamp under its term
            if reason is None and is_shaped_ask(walked.blocks, index):
                reason = READER_ASK
        if reason is None and block.kind is LIST_ITEM and not strict.lists:
            reason = PRECISION_LIST
        if reason is None and labels_a_control(walked, sums, index, controls):
            reason = CONTROL_LABEL
        candidates.append((block, reason))
    return candidates


def _under_furniture(page: Judging, block: RawBlock, position: int) -> str | None:
    """Why a block under a boilerplate-named container below the region's top is dropped
    (the container it names, kept in ``named`` at the block's ``position``), ``None`` when
    that container is no furniture here (``furniture_above``)."""
    walked, container = page.walked, block.container
    key = (container, block.kind in _DATA_BLOCKS, block.kind in _FACT_BLOCKS)
    furniture = page.above.get(key, -2)
    if furniture == -2:
        furniture = page.above[key] = furniture_above(
            walked,
            page.sums,
            page.region,
            container,
            page.floor,
            page.groups,
            page.headings,
            data=key[1],
            facts=key[2],
        )
    if furniture < 0:
        return None
    page.named[position] = furniture
    return f"{UNDER_FURNITURE} ({describe(walked, furniture)})"


def _row_verdict(page: Judging, block: RawBlock) -> str | None:
    """Why a table's row of two cells or more is dropped: a layout table's (unless favor
    takes tables, or a cell holds prose), or mostly links that are not a data table's own
    (a name linked to its page, its values or its titles linked)."""
    walked, sums, tables, container = page.walked, page.sums, page.data_tables, block.container
    if not (page.strict.tables or tables.holds(walked, sums, container) or holds_prose_cell(block)):
        return LAYOUT_ROW
    if (
        block.links
        and block.links / len(block.text) > _TABLE_LINKS
        and not linked_name_row(block)
        and not (
            linked_value_row(block)
            and tables.holds(walked, sums, container)
            and tables.links_values(container)
        )
        and not (tables.holds(walked, sums, container) and tables.titles_links(container))
    ):
        return LINKED_ROW
    return None


def _one_cell_row_verdict(block: RawBlock) -> str | None:
    """Why a data table's row of one cell is dropped: a furniture line, not the table's
    credit. Such a row (its name, linked to its own page; the other cells ticks drawn as
    images) is the table's, not a list of links (a navigation box's title row spans its
    rows of links: one column, no data); a row crediting its figures ("Source: Eurostat",
    its <tfoot>) is the table's own, not the article's credit."""
    if is_furniture_line(block.text) and not _credits(block.text):
        return FURNITURE_LINE
    return None


def _term_before(walked: Walk, pairs: dict[int, BlockKind], index: int) -> str | None:
    """The term a definition describes: a fact pair's label right before it, or the
    ``<dt>`` over it (``term_of``)."""
    if index in pairs:
        return walked.blocks[index - 1].text
    return term_of(walked.blocks, index)


def _credits_table_figures(walked: Walk, block: RawBlock) -> bool:
    """Whether a caption credits a table figure's figures ("Source: …" under a table in a
    ``<figure>``): the table's credit, not a picture's."""
    return block.caption and _credits(block.text) and _captions_a_table(walked, block.container)


def _without_credit(block: RawBlock) -> RawBlock:
    """A figure's caption without the picture credit that ends it: the caption is kept as
    one (rendered as such), the credit is no more the article's than a credit line is."""
    text = without_credit(block.text)
    if text == block.text:
        return block
    return RawBlock(
        text,
        block.kind,
        block.level,
        block.container,
        min(block.links, len(text)),
        block.tag,
        caption=True,
    )


_FACT_BLOCKS = frozenset({TABLE_ROW, TERM, DEFINITION})


# The blocks a data section beside the text is made of (``region_data.data_after``), and the
# heading that titles it: a caption or a paragraph under the article's own word ("image-
# widget" beside "article-widgets") stays judged by its container's name (the evaluation
# truths leave captions out: read as text they cost fundus half A 0.9638 -> 0.9624).
_DATA_BLOCKS = frozenset({TABLE_ROW, TERM, DEFINITION, HEADING})


# A figure's caption sits this many boxes below its <figure> at most (a <figcaption>, a
# <p> or <span> in it).
_CAPTION_REACH = 3


def _captions_a_table(walked: Walk, container: int) -> bool:
    """Whether a caption's ``<figure>`` holds a table: its "Source: …" credits the table's
    figures, as a data table's source row does, and is the table's, not a picture's credit."""
    tags, parents = walked.containers.tag, walked.containers.parent
    for _ in range(_CAPTION_REACH):
        if container < 0:
            return False
        if tags[container] == "figure":
            return walked.containers.nodes[container].css_first("table") is not None
        container = parents[container]
    return False


def _credits(text: str) -> bool:
    """Whether ``text`` opens with a credit label ("Source:", "Quelle:", "Nguồn:")."""
    return starts_with(LabelList.CREDIT).match(text) is not None
