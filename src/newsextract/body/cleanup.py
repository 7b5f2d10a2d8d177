"""Inside the article region, keep the text blocks and drop the furniture.

Dropped: blocks under a boilerplate-named container (share bars, related lists, author
boxes) below the region's top, teaser cards (a small nested ``<article>``), link-dense blocks,
ad labels / read-more / byline / credit lines and labelled teaser links, the page title,
repeated blocks, and headings left without a paragraph under them; ``text_edges.trim_tail``
then cuts the notes about the article that close it (author bios, first-published notes).
``judge_blocks`` tells each block's fate with its reason (``newsextract explain`` shows them).

This module orders the passes; each has its own module: ``judging`` (what the page reads
once), ``first_verdicts`` (each block alone; its text by ``text_verdicts``, a control's label
by ``control_labels``), then the second looks: ``linked_lines`` (lines judged by their links,
weighed against their neighbours), ``dated_facts``, ``boxes`` (prompt boxes, teaser cards,
furniture-named containers), ``tables`` (data tables and fact boxes), ``entries`` (comments,
signed entries, forum posts, chronologies), ``linked_lists`` (lists of links that are the
text's), ``finish`` (the last pass: repeats, pull quotes, orphans); ``reasons`` (the reasons
``explain`` prints) and ``strictness`` (what ``favor`` changes).
"""

from __future__ import annotations

from newsextract.body.action_strips import without_action_strip
from newsextract.body.author_cards import without_author_card_role
from newsextract.body.before_title import without_titled_boxes_before_title
from newsextract.body.block_records import as_blocks
from newsextract.body.cards import without_card_summaries
from newsextract.body.closing_pointers import without_closing_pointer
from newsextract.body.contact_tails import without_contact_head
from newsextract.body.counted_boxes import without_counted_boxes
from newsextract.body.dated_facts import with_dated_facts
from newsextract.body.dated_posts import without_dated_posts
from newsextract.body.described_captions import with_described_captions
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
    finish,
    without_pull_quotes,
)
from newsextract.body.first_verdicts import first_verdicts
from newsextract.body.judging import Judging
from newsextract.body.label_runs import with_linked_label_lines
from newsextract.body.linked_lines import (
    with_linked_names_in_runs,
    with_linked_sentences_in_text,
    with_quote_lead_ins,
    without_closing_enumeration,
)
from newsextract.body.linked_lists import (
    with_numbered_entries,
)
from newsextract.body.media_boxes import without_media_box_lines
from newsextract.body.model import (
    Block,
)
from newsextract.body.neighbour_entries import without_neighbour_entries
from newsextract.body.reasons import (
    Judged,
)
from newsextract.body.region_record import Region
from newsextract.body.scoring import Tally
from newsextract.body.strictness import STRICTNESS
from newsextract.body.tables import (
    with_data_boxes,
    with_key_facts,
    with_profile_text,
    with_prose_boxes,
)
from newsextract.body.walk_records import Walk


def select_blocks(walked: Walk, sums: Tally, region: Region, favor: str) -> list[Block]:
    """The kept blocks of the region, in page order."""
    judged = judge_blocks(walked, sums, region, favor)
    return as_blocks(walked, (block for block, reason in judged if reason is None))


def judge_blocks(walked: Walk, sums: Tally, region: Region, favor: str) -> list[Judged]:
    """Every block of the region with the reason it is dropped (``None`` when kept), in page
    order: what ``select_blocks`` keeps and what ``body.decisions`` shows. Each block is
    judged alone first (``first_verdicts``), then against its neighbours (``_second_looks``)."""
    page = Judging(walked, sums, region, STRICTNESS.get(favor, STRICTNESS["balanced"]))
    return _second_looks(page, first_verdicts(page))


def _second_looks(page: Judging, candidates: list[Judged]) -> list[Judged]:
    """The first verdicts weighed against their neighbours, pass after pass in this order:
    text given back (numbered entries, key facts, linked names in runs, quote lead-ins…) and
    furniture found (comments, excerpt cards, signed entries, action strips…), then
    ``finish`` (repeats, orphans) and the pull quotes."""
    walked, sums, named = page.walked, page.sums, page.named
    candidates = without_closing_enumeration(candidates, page.strict.max_density)
    candidates = without_unnamed_comments(candidates)
    candidates = without_excerpt_lists(walked, candidates)
    candidates = with_numbered_entries(walked, candidates)
    candidates = with_key_facts(walked, candidates, named)
    candidates = with_data_boxes(walked, candidates, named)
    candidates = with_prose_boxes(walked, candidates, named)
    candidates = with_profile_text(walked, candidates, named)
    candidates = with_dated_facts(walked, candidates)
    candidates = with_dated_fact_rows(walked, candidates)
    candidates = with_dated_field_lines(walked, candidates, named)
    candidates = with_posts_of_tables(candidates)
    candidates = with_quote_lead_ins(candidates)
    candidates = with_linked_names_in_runs(walked, candidates)
    candidates = with_linked_label_lines(walked, candidates)
    candidates = with_linked_sentences_in_text(walked, candidates)
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
