"""The kept text's edges, once the blocks are chosen: the notes about the article that close
it (``trim_tail``: an author box, a first-published note, a closing question to the reader,
a lead-in left with nothing under it, a bracketed credit), the note or notice over its first
paragraph (``trim_head``) and a news agency's credit closing a paragraph
(``cut_agency_credits``). Apart from the cleanup, which judges the region's blocks: these
read the kept blocks in order, after it."""

from __future__ import annotations

import attrs

from newsextract.body.about_lines import (
    is_about_label,
    is_about_line,
    is_copy_note,
    is_reader_note,
)
from newsextract.body.characters import latin_width
from newsextract.body.credit_lines import without_closing_credit
from newsextract.body.disclaimers import before_disclaimer
from newsextract.body.finish import (
    SENTENCE_HEADING,
)
from newsextract.body.linked_lists import (
    LEAD_IN_COLONS,
)
from newsextract.body.model import (
    HEADING,
    PARAGRAPH,
    PREFORMATTED,
    QUOTE,
    TABLE_ROW,
    Block,
    filled_cells,
)
from newsextract.body.prompts import is_box_prompt
from newsextract.body.reader_asks import (
    appeal_opening,
    is_comment_ask,
    is_edge_ask,
    kept_prompts_are_subject,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.text import word_count

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


def trim_tail(blocks: tuple[Block, ...], *, book: bool = False) -> tuple[Block, ...]:
    """Drop what follows the article's last paragraph without being part of it: author bios,
    first-published and translation notes, a note to the reader ("Dear reader - …"), a
    heading label ("About the author") or a "more on this in our live blog:" lead-in left
    with nothing under it (its teaser was dropped), a short question to the reader ("Was this
    article useful?"), a widget's "Loading..." or a bracketed credit ("（小林美咲）"); an
    author bio before a closing invitation to comment, which stays (``is_comment_ask``).
    A heading that is a sentence stays: a listicle's last item may be only its heading.
    ``book``: the page describes a book, whose closing author box introduces its author."""
    end = min(len(blocks) if book else _before_author_box(blocks), before_disclaimer(blocks))
    stop = max(1, end - _TAIL_REACH)
    kept: list[Block] = []  # a closing invitation to comment, kept after what goes
    while end > stop:
        block = blocks[end - 1]
        if block.kind is PREFORMATTED or _data_row(block):
            break  # code, or a table's row of values, whatever its words say
        text = block.text
        if kept:
            # Past an invitation to comment only a bio goes: the text may close on a
            # heading or a lead-in of its own before the writer's last word.
            if not is_about_line(text):
                break
            end -= 1
            continue
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
            if block.kind is PARAGRAPH and is_comment_ask(text):
                kept.append(block)  # the writer's last word (see ``is_comment_ask``)
                end -= 1
                continue
            # An appeal's plea names no ask's words: its opening a paragraph or two before.
            opening = appeal_opening(blocks[:end])
            if opening is None:
                break
            end = opening + 1
        end -= 1
    return blocks[:end] + tuple(reversed(kept))


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
