"""Inside the article region, keep the text blocks and drop the furniture.

Dropped: blocks under a boilerplate-named container (share bars, related lists, author
boxes) below the region's top, teaser cards (a small nested ``<article>``), link-dense blocks,
ad labels / read-more / byline / credit lines and labelled teaser links, the page title,
repeated blocks, and headings left without a paragraph under them; ``trim_tail`` then cuts
the notes about the article that close it (author bios, first-published notes).
``judge_blocks`` tells each block's fate with its reason (``newsextract explain`` shows them).

This module orders the passes; each kind of content has its own module: ``boxes`` (prompt
boxes, teaser cards, furniture-named containers), ``tables`` (data tables and fact boxes),
``entries`` (comments, signed entries, forum posts, chronologies), ``linked_lists`` (lists
of links that are the text's), ``finish`` (the last pass: repeats, pull quotes, orphans),
``reasons`` (the reasons ``explain`` prints) and ``strictness`` (what ``favor`` changes).
"""

from __future__ import annotations

import logging
import re

import attrs
from selectolax.lexbor import LexborNode

from newsextract.body.about_lines import (
    is_about_label,
    is_about_line,
    is_copy_note,
    is_reader_note,
)
from newsextract.body.action_strips import without_action_strip
from newsextract.body.author_cards import without_author_card_role
from newsextract.body.before_title import without_titled_boxes_before_title
from newsextract.body.block_records import as_blocks
from newsextract.body.boxes import (
    add_cards,
    after_region,
    furniture_above,
    prompt_boxes,
)
from newsextract.body.cards import without_card_summaries
from newsextract.body.characters import closes_sentence, is_smiley, latin_width
from newsextract.body.closing_pointers import without_closing_pointer
from newsextract.body.contact_tails import without_contact_head
from newsextract.body.control_lines import (
    PAGE_CONTROL_LINE,
    is_pagination_line,
    is_rating_scale,
    is_sort_control,
)
from newsextract.body.counted_boxes import without_counted_boxes
from newsextract.body.credit_lines import without_closing_credit, without_credit
from newsextract.body.date_lines import is_date_line
from newsextract.body.dated_posts import without_dated_posts
from newsextract.body.described_captions import with_described_captions
from newsextract.body.disclaimers import before_disclaimer
from newsextract.body.entries import (
    with_chronology,
    with_dated_terms,
    with_posts_of_tables,
    with_schedule_lines,
    without_signed_entries,
    without_unnamed_comments,
)
from newsextract.body.excerpt_lists import without_excerpt_cards, without_excerpt_lists
from newsextract.body.fact_rows import with_dated_fact_rows
from newsextract.body.field_lines import with_dated_field_lines
from newsextract.body.finish import (
    DEFINITIONS_PER_TERM,
    SENTENCE_HEADING,
    UNDER_FURNITURE,
    finish,
    without_pull_quotes,
)
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.label_runs import with_linked_label_lines
from newsextract.body.linked_lists import (
    LEAD_IN_COLONS,
    with_numbered_entries,
)
from newsextract.body.linked_prose import FULL_STOP, NOT_A_STATEMENT, is_linked_sentence
from newsextract.body.media_boxes import without_media_box_lines
from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    PREFORMATTED,
    QUOTE,
    TABLE_ROW,
    TERM,
    Block,
    BlockKind,
    filled_cells,
)
from newsextract.body.neighbour_entries import without_neighbour_entries
from newsextract.body.post_templates import is_answer_count_heading, signature
from newsextract.body.poster_lines import POSTER_LINE_CHARS, is_poster_card
from newsextract.body.prompts import is_box_prompt
from newsextract.body.reader_asks import (
    appeal_opening,
    is_edge_ask,
    is_shaped_ask,
    kept_prompts_are_subject,
    prompts_are_subject,
)
from newsextract.body.reasons import (
    ANSWER_COUNT,
    CLOSING_ENUMERATION,
    CONTROL_LABEL,
    COUNTS_LINE,
    FURNITURE_LINE,
    IN_PROMPT_BOX,
    LAYOUT_ROW,
    LINK_LIST,
    LINKED_HEADING,
    LINKED_ROW,
    NO_WORDS,
    PAGE_CONTROL,
    PAGE_TITLE,
    POSTER_CARD,
    PRECISION_LIST,
    PROMPT_LINE,
    READER_ASK,
    REPLY_SUBJECT,
    SIGNATURE,
    TEASER_LINK,
    Judged,
)
from newsextract.body.region_data import linked_name_row
from newsextract.body.region_lines import holds_prose_cell
from newsextract.body.region_record import Region
from newsextract.body.scoring import Tally
from newsextract.body.seek_links import is_chapter_button
from newsextract.body.strictness import STRICTNESS, Strictness
from newsextract.body.tables import (
    DataTables,
    as_kind,
    cell_count,
    fact_pairs,
    linked_value_row,
    with_data_boxes,
    with_key_facts,
    with_profile_text,
    with_prose_boxes,
)
from newsextract.body.teaser_lines import (
    is_excerpt,
    is_labelled_enumeration,
    is_summary_of_elsewhere,
    is_teaser_link,
)
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.label_lists import LabelList
from newsextract.labels import starts_with
from newsextract.lazy_regex import LazyPattern
from newsextract.text import word_count

logger = logging.getLogger(__name__)

# A furniture-named container holding this share of the region's prose is misnamed (a body
# wrapped in "article__teaser"): no box of furniture holds nearly half of a page's text.
_MISNOMER_SHARE = 0.4
# A <p> this long is prose even when most of its words are inline links (a paragraph of
# sources, each named and linked), as long as some of it is not linked.
_LONG_PARAGRAPH = 100
# A letter or figure of any script: a block without one says nothing ("_ ¯", "• • •").
_NO_WORD = LazyPattern(r"[^\W_]")
# Nine digits or more alone: a Unix time ("1709418524") or an id a script wrote out, never
# a figure a text gives alone (those are shorter, or carry a unit).
_BARE_NUMBER = LazyPattern(r"\W*\d{9,}\W*")
# A position alone ("1/6", "12 / 40"): a slideshow's or a pager's counter, which says where
# the reader is, not what the page says (a fraction the text gives carries a unit or a word).
_COUNTER = LazyPattern(r"\W*\d{1,3}\s*/\s*\d{1,3}\W*")
# Counts alone, each with the one word it counts ("1.204 postări 3.380 urmăritori", "214 posts
# 12 following"): a profile's or a post's tallies, two at least (one is a figure the text
# may give alone: "42 km"). A word of three letters or more, not in capitals: a spec line's
# units and names ("30 x 40 x 12 cm", "2 USB 3 HDMI") are values. A count
# eats digits, separators and spaces only and a word letters only: no far backtracking.
_COUNTS_LINE = LazyPattern(r"(?:\d[\d.,\s]*([^\W\d_]{3,})\W*){2,}")
_COUNTED_WORD = LazyPattern(r"\d[\d.,\s]*([^\W\d_]+)")


def _is_counts_line(block: RawBlock) -> bool:
    """Whether a paragraph is counts alone, each with its word (``_COUNTS_LINE``)."""
    text = block.text
    if block.kind is not PARAGRAPH or not text[0].isdigit():
        return False
    if _COUNTS_LINE.fullmatch(text) is None:
        return False
    return not any(word.isupper() for word in _COUNTED_WORD.findall(text))


# A code block's line numbers set in a <pre> of their own beside it (Pygments' and Rouge's
# tables of a gutter cell and a code cell): numbers alone, one a line.
_LINE_NUMBERS = LazyPattern(r"\s*\d+(?:\s+\d+)+\s*")
# The closing notes looked at: at most this many blocks from the end, each a lead-in line
# of at most this many characters.
_TAIL_REACH = 6
_LEAD_IN = 200
# A lead-in of two clauses, a comma and a space between words, eight words or more ("So it
# looked when the dog first saw her, sniffed and licked her:"), is the text's own sentence
# leading into a picture or a quotation the page shows, not a box's label left over ("Read
# more in our live blog:", "For more, follow us:", "更多精彩内容，请关注："): on half A of the
# dev sets no label dropped there had a comma.
_CLAUSES = LazyPattern(r"[^\W\d_][,،]\s+[^\W\d_]")
_CLAUSE_WORDS = 8
# An author box's label ("About the author", "この記事を書いた人") is a few words; the box
# under it (a name, a desk, a line of bio) is short lines, none longer than a lead-in.
_AUTHOR_BOX_LABEL = 40
# A closing line that is only a short bracketed name ("（小林美咲）", "(dpa)", "(jr)"): the
# writer's or the agency's credit, which Japanese and German papers set after the text; a
# name or two fit in this many characters.
_BRACKETED_CREDIT = LazyPattern(r"^\s*[(（【\[][^()（）【】\[\]]{1,30}[)）】\]]\s*$")
# A question of a few words closing the page ("Schon gelesen?", "Was this article helpful?
# (95 votes)", "この記事は役に立ちましたか？") asks the reader to act; an article's own closing
# question is a sentence. Latin letters (a wide character weighs three); the question mark
# of any script: full-width, Arabic, and the Greek one (";" as NFC writes U+037E) after a
# Greek letter.
_TAIL_QUESTION = 60
_QUESTION_END = LazyPattern(r"(?:[?？؟]|(?<=[\u0370-\u03ff\u1f00-\u1fff]);)\s*(?:\([^()]*\))?\s*$")
# A single word trailing off ("Loading...", "Wird geladen …") is a widget's state.
_WIDGET_STATE = LazyPattern(r"^\W*\w+\s*(?:\.\.\.|…)\s*$")
# A heading that is mostly a link is a teaser's headline.
_LINKED_HEADING = 0.6
# The subject of a reply, as mail and forums write it in every language ("Re: …", RFC 5322's
# Latin "in re"; "Re[2]: …" counts the replies): a post's heading that only repeats the
# thread's title, never a section of the text.
_REPLY_PREFIX = LazyPattern(r"\s*re(?:\[\d+\])?\s*:\s", re.IGNORECASE)
# A heading numbered as a section of the text ("4. Diskussion", "2.1 Ergebnisse", "IV. …"):
# the text's own, whatever its word (a paper's "Diskussion" is a comment section's label
# too). A count before a label ("3 Kommentare") has no dot after its number.
# Its digits are read whole (possessive): "(?:\d+\.?)*" split a run of digits in every way
# before failing, a time doubling with each digit ("1." and 22 digits then "x": 2 s).
_NUMBERED_SECTION = LazyPattern(r"(?:\d+\.(?:\d++\.?)*+|[IVXLC]+\.)\s")
# A signature delimiter on a line of its own opening the block, and the signature under it:
# mail's and Usenet's "-- " (RFC 3676, 4.3; its space is lost with the line's end) and the
# rule of underscores forum software prints above a poster's signature (vBulletin's
# "__________________"). Ten underscores or more: a blank to fill in ("Name: ____") is
# shorter and not alone on its line.
_SIGNATURE = LazyPattern(r"(?:--|_{10,})[ \t]*\n")
_TABLE_LINKS = 0.5


# The blocks of a page given the furniture line tests (a date line, a byline, a credit…),
# the rest read as text: ten times the most a dev page gives them (482). A page of 40,000
# date lines ("Published 3 March 2015 at 10:05") spent 3 s of CPU on them and on the
# fallback its empty body then called for (now 1.2 s).
_LINE_TESTS = 5_000


def select_blocks(walked: Walk, sums: Tally, region: Region, favor: str) -> list[Block]:
    """The kept blocks of the region, in page order."""
    judged = judge_blocks(walked, sums, region, favor)
    return as_blocks(walked, (block for block, reason in judged if reason is None))


def judge_blocks(walked: Walk, sums: Tally, region: Region, favor: str) -> list[Judged]:
    """Every block of the region with the reason it is dropped (``None`` when kept), in page
    order: what ``select_blocks`` keeps and what ``body.decisions`` shows. Each block is
    judged alone first (``_first_verdicts``), then against its neighbours (``_second_looks``)."""
    page = _Judging(walked, sums, region, STRICTNESS.get(favor, STRICTNESS["balanced"]))
    return _second_looks(page, _first_verdicts(page))


class _Judging:
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
        # ``_labels_a_control``'s look at a container's children
        self.controls: dict[int, bool] = {}
        self.dated_terms = False  # a definition dropped as a stamp: ``with_dated_terms`` looks then


def _first_verdicts(page: _Judging) -> list[Judged]:
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
            reason = _text_verdict(block, strict.max_density, prompt=prompt, term=term, lines=lines)
            line_tests = max(0, line_tests - 1)
            if reason == FURNITURE_LINE and _credits_table_figures(walked, block):
                reason = None  # a table figure's "Source: …" credits its figures
            elif reason == FURNITURE_LINE and block.kind is DEFINITION:
                page.dated_terms = True  # a definition read as a stamp under its term
            if reason is None and is_shaped_ask(walked.blocks, index):
                reason = READER_ASK
        if reason is None and block.kind is LIST_ITEM and not strict.lists:
            reason = PRECISION_LIST
        if reason is None and _labels_a_control(walked, sums, index, controls):
            reason = CONTROL_LABEL
        candidates.append((block, reason))
    return candidates


def _under_furniture(page: _Judging, block: RawBlock, position: int) -> str | None:
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


def _row_verdict(page: _Judging, block: RawBlock) -> str | None:
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
    ``<dt>`` over it (``_term_of``)."""
    if index in pairs:
        return walked.blocks[index - 1].text
    return _term_of(walked.blocks, index)


def _credits_table_figures(walked: Walk, block: RawBlock) -> bool:
    """Whether a caption credits a table figure's figures ("Source: …" under a table in a
    ``<figure>``): the table's credit, not a picture's."""
    return block.caption and _credits(block.text) and _captions_a_table(walked, block.container)


def _second_looks(page: _Judging, candidates: list[Judged]) -> list[Judged]:
    """The first verdicts weighed against their neighbours, pass after pass in this order:
    text given back (numbered entries, key facts, linked names in runs, quote lead-ins…) and
    furniture found (comments, excerpt cards, signed entries, action strips…), then
    ``finish`` (repeats, orphans) and the pull quotes."""
    walked, sums, named = page.walked, page.sums, page.named
    candidates = _without_closing_enumeration(candidates, page.strict.max_density)
    candidates = without_unnamed_comments(candidates)
    candidates = without_excerpt_lists(walked, candidates)
    candidates = with_numbered_entries(walked, candidates)
    candidates = with_key_facts(walked, candidates, named)
    candidates = with_data_boxes(walked, candidates, named)
    candidates = with_prose_boxes(walked, candidates, named)
    candidates = with_profile_text(walked, candidates, named)
    candidates = _with_dated_facts(walked, candidates)
    candidates = with_dated_fact_rows(walked, candidates)
    candidates = with_dated_field_lines(walked, candidates, named)
    candidates = with_posts_of_tables(candidates)
    candidates = _with_quote_lead_ins(candidates)
    candidates = _with_linked_names_in_runs(walked, candidates)
    candidates = with_linked_label_lines(walked, candidates)
    candidates = _with_linked_sentences_in_text(walked, candidates)
    candidates = without_card_summaries(walked, sums, candidates)
    candidates = without_excerpt_cards(walked, sums, candidates)
    candidates = without_neighbour_entries(walked, candidates)
    candidates = without_signed_entries(walked, candidates)
    candidates = with_schedule_lines(walked, with_chronology(walked, candidates))
    if page.dated_terms:
        candidates = with_dated_terms(candidates)
    candidates = without_closing_pointer(walked, candidates)
    candidates = without_contact_head(candidates)
    candidates = without_action_strip(walked, candidates)
    candidates = without_counted_boxes(walked, candidates)
    candidates = without_dated_posts(walked, candidates)
    candidates = without_author_card_role(candidates)
    candidates = without_titled_boxes_before_title(walked, candidates)
    candidates = without_media_box_lines(walked, sums, candidates)
    candidates = with_described_captions(candidates)
    return without_pull_quotes(walked, finish(walked, candidates))


# A definition list of key facts (an event's place and tickets, a product's weight) gives
# its date and time as facts too ("Data: 14 iunie 2025", "Ora: 19:00"), which read under
# their terms look like a page's stamp. When this many of the list's definitions are kept
# and are no dates, its dated definitions are the facts': a post's meta list names its
# author and category beside the date, which go as byline and category lines.
_DATED_FACTS = 2


def _with_dated_facts(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with the dated definitions of a key-facts list kept (``_DATED_FACTS``)."""
    lists: dict[int, list[int]] = {}  # a definition list's container: its definitions
    containers = walked.containers
    for position, (block, _) in enumerate(candidates):
        if block.kind is DEFINITION:
            container = block.container
            if containers.tag[container] == "dd":
                container = containers.parent[container]
            lists.setdefault(container, []).append(position)
    out: list[Judged] | None = None
    for positions in lists.values():
        dated = [
            p
            for p in positions
            if candidates[p][1] == FURNITURE_LINE and is_date_line(candidates[p][0].text)
        ]
        if not dated:
            continue
        facts = sum(
            1
            for p in positions
            if candidates[p][1] is None and not is_date_line(candidates[p][0].text)
        )
        if facts < _DATED_FACTS:
            continue
        out = out if out is not None else list(candidates)
        for p in dated:
            out[p] = (out[p][0], None)
    return out if out is not None else candidates


# A line introducing the quotation after it names its source, linked ("From <a>the Harbour
# Courier</a>:", "<a>The Valley Times</a> reports:", "Transcript via <a>…</a>:"): mostly
# links, yet the text's own lead-in when a kept quotation follows it and kept text precedes
# it. A label over a box of links ("Read more:") has a list after it, not a quotation, and a
# quoted post's embed (a tweet) is furniture, so its lead-in stays out. At most this many
# characters: a lead-in is a line, a paragraph of links is a box.
_QUOTE_LEAD_IN = 120
# The marks opening a quotation set as paragraphs of their own rather than in a
# <blockquote> (a blog's italic excerpt, "“The operator said…"): German and Polish low
# marks, guillemets either way round (French, Danish), corner brackets (Japanese, Chinese).
_QUOTATION_OPENERS = ('"', "“", "„", "«", "»", "‘", "‚", "「", "『")


def _with_quote_lead_ins(candidates: list[Judged]) -> list[Judged]:
    """The candidates with a linked lead-in line before a kept quotation kept
    (``_QUOTE_LEAD_IN``), a <blockquote> or a quoted paragraph (``_is_quotation``)."""
    out: list[Judged] | None = None
    seen_text = False
    for position, (block, reason) in enumerate(candidates):
        if reason is None:
            seen_text = True
            continue
        if (
            seen_text
            and block.kind is PARAGRAPH
            and reason.startswith(LINK_LIST)
            and len(block.text) <= _QUOTE_LEAD_IN
            and block.text.rstrip().endswith(LEAD_IN_COLONS)
            and position + 1 < len(candidates)
            and candidates[position + 1][1] is None
            and _is_quotation(candidates[position + 1][0])
        ):
            out = out if out is not None else list(candidates)
            out[position] = (block, None)
    return out if out is not None else candidates


def _is_quotation(block: RawBlock) -> bool:
    """Whether a block is a quotation: a <blockquote>'s, or a paragraph opening with a
    quotation mark (``_QUOTATION_OPENERS``)."""
    return block.kind is QUOTE or (
        block.kind is PARAGRAPH and block.text.lstrip().startswith(_QUOTATION_OPENERS)
    )


# A run of short lines, each a paragraph of its own (an awards page's nominees under each
# category, a ballot's candidates, a line-up), may link a name to its own page: that line is
# the run's item, not a link list, when two kept lines of the run stand beside it, before or
# after (a heading right before it counts as one): short unlinked lines that close no
# sentence, each in a container of the linked line's template. A linked headline between
# paragraphs of prose, or a box of linked lines, has no such neighbours. A line of the run
# is a name's length at most (a name with a party or a role).
_RUN_LINE = 60
_RUN_NEIGHBOURS = 2


def _with_linked_names_in_runs(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with a linked name kept inside a run of short lines (``_RUN_LINE``)."""
    out: list[Judged] | None = None
    for position, (block, reason) in enumerate(candidates):
        if reason is None or not reason.startswith(LINK_LIST):
            continue
        template = signature(walked, block.container)
        if not _is_run_line(walked, block, template, linked=True):
            continue
        before = _run_lines(walked, candidates, range(position - 1, -1, -1), template)
        after = _run_lines(walked, candidates, range(position + 1, len(candidates)), template)
        if before + after >= _RUN_NEIGHBOURS:
            out = out if out is not None else list(candidates)
            out[position] = (block, None)
    return out if out is not None else candidates


# A sentence most of whose words are one link ("It also <a>runs the region's night
# buses</a>."), set between two kept paragraphs of the text in containers of their template
# (or after one, closing its section before a kept heading),
# is a sentence of the text: it closes with a full stop and holds words of its own (this many
# characters outside its links at least: a word of two letters, its space and the stop, "Er
# <a>…</a>."). A teaser's headline between paragraphs is wholly linked (its stop at most
# outside the link), sits in a box of its own template or closes no sentence.
_OWN_CHARS = 4
# Its neighbours are prose: paragraphs of a sentence's length at least.
_NEIGHBOUR_PROSE = 80


def _with_linked_sentences_in_text(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with a linked sentence kept between two kept paragraphs of its
    template, or after one and before a kept heading (``_OWN_CHARS``)."""
    out: list[Judged] | None = None
    for position in range(1, len(candidates) - 1):
        block, reason = candidates[position]
        if reason is None or not reason.startswith(LINK_LIST) or block.tag != "p":
            continue
        text = block.text.strip()
        if (
            len(text) - block.links < _OWN_CHARS
            or FULL_STOP.search(text) is None
            or NOT_A_STATEMENT.search(text) is not None
        ):
            continue
        template = signature(walked, block.container)
        after, after_reason = candidates[position + 1]
        if _is_text_paragraph(walked, candidates[position - 1], template) and (
            _is_text_paragraph(walked, candidates[position + 1], template)
            or (after.kind is HEADING and after_reason is None)
        ):
            out = out if out is not None else list(candidates)
            out[position] = (block, None)
    return out if out is not None else candidates


def _is_text_paragraph(walked: Walk, judged: Judged, template: tuple[str, str]) -> bool:
    """Whether a candidate is a kept paragraph of prose in a container of ``template``."""
    block, reason = judged
    return (
        reason is None
        and block.tag == "p"
        and len(block.text) >= _NEIGHBOUR_PROSE
        and closes_sentence(block.text)
        and signature(walked, block.container) == template
    )


def _run_lines(
    walked: Walk, candidates: list[Judged], positions: range, template: tuple[str, str]
) -> int:
    """How many kept lines of the run stand one after another at ``positions`` (at most
    ``_RUN_NEIGHBOURS``), a heading first in that order counting as one."""
    count = 0
    for position in positions:
        block, reason = candidates[position]
        if count == _RUN_NEIGHBOURS or reason is not None:
            break
        if _is_run_line(walked, block, template):
            count += 1
            continue
        if count == 0 and positions.step < 0 and block.kind is HEADING:
            count += 1
        break
    return count


def _is_run_line(
    walked: Walk, block: RawBlock, template: tuple[str, str], *, linked: bool = False
) -> bool:
    """Whether ``block`` is a short line of a run in a container of ``template``: a paragraph
    of a name's length that closes no sentence, without links unless ``linked``."""
    return (
        block.kind is PARAGRAPH
        and len(block.text) <= _RUN_LINE
        and (linked or not block.links)
        and not closes_sentence(block.text)
        and signature(walked, block.container) == template
    )


# A control's label is a word or three ("Ouvir texto", "Ascolta", "기사 듣기"); its box holds
# little more (a duration, "03:12").
_CONTROL_LABEL = 30
_CONTROL_BOX = 60
# The elements a label stands beside as a control's: a player's or a widget's button, an
# audio element, a list's drop-down ("Urutkan berdasarkan:" over a question's answers, a sort
# or filter control in any language), a toggle's check box ("Auto-update" over a live blog,
# its <input> in the <label> or beside it): all skipped by the walk, which sees only the label.
_CONTROLS = frozenset({"button", "audio", "select", "input"})


def _labels_a_control(walked: Walk, sums: Tally, index: int, seen: dict[int, bool]) -> bool:
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


def _linked_sentence(block: RawBlock) -> bool:
    """Whether a paragraph is a sentence whose names are linked (``is_linked_sentence``)."""
    return is_linked_sentence(block.text, block.links)


def _linked_enumeration(block: RawBlock, max_density: float) -> bool:
    """Whether a paragraph is a labelled list of linked names (``is_labelled_enumeration``)
    with more of its text linked than ``max_density``."""
    text = block.text
    return (
        block.tag == "p"
        and block.links > max_density * len(text)
        and is_labelled_enumeration(text, block.links)
    )


def _without_closing_enumeration(candidates: list[Judged], max_density: float) -> list[Judged]:
    """Drop a list of linked names that closes the text alone: the article's tags under a
    label no language list knows ("Klartext Artikel abgelegt unter: Haushalt, Bundestag").
    A list in the text has the text go on after it, or is one of a series (the places of
    each region a report lists, "熊本県：…" under "宮崎県：…", may close it)."""
    kept = [index for index, (_, reason) in enumerate(candidates) if reason is None]
    if not kept or not _linked_enumeration(candidates[kept[-1]][0], max_density):
        return candidates
    if len(kept) > 1 and _linked_enumeration(candidates[kept[-2]][0], max_density):
        return candidates
    block = candidates[kept[-1]][0]
    out = list(candidates)
    out[kept[-1]] = (block, f"{CLOSING_ENUMERATION} ({block.links / len(block.text):.0%} links)")
    return out


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


def describe(walked: Walk, container: int) -> str:
    """A container as its start tag shows it: ``<div class="share-bar">``. Its id and class
    as the walk kept them (a node's ``attributes`` makes a dict each time)."""
    cont = walked.containers
    shown = [cont.tag[container]]
    for name, value in (("id", cont.ids[container]), ("class", cont.classes[container])):
        if value:
            shown.append(f'{name}="{" ".join(value.split())}"')
    return f"<{' '.join(shown)}>"


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


def _text_verdict(
    block: RawBlock,
    max_density: float,
    *,
    prompt: bool,
    term: str | None = None,
    lines: bool = True,
) -> str | None:
    """Why a block does not read as the article's text, ``None`` when it does; ``prompt``:
    it asks for consent, a sign-up or a subscription (found once, by ``prompt_boxes`` for
    the region's blocks); ``term``: the term a definition (``<dd>``) describes; ``lines``:
    give it the furniture line tests (``_LINE_TESTS``)."""
    text = block.text
    if (_NO_WORD.search(text) is None and not is_smiley(text)) or (
        not text[0].isalpha()
        and (
            _BARE_NUMBER.fullmatch(text)
            or _COUNTER.fullmatch(text)
            or (block.kind is PREFORMATTED and _LINE_NUMBERS.fullmatch(text))
        )
    ):
        return NO_WORDS
    if _is_counts_line(block):
        return COUNTS_LINE
    if block.kind is HEADING:
        if block.links > _LINKED_HEADING * len(text):
            return LINKED_HEADING
        if block.level <= 1:
            return PAGE_TITLE
        if _REPLY_PREFIX.match(text):
            return REPLY_SUBJECT
        if lines and is_furniture_line(text) and not _NUMBERED_SECTION.match(text):
            return FURNITURE_LINE
        return None
    if block.links and block.links / len(text) > max_density and not _linked_prose(block):
        return f"{LINK_LIST}({block.links / len(text):.0%} of its text is links)"
    if block.links and (
        is_teaser_link(text, block.links)
        or is_excerpt(text, block.links)
        or is_summary_of_elsewhere(text, block.links)
    ):
        return TEASER_LINK
    if prompt:
        return PROMPT_LINE
    if block.kind is PREFORMATTED:
        return None  # code: the line tests read prose ("git@host:repo" is no contact line)
    if _SIGNATURE.match(text):
        return SIGNATURE
    if (
        block.kind is PARAGRAPH
        and len(text.partition("\n")[0]) <= POSTER_LINE_CHARS  # why: most are one long line
        and is_poster_card(text)
    ):
        return POSTER_CARD  # a card is a box's text: rows and items are a list's own lines
    if len(text) <= PAGE_CONTROL_LINE and (
        is_pagination_line(text) or is_sort_control(text) or is_rating_scale(text)
    ):
        return PAGE_CONTROL
    if block.caption and _SOURCE_ONLY.fullmatch(text):
        return FURNITURE_LINE  # a picture's source given as its caption: a credit
    if term is not None:
        # A definition is read under its term as under a label: a date is a page stamp
        # under "Published", the text's own under "Registration period".
        text = f"{term}: {text}"
    if not lines:
        return None
    list_item = block.kind is LIST_ITEM
    return FURNITURE_LINE if is_furniture_line(text, list_item=list_item) else None


def _linked_prose(block: RawBlock) -> bool:
    """Whether a paragraph dense with links is prose all the same: a long paragraph, even
    when most of its words are inline links; a list of names after a label ("宮崎県：高鍋町、
    新富町、宮崎市"), each name linked; a sentence whose names are linked. Asked only of a
    block over the link density (most blocks have no link: their tests cost 2 µs a line)."""
    text = block.text
    return block.tag == "p" and (
        (len(text) >= _LONG_PARAGRAPH and block.links < len(text))
        or _linked_enumeration(block, 0.0)
        or _linked_sentence(block)
    )


# A caption that is only where the picture comes from: a web address
# ("instagram.com/kulinermks", "(www.example.org/foto)") or an account ("@kulinermks"), as
# Indonesian and Indian media credit a picture taken from social media.
_SOURCE_ONLY = LazyPattern(
    r"\W*(?:(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?|@[\w.]+)\W*",
    re.IGNORECASE,
)


def _term_of(blocks: list[RawBlock], index: int) -> str | None:
    """The text of the term (``<dt>``) the definition at ``index`` describes, if any."""
    for at in range(index - 1, max(-1, index - 1 - DEFINITIONS_PER_TERM), -1):
        kind = blocks[at].kind
        if kind is TERM:
            return blocks[at].text
        if kind is not DEFINITION:
            return None
    return None


def trim_tail(blocks: tuple[Block, ...], *, book: bool = False) -> tuple[Block, ...]:
    """Drop what follows the article's last paragraph without being part of it: author bios,
    first-published and translation notes, a note to the reader ("Dear reader - …"), a
    heading label ("About the author") or a "more on this in our live blog:" lead-in left
    with nothing under it (its teaser was dropped), a short question to the reader ("Was this
    article useful?"), a widget's "Loading..." or a bracketed credit ("（小林美咲）").
    A heading that is a sentence stays: a listicle's last item may be only its heading.
    ``book``: the page describes a book, whose closing author box introduces its author."""
    end = min(len(blocks) if book else _before_author_box(blocks), before_disclaimer(blocks))
    stop = max(1, end - _TAIL_REACH)
    while end > stop:
        block = blocks[end - 1]
        if block.kind is PREFORMATTED or _data_row(block):
            break  # code, or a table's row of values, whatever its words say
        text = block.text
        lead_in = (
            len(text) <= _LEAD_IN
            and text.rstrip().endswith(LEAD_IN_COLONS)
            and (_CLAUSES.search(text) is None or word_count(text) < _CLAUSE_WORDS)
        )
        label = block.kind is HEADING and len(text) < SENTENCE_HEADING
        prompt = latin_width(text) <= _TAIL_QUESTION and (
            _QUESTION_END.search(text) is not None or _WIDGET_STATE.match(text) is not None
        )
        credit = _BRACKETED_CREDIT.match(text) is not None
        if not (
            label
            or lead_in
            or prompt
            or credit
            or is_about_line(text)
            or is_reader_note(text, [b.text for b in blocks[: end - 1]])
            or (
                len(text) <= _TAIL_PROMPT
                and is_box_prompt(text)
                and not kept_prompts_are_subject(blocks[:end])
            )
            or (block.kind is PARAGRAPH and is_edge_ask(text, closing=True))
        ):
            # An appeal's plea names no ask's words: its opening a paragraph or two before.
            opening = appeal_opening(blocks[:end])
            if opening is None:
                break
            end = opening + 1
        end -= 1
    return blocks[:end]


def trim_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Drop a note about the copy set over the article's first paragraph (a partner's "This
    article first appeared in …", ``about_lines.is_copy_note``) or the site's notice or ask
    there (a cookie notice as a bare paragraph, ``reader_asks.is_edge_ask``): the first
    block, when a paragraph of the text follows it. ``trim_tail`` cuts such notes after the text."""
    if (
        len(blocks) > 1
        and blocks[0].kind is PARAGRAPH
        and (is_copy_note(blocks[0].text) or is_edge_ask(blocks[0].text))
    ):
        return blocks[1:]
    return blocks


def _data_row(block: Block) -> bool:
    """Whether a block is a table's row of two values or more: a row of a table the text
    ends with (a board's "Treasurer | Name | address@…"), no note about the article, which
    is a sentence set alone."""
    return block.kind is TABLE_ROW and filled_cells(block.cells) > 1


# A sign-up or follow ask closing the text ("… sign up for our newsletters.", "Follow us on
# X for the latest updates") is a sentence or two: at most this many characters. A longer
# closing block naming a newsletter or a commission (a podcast's blurb, an affiliate
# disclosure of three sentences) is one the fundus truths keep (half A 0.967 -> 0.966).
_TAIL_PROMPT = 200


# The blocks whose text an agency's credit may close: a paragraph, a quoted one.
_CREDITED = frozenset({PARAGRAPH, QUOTE})


def cut_agency_credits(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], str]:
    """The blocks without the news agency's credit closing a paragraph ("… of the month.
    (Lusa)", ``credit_lines.without_closing_credit``): a credit, as a line of its own is, not
    text. Also the last credit cut ("(Lusa)", "" when none), where the metadata reads the
    story's source."""
    out: list[Block] = []
    credit = ""
    for block in blocks:
        if block.kind in _CREDITED:
            text = without_closing_credit(block.text)
            if text != block.text:
                credit = block.text[len(text) :]  # with the space before it: " /БТА/"
                block = attrs.evolve(block, text=text)
        out.append(block)
    return (tuple(out), credit) if credit else (blocks, "")


def _before_author_box(blocks: tuple[Block, ...]) -> int:
    """Where the author box closing the article starts (``len(blocks)`` when there is none):
    its label ("About the author") within the last blocks, followed by short lines only."""
    end = len(blocks)
    for at in range(end - 1, max(0, end - _TAIL_REACH) - 1, -1):
        text = blocks[at].text
        if len(text) > _LEAD_IN:
            break
        if at and len(text) <= _AUTHOR_BOX_LABEL and is_about_label(text):
            end = at
    return end
