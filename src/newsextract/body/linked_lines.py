"""Lines the first verdicts judged by their links alone, weighed again against their
neighbours: a linked lead-in before a kept quotation, a linked name in a run of short lines,
a sentence most of whose words are a link between paragraphs of the text (all given back),
and a list of linked names closing the text alone (dropped: the article's tags). Passes of
the cleanup's second looks."""

from __future__ import annotations

from newsextract.body.characters import closes_sentence
from newsextract.body.linked_lists import (
    LEAD_IN_COLONS,
)
from newsextract.body.linked_prose import FULL_STOP, NOT_A_STATEMENT
from newsextract.body.model import (
    HEADING,
    PARAGRAPH,
    QUOTE,
)
from newsextract.body.post_templates import signature
from newsextract.body.reasons import (
    CLOSING_ENUMERATION,
    LINK_LIST,
    Judged,
)
from newsextract.body.text_verdicts import linked_enumeration
from newsextract.body.walk_records import RawBlock, Walk

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


def with_quote_lead_ins(candidates: list[Judged]) -> list[Judged]:
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


def with_linked_names_in_runs(walked: Walk, candidates: list[Judged]) -> list[Judged]:
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


def with_linked_sentences_in_text(walked: Walk, candidates: list[Judged]) -> list[Judged]:
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


def without_closing_enumeration(candidates: list[Judged], max_density: float) -> list[Judged]:
    """Drop a list of linked names that closes the text alone: the article's tags under a
    label no language list knows ("Klartext Artikel abgelegt unter: Haushalt, Bundestag").
    A list in the text has the text go on after it, or is one of a series (the places of
    each region a report lists, "熊本県：…" under "宮崎県：…", may close it)."""
    kept = [index for index, (_, reason) in enumerate(candidates) if reason is None]
    if not kept or not linked_enumeration(candidates[kept[-1]][0], max_density):
        return candidates
    if len(kept) > 1 and linked_enumeration(candidates[kept[-2]][0], max_density):
        return candidates
    block = candidates[kept[-1]][0]
    out = list(candidates)
    out[kept[-1]] = (block, f"{CLOSING_ENUMERATION} ({block.links / len(block.text):.0%} links)")
    return out
