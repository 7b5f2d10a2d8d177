"""Why the body's cleanup dropped a block, as ``newsextract explain`` tells it."""

from __future__ import annotations

from collections.abc import Iterable

from newsextract.body.walk_records import RawBlock, Walk

# Why ``judge_blocks`` dropped a block, as ``newsextract explain`` tells it.
IN_PROMPT_BOX = "inside a sign-up, consent or subscription box, or a teaser card"
LAYOUT_ROW = "a row of a layout table, not of a data table"
LINKED_ROW = "a table row that is mostly links"
PRECISION_LIST = "a list item (favor=precision keeps no list items)"
LINKED_HEADING = "a linked heading (another story's headline)"
CARD_SUMMARY = "a card's summary beside another story's linked headline"
PAGE_TITLE = "the page's title heading (h1)"
BEFORE_TITLE = "a titled box before the page's title heading (a slider's slide, a banner)"
ANSWER_COUNT = "a heading counting a question's answers over them ('3 Answers', '回答 (4)')"
REPLY_SUBJECT = "a reply's subject line ('Re: <the thread's title>')"
SIGNATURE = "a poster's signature (after a signature delimiter: '-- ', a rule of underscores)"
POSTER_CARD = "a forum poster's card (the day they joined, their post count: 'Join Date: Mar 2011')"
FURNITURE_LINE = "a furniture line (byline, credit, ad label, read-more or date line)"
TEASER_LINK = "a labelled link to another story"
PROMPT_LINE = "a sign-up, consent or subscription prompt"
READER_ASK = "the site's ask or notice to the reader, shaped as one (ends on its link or button)"
REPEATED = "repeats an earlier block"
ORPHAN_HEADING = "a heading with no kept text under it"
ORPHAN_TERM = "a term whose definitions were all dropped"
ORPHAN_HEADER_ROW = "a table's header row whose rows were all dropped"
PULL_QUOTE = "a pull quote that repeats the article's words"
CLOSING_ENUMERATION = "a labelled list of links closing the text alone (the article's tags)"
CLOSING_COMMENTS = "readers' comments closing the text under a bare label ('Comments', '评论')"
CLOSING_POINTER = "a heading after the text's wrapper that links away (a call to read the rest)"
ACTION_STRIP = (
    "a call to act closing the text: a short line beside a button or a form, in a strip of its own"
)
COUNTED_BOX = "a box of entries after the text under a label counting them ('Reviews (4)')"
DATED_POSTS = "readers' messages after the text, each with its dated stamp and its poster's line"
AUTHOR_CARD_ROLE = "an author card's role line under the writer's linked name, over the date"
CONTACT_LINES = "a contact block's lines closing the text (its label, its name, its address)"
CONTROL_LABEL = "the label of a control beside it (a player's button, an audio element)"
MEDIA_BOX_LINE = "a line of a player's, a poll's or a gallery's box set between the paragraphs"
LINK_LIST = "a link list "
PAGE_CONTROL = "a list's page links or sort control ('Page 2 of 3 Next', 'Sorted by: Newest')"
EXCERPT_LIST = (
    "a list of excerpts (each item cut short with an ellipsis, or linked to a comment: recent "
    "comments, posts)"
)
NEIGHBOUR_ENTRIES = (
    "neighbouring entries closing the text (a list linking other pages of the page's section)"
)
COUNTS_LINE = "counts alone, each with its word ('1,204 posts 3,380 followers')"
NO_WORDS = "no letter or figure (a rule, a decoration, an icon's glyph) or a bare number"

#: A block of the region and why it was dropped (``None``: kept).
Judged = tuple[RawBlock, str | None]


def kept_at(candidates: list[Judged], positions: Iterable[int]) -> list[Judged]:
    """``candidates`` with the blocks at ``positions`` kept after all: a copy, or the list
    itself when there are none (the passes that rescue a rule's victims share it)."""
    return judged_at(candidates, positions, None)


def judged_at(
    candidates: list[Judged], positions: Iterable[int], reason: str | None
) -> list[Judged]:
    """``candidates`` with the blocks at ``positions`` given ``reason`` (``None``: kept): a
    copy, or the list itself when there are none."""
    positions = list(positions)
    if not positions:
        return candidates
    out = list(candidates)
    for position in positions:
        out[position] = (out[position][0], reason)
    return out


def describe(walked: Walk, container: int) -> str:
    """A container as its start tag shows it: ``<div class="share-bar">``. Its id and class
    as the walk kept them (a node's ``attributes`` makes a dict each time)."""
    cont = walked.containers
    shown = [cont.tag[container]]
    for name, value in (("id", cont.ids[container]), ("class", cont.classes[container])):
        if value:
            shown.append(f'{name}="{" ".join(value.split())}"')
    return f"<{' '.join(shown)}>"
