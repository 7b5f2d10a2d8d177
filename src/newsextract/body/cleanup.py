"""Inside the article region, keep the text blocks and drop the furniture.

Dropped: blocks under a boilerplate-named container (share bars, related lists, author
boxes) below the region's top, teaser cards (a small nested ``<article>``), link-dense blocks,
ad labels / read-more / byline / credit lines and labelled teaser links, the page title,
repeated blocks, and headings left without a paragraph under them; ``trim_tail`` then cuts
the notes about the article that close it (author bios, first-published notes).
``judge_blocks`` tells each block's fate with its reason (``newsextract explain`` shows them).
"""

from __future__ import annotations

import bisect
import functools
import logging
import math
import re
from collections.abc import Callable

import attrs
from selectolax.lexbor import LexborNode

from newsextract.body.blocks import Containers, RawBlock, Walk, as_blocks
from newsextract.body.model import CELL_SEPARATOR, Block, BlockKind
from newsextract.body.patterns import (
    PAGE_CONTROL_LINE,
    closes_sentence,
    ends_as_sentence,
    furniture_words,
    is_about_label,
    is_about_line,
    is_box_prompt,
    is_date_line,
    is_excerpt,
    is_furniture_line,
    is_labelled_enumeration,
    is_pagination_line,
    is_sort_control,
    is_teaser_link,
    latin_width,
    without_closing_credit,
    without_credit,
)
from newsextract.body.region import (
    Region,
    entry_template,
    holds_prose_cell,
    linked_name_row,
    named_as_text,
    signature,
)
from newsextract.body.scoring import PROSE_HEADING, Tally
from newsextract.labels import LabelList, words
from newsextract.text import compare_key, word_count

logger = logging.getLogger(__name__)

# A furniture-named container holding this share of the region's prose is misnamed (a body
# wrapped in "article__teaser"): no box of furniture holds nearly half of a page's text.
_MISNOMER_SHARE = 0.4
# A <p> this long is prose even when most of its words are inline links (a paragraph of
# sources, each named and linked), as long as some of it is not linked.
_LONG_PARAGRAPH = 100
# A sentence whose names link to topic pages ("<a>Prime Minister Fumio Kishida</a> met
# <a>President Joe Biden</a> at the <a>White House</a>.") is prose however dense in links:
# a <p> closing with a full stop, with at most this share linked, and at least this many
# letters of its own (Latin letters; a wide character weighs three: "は…と…で会談した。").
# A list of links closes with no sentence mark, nor does a teaser's headline; a link alone is
# no sentence of the page's.
_LINKED_SENTENCE = 0.85
_OWN_LETTERS = 12
# ... and not what a prompt or a teaser says in a sentence: a question or an exclamation to
# the reader ("Like recipe? Add the ingredients to your basket."), a label before its link
# ("Our Standards: The Thomson Reuters Trust Principles."), a web address to go to.
_FULL_STOP = re.compile(r"[.。।።۔][\"”’»)]?\s*$")
_NOT_A_STATEMENT = re.compile(r"[?!？！¿¡؟]|^[^:：]{1,40}[:：]|://|www\.")
# A furniture-named container with several paragraphs' mass (Strictness.prose_mass) and at
# most this share of linked text is a body wrapper ("paywalled"), not a box of teasers.
_PROSE_LINKS = 0.15


@attrs.frozen
class Strictness:
    """What ``favor`` changes: the link density a kept block may have, the prose mass that
    lets a furniture-named container be looked through (``inf``: never), whether data
    tables count as text and whether list items do (fact boxes, product lists and link
    lists are often not the article's running text)."""

    max_density: float
    prose_mass: float
    tables: bool
    lists: bool = True


STRICTNESS = {
    "precision": Strictness(max_density=0.3, prose_mass=math.inf, tables=False, lists=False),
    "balanced": Strictness(max_density=0.5, prose_mass=12.0, tables=False),
    "recall": Strictness(max_density=0.7, prose_mass=4.0, tables=True),
}
# A prompt's box: the largest container around it with at most this much text and this
# share of the region's prose.
_BOX_CHARS = 1500
# ... and at most this share of the region's text: a container holding half of it is the
# article (one of short paragraphs, as Chinese, Japanese and Korean write, holds no block
# long enough to stop the climb), not a box around a sign-up line.
_BOX_SHARE = 0.5
# What stops the climb: a paragraph of prose that is no prompt, this long in Latin letters (a
# wide character weighs three: a Chinese paragraph of 34 characters is a long one)...
_BOX_PARAGRAPH = 100
# ... or this many sentences of a paragraph each, of at least this many words (as the script
# writes them, ``text.word_count``): a text of short paragraphs (a brief's, a Hebrew or
# Russian story's lines of ten words) holds no paragraph that long, while a sign-up box's lines
# beside its prompt are a title, a perk of a few words and its fine print.
_BOX_SENTENCES = 2
_BOX_SENTENCE_WORDS = 8
_SENTENCE_HEADING = 40
# A letter or figure of any script: a block without one says nothing ("_ ¯", "• • •").
_NO_WORD = re.compile(r"[^\W_]")
# Nine digits or more alone: a Unix time ("1709418524") or an id a script wrote out, never
# a figure a text gives alone (those are shorter, or carry a unit).
_BARE_NUMBER = re.compile(r"\W*\d{9,}\W*")
# A position alone ("1/6", "12 / 40"): a slideshow's or a pager's counter, which says where
# the reader is, not what the page says (a fraction the text gives carries a unit or a word).
_COUNTER = re.compile(r"\W*\d{1,3}\s*/\s*\d{1,3}\W*")
# A code block's line numbers set in a <pre> of their own beside it (Pygments' and Rouge's
# tables of a gutter cell and a code cell): numbers alone, one a line.
_LINE_NUMBERS = re.compile(r"\s*\d+(?:\s+\d+)+\s*")
_HEADING_REACH = 8
# A link this short beside a heading, in its wrapper, is the heading's tool, not a line of
# the section.
_HEADING_TOOL = 20
# A teaser card: at most this much text, this share of it linked, this share of the prose.
_CARD_CHARS = 600
_CARD_LINKS = 0.1
_CARD_SHARE = 0.25
# The closing notes looked at: at most this many blocks from the end, each a lead-in line
# of at most this many characters.
_TAIL_REACH = 6
_LEAD_IN = 200
# An author box's label ("About the author", "この記事を書いた人") is a few words; the box
# under it (a name, a desk, a line of bio) is short lines, none longer than a lead-in.
_AUTHOR_BOX_LABEL = 40
# A closing line that is only a short bracketed name ("（小林美咲）", "(dpa)", "(jr)"): the
# writer's or the agency's credit, which Japanese and German papers set after the text; a
# name or two fit in this many characters.
_BRACKETED_CREDIT = re.compile(r"^\s*[(（【\[][^()（）【】\[\]]{1,30}[)）】\]]\s*$")
# A question of a few words closing the page ("Schon gelesen?", "Was this article helpful?
# (95 votes)", "この記事は役に立ちましたか？") asks the reader to act; an article's own closing
# question is a sentence. Latin letters (a wide character weighs three); the question mark
# of any script: full-width, Arabic, and the Greek one (";" as NFC writes U+037E) after a
# Greek letter.
_TAIL_QUESTION = 60
_QUESTION_END = re.compile(r"(?:[?？؟]|(?<=[\u0370-\u03ff\u1f00-\u1fff]);)\s*(?:\([^()]*\))?\s*$")
# A lead-in line's closing colon: ASCII, full-width, Ethiopic (Amharic's "፦" and "፡").
_LEAD_IN_COLONS = (":", "：", "፦", "፡")
# A single word trailing off ("Loading...", "Wird geladen …") is a widget's state.
_WIDGET_STATE = re.compile(r"^\W*\w+\s*(?:\.\.\.|…)\s*$")
# "1. ", "2)": the items of a listicle; as Chinese and Japanese number them, with no space
# after the enumeration comma or a full-width mark ("1、", "2．", "（3）", "四、"), or after
# "." or ")" before a wide character ("1.白鹭河").
_NUMBERED = re.compile(
    r"^\s*(?:\d{1,2}\s*(?:[.)]\s|[.)](?=[\u2e80-\u9fff\uac00-\ud7af])|[、．）])"
    r"|[一二三四五六七八九十]{1,3}\s*[、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])"
)
# A heading that is mostly a link is a teaser's headline.
_LINKED_HEADING = 0.6
# The subject of a reply, as mail and forums write it in every language ("Re: …", RFC 5322's
# Latin "in re"; "Re[2]: …" counts the replies): a post's heading that only repeats the
# thread's title, never a section of the text.
_REPLY_PREFIX = re.compile(r"\s*re(?:\[\d+\])?\s*:\s", re.IGNORECASE)
# A signature delimiter on a line of its own opening the block, and the signature under it:
# mail's and Usenet's "-- " (RFC 3676, 4.3; its space is lost with the line's end) and the
# rule of underscores forum software prints above a poster's signature (vBulletin's
# "__________________"). Ten underscores or more: a blank to fill in ("Name: ____") is
# shorter and not alone on its line.
_SIGNATURE = re.compile(r"(?:--|_{10,})[ \t]*\n")
# A data table: a header row over at least this many rows (a header and one row of values is
# a key-value box as often as a table); a row with more than this share of its text linked
# is a list of links laid out as a table.
_DATA_ROWS = 3
_TABLE_LINKS = 0.5
# A data table's cell holds a value, a name or a short phrase: at most a line of text.
_DATA_CELL = 80
# A data row names something and gives at least one value for it: this many filled cells.
# Other cells may be empty (a standings table's draws, a schedule's time to be announced); a
# form laid out as a table fills one per row (its label, the input beside it has no text).
_FILLED_CELLS = 2
# A key-value box (opening hours, an address; a venue's or a product's facts): two rows or
# more of a short label and its value are data too, though fewer than ``_DATA_ROWS``: a layout
# table's two rows hold a page's parts, not a label of a few words beside each value.
_KEY_VALUE_ROWS = 2
_KEY_LABEL = 30
# The elements a list item's list is: the nearest of them above it.
_LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})
# A name or a short line (at most this long) met again under another heading of the same
# flat run of sections (the line in the heading's container, or in the one around the
# heading's own wrapper) is an entry of another section: a nominee in two categories. Met
# again under the same heading, or in a wrapper of its own (a template's line each time it
# comes: an ad label, an embed's placeholder), it repeats; a page printed twice repeats its
# headings too.
_SHORT_ENTRY = 100
# A pull quote is a sentence or two; a longer quotation that repeats the text is an excerpt
# the article discusses.
_PULL_QUOTE = 300


# Why ``judge_blocks`` dropped a block, as ``newsextract explain`` tells it.
IN_PROMPT_BOX = "inside a sign-up, consent or subscription box, or a teaser card"
LAYOUT_ROW = "a row of a layout table, not of a data table"
LINKED_ROW = "a table row that is mostly links"
PRECISION_LIST = "a list item (favor=precision keeps no list items)"
LINKED_HEADING = "a linked heading (another story's headline)"
PAGE_TITLE = "the page's title heading (h1)"
REPLY_SUBJECT = "a reply's subject line ('Re: <the thread's title>')"
SIGNATURE = "a poster's signature (after a signature delimiter: '-- ', a rule of underscores)"
FURNITURE_LINE = "a furniture line (byline, credit, ad label, read-more or date line)"
TEASER_LINK = "a labelled link to another story"
PROMPT_LINE = "a sign-up, consent or subscription prompt"
REPEATED = "repeats an earlier block"
ORPHAN_HEADING = "a heading with no kept text under it"
ORPHAN_TERM = "a term whose definitions were all dropped"
ORPHAN_HEADER_ROW = "a table's header row whose rows were all dropped"
PULL_QUOTE = "a pull quote that repeats the article's words"
CLOSING_ENUMERATION = "a labelled list of links closing the text alone (the article's tags)"
CLOSING_COMMENTS = "readers' comments closing the text under a bare label ('Comments', '评论')"
CONTROL_LABEL = "the label of a control beside it (a player's button, an audio element)"
_LINK_LIST = "a link list "
PAGE_CONTROL = "a list's page links or sort control ('Page 2 of 3 Next', 'Sorted by: Newest')"
NO_WORDS = "no letter or figure (a rule, a decoration, an icon's glyph) or a bare number"

#: A block of the region and why it was dropped (``None``: kept).
Judged = tuple[RawBlock, str | None]


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
    order: what ``select_blocks`` keeps and what ``body.decisions`` shows."""
    strict = STRICTNESS.get(favor, STRICTNESS["balanced"])
    floor = region.mass(sums) * _MISNOMER_SHARE
    holds = region.holds
    held_at = [holds(block.container) for block in walked.blocks]  # read by three passes
    boxes, prompts = _prompt_boxes(walked, sums, region, held_at)
    _add_cards(walked, sums, region, boxes)
    groups: dict[tuple[str, str], float] = {}
    headings = sorted(b.container for b in walked.blocks if b.kind is BlockKind.HEADING)
    data_tables = _DataTables(walked)
    candidates: list[Judged] = []
    named: dict[int, int] = {}  # a position dropped under furniture: the named container
    after = _after_region(walked, region, held_at)
    pairs = _fact_pairs(walked, held_at)
    line_tests = _LINE_TESTS  # the blocks still given the furniture line tests
    for index, block in enumerate(walked.blocks):
        held = held_at[index]
        if not (held or (index in region.loose and index < after)):
            continue
        if pairs and index in pairs:
            block = _as_kind(block, pairs[index])
        if block.caption:
            block = _without_credit(block)
        reason: str | None = None
        if boxes.ranges and boxes.holds(block.container):
            reason = IN_PROMPT_BOX
        else:
            furniture = _furniture_above(
                walked,
                sums,
                region,
                block.container,
                floor,
                strict,
                groups,
                headings,
                data=block.kind in _DATA_BLOCKS,
                facts=block.kind in _FACT_BLOCKS,
            )
            if furniture >= 0:
                reason = f"{_UNDER_FURNITURE} ({describe(walked, furniture)})"
                named[len(candidates)] = furniture
        if block.kind is BlockKind.TABLE_ROW and _cell_count(block) > 1:
            if reason is None and not (
                strict.tables
                or data_tables.holds(walked, sums, block.container)
                or holds_prose_cell(block)
            ):
                reason = LAYOUT_ROW
            if (
                reason is None
                and block.links
                and block.links / len(block.text) > _TABLE_LINKS
                and not linked_name_row(block)
                and not (
                    _linked_value_row(block)
                    and data_tables.holds(walked, sums, block.container)
                    and data_tables.links_values(block.container)
                )
            ):
                reason = LINKED_ROW
        elif block.kind is BlockKind.TABLE_ROW and data_tables.has_columns(block.container):
            # A data table's row with one cell of text (its name, linked to its own page; the
            # other cells ticks drawn as images) is the table's, not a list of links. (A
            # navigation box's title row spans its rows of links: one column, no data.)
            if reason is None and line_tests:
                line_tests -= 1
                reason = FURNITURE_LINE if is_furniture_line(block.text) else None
        else:
            prompt = index in prompts if held else is_box_prompt(block.text)
            if reason is None:
                definition = block.kind is BlockKind.DEFINITION
                term = (
                    (
                        walked.blocks[index - 1].text
                        if index in pairs
                        else _term_of(walked.blocks, index)
                    )
                    if definition
                    else None
                )
                reason = _text_verdict(
                    block, strict.max_density, prompt=prompt, term=term, lines=line_tests > 0
                )
                line_tests = max(0, line_tests - 1)
        if reason is None and block.kind is BlockKind.LIST_ITEM and not strict.lists:
            reason = PRECISION_LIST
        if reason is None and _labels_a_control(walked, sums, index):
            reason = CONTROL_LABEL
        candidates.append((block, reason))
    candidates = _without_closing_enumeration(candidates, strict.max_density)
    candidates = _without_unnamed_comments(candidates)
    candidates = _with_numbered_entries(walked, candidates)
    candidates = _with_key_facts(walked, candidates, named)
    candidates = _with_data_boxes(walked, candidates, named)
    candidates = _with_profile_text(walked, candidates, named)
    candidates = _with_dated_facts(walked, candidates)
    candidates = _with_posts_of_tables(candidates)
    candidates = _with_quote_lead_ins(candidates)
    candidates = _without_signed_entries(walked, candidates)
    return _without_pull_quotes(_finish(walked, _with_chronology(walked, candidates)))


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
        if block.kind is BlockKind.DEFINITION:
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


def _with_quote_lead_ins(candidates: list[Judged]) -> list[Judged]:
    """The candidates with a linked lead-in line before a kept quotation kept
    (``_QUOTE_LEAD_IN``)."""
    out: list[Judged] | None = None
    seen_text = False
    for position, (block, reason) in enumerate(candidates):
        if reason is None:
            seen_text = True
            continue
        if (
            seen_text
            and block.kind is BlockKind.PARAGRAPH
            and reason.startswith(_LINK_LIST)
            and len(block.text) <= _QUOTE_LEAD_IN
            and block.text.rstrip().endswith(_LEAD_IN_COLONS)
            and position + 1 < len(candidates)
            and candidates[position + 1][1] is None
            and candidates[position + 1][0].kind is BlockKind.QUOTE
        ):
            out = out if out is not None else list(candidates)
            out[position] = (block, None)
    return out if out is not None else candidates


# A poster's card in a forum's table of posts: the poster's name over a label and a figure
# ("Anmeldungsdatum: 02.01.2024", "Posts: 312", "Joined: Mar 2019"), a line of a cell.
_POSTER_CARD = re.compile(r"[^\W\d_]{3,}\s?:\s*\S*\d")
# A post is a sentence at least: this many words (a poster's card is a name and its figures).
_POST_WORDS = 4
FORUM_TABLE = "a forum table's header or poster card (name, joined date, posts count)"


def _with_posts_of_tables(candidates: list[Judged]) -> list[Judged]:
    """The candidates with a forum's table of posts read as its posts: old forum engines set
    each post as a table row of two cells, the poster's card (a name, "Joined: 02.01.2024",
    "Posts: 312") and the post. When every body row of a table's two rows or more is such a
    pair, each row is read as its post's paragraph, and the header row ("Author | Message")
    goes. A timeline's year, a schedule's time has no label before its figure."""
    out: list[Judged] | None = None
    start = 0
    while start < len(candidates):
        block = candidates[start][0]
        end = start + 1
        if block.kind is BlockKind.TABLE_ROW:
            while (
                end < len(candidates)
                and candidates[end][0].kind is BlockKind.TABLE_ROW
                and candidates[end][0].container == block.container
            ):
                end += 1
            posts = _posts_of(candidates[start:end])
            if posts is not None:
                out = out if out is not None else list(candidates)
                out[start:end] = posts
        start = end
    return out if out is not None else candidates


def _posts_of(rows: list[Judged]) -> list[Judged] | None:
    """The rows of one table as posts (see ``_with_posts_of_tables``), ``None`` when they
    are no forum's table of posts."""
    posts: list[Judged] = []
    bodies = 0
    for block, reason in rows:
        if block.header:
            posts.append((block, reason or FORUM_TABLE))
            continue
        filled = [cell for cell in block.cells if cell.strip()]
        if len(filled) != 2:
            return None
        card, post = filled if _POSTER_CARD.search(filled[0]) else filled[::-1]
        if (
            len(card) > _DATA_CELL
            or _POSTER_CARD.search(card) is None
            or word_count(post) < _POST_WORDS
        ):
            return None
        bodies += 1
        paragraph = RawBlock(post, BlockKind.PARAGRAPH, 0, block.container, 0, "td")
        posts.append((paragraph, reason))
    return posts if bodies >= _DATA_ROWS - 1 else None


# A signature closing a reader's entry: a dash or a tilde before the name ("— the Greens",
# "~ Jack R."), a line of its own at most this long.
_SIGNED = re.compile(r"[—–~]\s?\w")
_SIGNATURE_LINE = 60
# A guest book's or a comment list's entry: a few sentences at most (a letter to the
# editor, which the page prints as its text, runs longer).
_SIGNED_ENTRY = 300
# Entries of one template that make a series (a lone signed quote is the text's).
_SIGNED_ENTRIES = 2
SIGNED_ENTRY = "a signed entry of a series after the text (a guest book's, a comment list's)"


def _without_signed_entries(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates without a series of readers' signed entries after the text: an
    obituary's guest book, a page's comments set without a comment section's name, each
    entry a short text and a signature line ("— the Greens") in an element of one template,
    the entries siblings. A heading over them goes with them (``_finish``: a heading whose
    text was dropped)."""
    cont = walked.containers
    entries: list[tuple[int, int]] = []  # the text's and the signature's positions
    for position in range(1, len(candidates)):
        block, reason = candidates[position]
        text, text_reason = candidates[position - 1]
        if (
            reason is None
            and len(block.text) <= _SIGNATURE_LINE
            and _SIGNED.match(block.text)
            and text_reason is None
            and text.container == block.container
            and len(text.text) <= _SIGNED_ENTRY
        ):
            entries.append((position - 1, position))
    if len(entries) < _SIGNED_ENTRIES:
        return candidates
    out: list[Judged] | None = None
    run: list[tuple[int, int]] = []
    for entry in [*entries, (-1, -1)]:
        if (
            run
            and entry[0] == run[-1][1] + 1
            and _same_template(cont, run[0][1], entry, candidates)
        ):
            run.append(entry)
            continue
        # after a text: more prose kept before the series than the series holds
        if len(run) >= _SIGNED_ENTRIES and _kept_prose_chars(candidates, run[0][0]) > sum(
            len(candidates[first][0].text) for first, _ in run
        ):
            out = out if out is not None else list(candidates)
            for first, last in run:
                for at in (first, last):
                    out[at] = (candidates[at][0], SIGNED_ENTRY)
        run = [entry] if entry[0] >= 0 else []
    return out if out is not None else candidates


def _same_template(
    cont: Containers, at: int, entry: tuple[int, int], candidates: list[Judged]
) -> bool:
    """Whether ``entry``'s element is a sibling of the one at position ``at`` of the same
    tag and classes (another entry of the series)."""
    if entry[0] < 0:
        return False
    one, other = candidates[at][0].container, candidates[entry[1]][0].container
    return (
        one != other
        and cont.parent[one] == cont.parent[other]
        and cont.tag[one] == cont.tag[other]
        and cont.classes[one] == cont.classes[other]
    )


def _kept_prose_chars(candidates: list[Judged], stop: int) -> int:
    """The characters of the kept paragraphs before position ``stop``."""
    return sum(
        len(block.text)
        for block, reason in candidates[:stop]
        if reason is None and block.kind is BlockKind.PARAGRAPH
    )


def _with_key_facts(walked: Walk, candidates: list[Judged], named: dict[int, int]) -> list[Judged]:
    """The candidates with a key-facts list named only as a "meta" box kept when it sits
    inside the text: a recipe's "Prep time: 10 min", "Serves: 4" in ``recipe-meta``, after
    a kept paragraph of prose and before more kept text. A post's meta line ("Posted: …",
    "Author: …") opens the text or closes it; it is not set between its paragraphs.
    ``named``: the positions dropped under a furniture-named container, and that container."""
    kept = [
        positions
        for container, positions in _runs_by_container(named).items()
        if furniture_words(walked.containers.names(container)) == _META_ONLY
        and all(_key_fact(candidates[p][0]) for p in positions)
        and sum(_facts(candidates[p][0]) for p in positions) >= _KEY_FACTS_RUN
        and _set_inside_text(candidates, positions)
    ]
    return _kept_again(candidates, kept)


def _with_data_boxes(walked: Walk, candidates: list[Judged], named: dict[int, int]) -> list[Judged]:
    """The candidates with a box of the text's own data kept when the furniture word that
    names it names the thing the data is about, not a box of other content
    (``_DATA_BOX_WORDS``): a how-to's ``tools-needed`` list, a player page's
    ``player-stats`` table. Only a box set inside the text (a kept paragraph of prose before
    it, kept text after it), of rows, items, terms or definitions without links (two at
    least, under a heading of its own or none): a toolbar, a video player or a credits line
    holds no such data between a text's paragraphs."""
    kept = []
    for container, positions in _runs_by_container(named).items():
        blocks = [candidates[p][0] for p in positions]
        data = blocks[1:] if blocks[0].kind is BlockKind.HEADING else blocks
        words = furniture_words(walked.containers.names(container))
        if (
            words
            and words <= _DATA_BOX_WORDS
            and len(data) >= _DATA_BOX_ROWS
            and all(b.kind in _DATA_BOX_KINDS and not b.links for b in data)
            and not any(is_furniture_line(b.text) for b in blocks)
            and _set_inside_text(candidates, positions)
        ):
            kept.append(positions)
    return _kept_again(candidates, kept)


def _runs_by_container(named: dict[int, int]) -> dict[int, list[int]]:
    """The positions dropped under each furniture-named container, in page order."""
    runs: dict[int, list[int]] = {}
    for position, container in named.items():
        runs.setdefault(container, []).append(position)
    return runs


def _set_inside_text(candidates: list[Judged], positions: list[int]) -> bool:
    """Whether a container's blocks follow one another between a kept paragraph of prose
    and more kept text: a box set inside the text, not one opening or closing it."""
    first, last = positions[0], positions[-1]
    return (
        last - first + 1 == len(positions)
        and _prose_before(candidates, first)
        and any(reason is None for _, reason in candidates[last + 1 :])
    )


def _kept_again(candidates: list[Judged], runs: list[list[int]]) -> list[Judged]:
    """The candidates with the blocks at ``runs``' positions kept (the list itself when none)."""
    if not runs:
        return candidates
    out = list(candidates)
    for positions in runs:
        for position in positions:
            out[position] = (out[position][0], None)
    return out


def _with_profile_text(
    walked: Walk, candidates: list[Judged], named: dict[int, int]
) -> list[Judged]:
    """The candidates with a person's page's text kept: when no paragraph of prose is kept
    and a box named only as a bio (``_PROFILE_WORDS``: an artist's ``artist-bio``, an author
    page's ``author-bio``) holds two paragraphs of prose or more without links, that box is
    the page's text (the one with most text). On an article page the text's own paragraphs
    are kept beside the author's box, which stays out."""
    if not named or any(
        reason is None and block.kind is BlockKind.PARAGRAPH and ends_as_sentence(block.text)
        for block, reason in candidates
    ):
        return candidates
    best: list[int] = []
    best_size = 0
    for container, positions in _runs_by_container(named).items():
        words = furniture_words(walked.containers.names(container))
        blocks = [candidates[p][0] for p in positions]
        prose = [
            b
            for b in blocks
            if b.kind is BlockKind.PARAGRAPH and not b.links and ends_as_sentence(b.text)
        ]
        size = sum(len(b.text) for b in prose)
        if (
            words
            and words <= _PROFILE_WORDS
            and len(prose) >= _PROFILE_PARAGRAPHS
            and not any(b.links or is_furniture_line(b.text) for b in blocks)
            and size > best_size
        ):
            best, best_size = positions, size
    return _kept_again(candidates, [best] if best else [])


# The furniture words of a box that is a person's page's text when nothing else is: the
# biography an artist's, a speaker's or an author's page sets as its text.
_PROFILE_WORDS = frozenset({"bio", "author"})
# Two paragraphs of prose: an article's author box says a sentence or two in one.
_PROFILE_PARAGRAPHS = 2


# The furniture words that name a page's part by what it shows, which a box of the text's own
# data may be named after too: a toolbar's "tools" and a how-to's "tools-needed", a video
# "player" and a sports page's "player-stats", a film's or a photo's "credits" and a film
# page's cast list, a post's "date" and an event's "date-list", a post's tally of "votes" or
# "ratings" and a council's table of votes or a test's table of ratings.
_DATA_BOX_WORDS = frozenset(
    {"tools", "player", "credits", "date", "vote", "votes", "rating", "ratings"}
)
_DATA_BOX_KINDS = frozenset(
    {BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.TERM, BlockKind.DEFINITION}
)
# A box of data holds two rows or items at least (a lone line is a label or a credit).
_DATA_BOX_ROWS = 2


# A key-facts box names two fields at least (a time and a yield); the word its box is named
# by, alone (``recipe-meta``; a box also named "byline" or "share" is the post's).
_KEY_FACTS_RUN = 2
_META_ONLY = frozenset({"meta"})
# A key fact is a short line: a label and a figure or a word or three ("Serves: 4").
_KEY_FACT = 60
_KEY_FACT_LINE = re.compile(r"[^\W\d][^:：\n]{0,24}[:：](?!//)\s*\S")


def _key_fact(block: RawBlock) -> bool:
    """A part of a key-facts box: a line naming a field and giving its value, a definition
    list's short term or value; without links, and no date (a post's "Posted: 12 March
    2025" is its stamp)."""
    text = block.text
    if block.links or len(text) > _KEY_FACT or is_date_line(text):
        return False
    if block.kind is BlockKind.TERM:
        return len(text) <= _KEY_FACT_LABEL
    if block.kind is BlockKind.DEFINITION:
        return True
    return block.kind in _FACT_KINDS and _KEY_FACT_LINE.match(text) is not None


def _facts(block: RawBlock) -> int:
    """The fields a key-facts block names: a term one, a labelled line one a colon (a box's
    facts set as spans run into one line: "Prep time: 5 min Cook time: 12 min")."""
    if block.kind is BlockKind.TERM:
        return 1
    if block.kind is BlockKind.DEFINITION:
        return 0
    return block.text.count(":") + block.text.count("：")


# A definition list's term in a key-facts box is a field's name: a word or three.
_KEY_FACT_LABEL = 30


_FACT_KINDS = frozenset({BlockKind.LIST_ITEM, BlockKind.PARAGRAPH})


def _prose_before(candidates: list[Judged], position: int) -> bool:
    """Whether a kept paragraph ending as a sentence comes before ``position``."""
    return any(
        reason is None and block.kind is BlockKind.PARAGRAPH and ends_as_sentence(block.text)
        for block, reason in candidates[:position]
    )


# A control's label is a word or three ("Ouvir texto", "Ascolta", "기사 듣기"); its box holds
# little more (a duration, "03:12").
_CONTROL_LABEL = 30
_CONTROL_BOX = 60
# The elements a label stands beside as a control's: a player's or a widget's button, an
# audio element (both skipped by the walk, which sees only the label).
_CONTROLS = frozenset({"button", "audio"})


def _labels_a_control(walked: Walk, sums: Tally, index: int) -> bool:
    """Whether the short line at ``index`` is the label of a control beside it, in a box of
    its own: an audio player's "Ouvir texto" next to its play button, whatever the
    language. Not a code block's header ("Python" beside its "Copy" button), which names
    the code's language (``blocks.as_blocks``)."""
    blocks = walked.blocks
    block = blocks[index]
    if block.kind is not BlockKind.PARAGRAPH or len(block.text) > _CONTROL_LABEL:
        return False
    if index + 1 < len(blocks) and blocks[index + 1].kind is BlockKind.PREFORMATTED:
        return False
    if sums.text[block.container] > _CONTROL_BOX:
        return False
    node = walked.containers.nodes[block.container]
    return any(child.tag in _CONTROLS for child in node.iter())


def _linked_sentence(block: RawBlock) -> bool:
    """Whether a paragraph is a sentence whose names are linked (``_LINKED_SENTENCE``)."""
    text = block.text
    share = block.links / len(text)
    return (
        share <= _LINKED_SENTENCE
        and _FULL_STOP.search(text) is not None
        and latin_width(text) * (1.0 - share) >= _OWN_LETTERS
        and _NOT_A_STATEMENT.search(text) is None
    )


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
    label no language list knows ("Fassette Artikel abgelegt unter: Merkel, Kanzlerin").
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


# Readers' comments set without a class after the text (a table's rows, plain blocks) under
# a heading that is a comment label alone: at least this many entries, each opened by a
# name and a date ("Marta K. · 03.06.2026 10:12"); one such line is a note's stamp ("Last
# edited 03.06.2026 by J. Holt"), a section of prose titled "Comments" opens with none.
_UNNAMED_COMMENTS = 2
# Blocks an entry holds at most: its name and date, its text in a block or two.
_ENTRY_BLOCKS = 3
# A comment's text is a few sentences (``comments``' longest undeclared entry): a longer
# block after the label is the text's own.
_COMMENT_TEXT = 700
# What a comment label may carry besides its words: a count, brackets, a colon ("3
# Comments", "评论 (3)", "Comments:").
_LABEL_EXTRAS = re.compile(r"[\d\W_]+")


def _without_unnamed_comments(candidates: list[Judged]) -> list[Judged]:
    """Drop readers' comments that close the text under a bare label heading: the
    heading's text is a comment label of the language data, and every block after it to the
    end belongs to a series of entries each opened by a name and a date."""
    label = -1
    for position in range(len(candidates) - 1, -1, -1):
        block = candidates[position][0]
        if block.kind is BlockKind.HEADING and _is_comment_label(block.text):
            label = position
            break
    after = candidates[label + 1 :]
    if label < 0 or not after or not any(reason is None for _, reason in after):
        return candidates
    if not any(reason is None for _, reason in candidates[:label]):
        return candidates  # no text before the label: the page is the thread
    heads = [_opens_entry(block) for block, _ in after]
    if not heads[0] or sum(heads) < _UNNAMED_COMMENTS or len(after) > _ENTRY_BLOCKS * sum(heads):
        return candidates
    if any(len(block.text) > _COMMENT_TEXT for block, _ in after):
        return candidates
    out = list(candidates)
    for position in range(label, len(out)):
        block, reason = out[position]
        out[position] = (block, reason or CLOSING_COMMENTS)
    return out


def _is_comment_label(text: str) -> bool:
    """Whether a heading is a comment label alone, a count or marks beside it."""
    if len(text) > _ENTRY_HEAD:
        return False
    return " ".join(_LABEL_EXTRAS.sub(" ", text).split()).lower() in _comment_labels()


@functools.cache
def _comment_labels() -> frozenset[str]:
    """Every language's comment labels (``comments``), with single spaces."""
    return frozenset(" ".join(w.split()) for w in words(LabelList.COMMENTS))


# An entry's opening line, its name and its date, is at most this long.
_ENTRY_HEAD = 60


def _opens_entry(block: RawBlock) -> bool:
    """Whether a block opens a comment: its first line (or a row's first cell) a name and
    a date, a letter first ("Marta K. · 03.06.2026 10:12", "王小明 2026-06-03")."""
    head = block.text.split(CELL_SEPARATOR, 1)[0].split("\n", 1)[0].strip()
    return bool(head) and head[0].isalpha() and len(head) <= _ENTRY_HEAD and is_date_line(head)


# Dated entries of one template that make a chronology: a timeline's "12 May 2008" above
# what happened then. Fewer are a post's or a card's stamps (a page date, a live post's).
_CHRONOLOGY_ENTRIES = 3


# A list article's entries numbered in their headings, each name linked to its own page
# ("2. <a>Salt Houses</a>"): at least this many of them, each over kept text, are the
# article's sections, not teasers (a teaser list's titles are not numbered; a box of the most
# read stories numbers its titles but sets no text under them).
_NUMBERED_ENTRIES = 2


def _with_numbered_entries(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with the linked parts of the text's own entries kept: a list
    article's numbered linked headings, a glossary's linked terms over their kept
    definitions, and the items of a kept list that link a word or two of their own (a
    recipe's "225 g <a>caster sugar</a>")."""
    # Counted with the linked numbered headings kept already: a short name's link is less
    # than ``_LINKED_HEADING`` of "3、镜湖湿地" beside a longer one's more.
    numbered = [
        position
        for position, (block, reason) in enumerate(candidates)
        if reason in (LINKED_HEADING, None)
        and block.kind is BlockKind.HEADING
        and block.links
        and _NUMBERED.match(block.text) is not None
        and position + 1 < len(candidates)
        and candidates[position + 1][1] is None
        and candidates[position + 1][0].kind is not BlockKind.HEADING
    ]
    entries = [p for p in numbered if candidates[p][1] == LINKED_HEADING]
    if len(numbered) < _NUMBERED_ENTRIES:
        entries = []
    entries += _linked_members(walked, candidates)
    if not entries:
        return candidates
    out = list(candidates)
    for position in entries:
        out[position] = (out[position][0], None)
    return out


# A list item dropped for its links keeps its place in a list whose items are mostly kept
# when this much of its text is its own (a quantity, "225 g "): a list of links' items are
# links whole, or a label and a link.
_OWN_TEXT = 3


def _linked_members(walked: Walk, candidates: list[Judged]) -> list[int]:
    """The positions of the linked terms over kept definitions, and of the partly linked
    items of lists whose items are mostly kept."""
    found: list[int] = []
    lists: dict[int, list[int]] = {}  # a list's container: its items' positions
    for position, (block, reason) in enumerate(candidates):
        if block.kind is BlockKind.LIST_ITEM:
            container = block.container  # the list, or the item walked as a container
            if walked.containers.tag[container] == "li":
                container = walked.containers.parent[container]
            lists.setdefault(container, []).append(position)
        elif (
            block.kind is BlockKind.TERM
            and reason is not None
            and reason.startswith(_LINK_LIST)
            and position + 1 < len(candidates)
            and candidates[position + 1][1] is None
            and candidates[position + 1][0].kind is BlockKind.DEFINITION
        ):
            found.append(position)
    for container, items in lists.items():
        linked = [p for p in items if (candidates[p][1] or "").startswith(_LINK_LIST)]
        kept = sum(1 for p in items if candidates[p][1] is None)
        if (
            len(linked) == len(items) >= _TRACKER_ITEMS
            and walked.containers.tag[container] in _LISTS
            and any(reason is None for _, reason in candidates[: items[0]])
            and _tracker_items(walked.containers.nodes[container])
        ):
            found.extend(items)
            continue
        if (
            len(linked) == len(items) >= _VALUED_ITEMS
            and all(_gives_a_value(candidates[p][0]) for p in items)
            and any(reason is None for _, reason in candidates[: items[0]])
            and any(reason is None for _, reason in candidates[items[-1] + 1 :])
        ):
            found.extend(items)  # a result list: "<a>Party</a> — 31.2%", within the text
            continue
        if (
            len(linked) == len(items) >= _DATED_ITEMS
            and all(_dated_report(candidates[p][0]) for p in items)
            and items[0] > 0
            and candidates[items[0] - 1][1] is None  # not under a dropped "More on this:"
            and any(reason is None for _, reason in candidates[items[-1] + 1 :])
        ):
            found.extend(items)  # press coverage: "6 December 2019: <a>…</a>", within the text
            continue
        if kept and len(items) >= _DATED_ITEMS and _partly_kept_reports(candidates, items):
            found.extend(p for p in items if candidates[p][1] is not None)
            continue
        if (
            len(items) >= _REFERENCE_ITEMS
            and linked
            and walked.containers.tag[container] in _LISTS
            and _reference_list(candidates, items, linked)
        ):
            found.extend(linked)  # the text's sources under "References", "Quellen", "出典"
            continue
        if (
            len(linked) == len(items) >= _ROSTER_ITEMS
            and walked.containers.tag[container] in _LISTS
            and _titled_roster(candidates, items)
        ):
            found.extend(items)  # a team's line-up: "<a>Carr</a>", "<a>Biggs</a>", …
            continue
        if (
            len(linked) == len(items) >= _TRACKER_ITEMS
            and walked.containers.tag[container] in _LISTS
            and _announced(candidates, items)
            and not _links_in_page(walked.containers.nodes[container])
        ):
            found.extend(items)  # "Several papers reported on the funds:" and their reports
            continue
        if not linked or not kept or 2 * kept < len(items):
            continue
        for position in linked:
            block = candidates[position][0]
            own = block.text[block.links :] if block.text else ""
            if len(block.text) - block.links >= _OWN_TEXT and any(c.isalnum() for c in own):
                found.append(position)
    return found


# A list of the text's sources or references under its own heading ("References",
# "Einzelnachweise", "Fontes": the language data's ``references``), after kept text: its
# items are links to what the text cites, and the trafilatura set's truths keep such lists
# on encyclopedic pages. At least two items: one link under a heading is a box's teaser.
_REFERENCE_ITEMS = 2


@functools.cache
def _reference_headings() -> frozenset[str]:
    return frozenset(" ".join(w.split()) for w in words(LabelList.REFERENCES))


def _reference_list(candidates: list[Judged], items: list[int], linked: list[int]) -> bool:
    """Whether a list, some of whose items are dropped for their links, is the text's list
    of sources: right under a heading of the language data's ``references`` words, with
    kept text before the heading, and each of its other items kept."""
    first = items[0]
    if first < 2:
        return False
    heading = candidates[first - 1][0]
    if heading.kind is not BlockKind.HEADING:
        return False
    label = " ".join(heading.text.lower().rstrip(" :：").split())
    return (
        label in _reference_headings()
        and all(candidates[p][1] is None for p in items if p not in linked)
        and any(reason is None for _, reason in candidates[: first - 1])
    )


# A line-up, a cast or a band's members: a list of names, each linked whole to its own
# page, titled by a heading of its own inside the text (kept text before the heading and
# after the list). At least this many names, each of at most ``_ROSTER_WORDS`` words: a
# box of links to other stories titles them in sentences of more.
_ROSTER_ITEMS = 3
_ROSTER_WORDS = 3


def _titled_roster(candidates: list[Judged], items: list[int]) -> bool:
    """Whether a list whose items are links whole is a list of names under its own heading
    inside the text (``_ROSTER_ITEMS``)."""
    first = items[0]
    return (
        first > 1
        and candidates[first - 1][0].kind is BlockKind.HEADING
        and all(
            candidates[p][0].links >= len(candidates[p][0].text)
            and len(candidates[p][0].text.split()) <= _ROSTER_WORDS
            for p in items
        )
        and any(reason is None for _, reason in candidates[: first - 1])
        and any(reason is None for _, reason in candidates[items[-1] + 1 :])
    )


# A sentence of the text that announces the list after it ("Several papers reported on the
# funds:") has more words than a label over a box of links ("Read more:", "Lesen Sie auch:",
# "Mehr zum Thema:", five words at most as the read-more labels of the language data write them).
_ANNOUNCING_WORDS = 6


def _announced(candidates: list[Judged], items: list[int]) -> bool:
    """Whether a list whose items are links whole is announced by the kept paragraph right
    before it, a sentence closing with a lead-in colon (``_ANNOUNCING_WORDS``), and the text
    goes on after it: the sources or reports the text lists, not a box of other stories."""
    first = items[0]
    if first < 1:
        return False
    block, reason = candidates[first - 1]
    text = block.text.rstrip()
    return (
        reason is None
        and block.kind is BlockKind.PARAGRAPH
        and not block.links
        and text.endswith(_LEAD_IN_COLONS)
        and word_count(text) >= _ANNOUNCING_WORDS
        and any(reason is None for _, reason in candidates[items[-1] + 1 :])
    )


def _links_in_page(node: LexborNode) -> bool:
    """Whether a list ``node`` links places in a page ("#example-1", the page's own address
    with a fragment): a table of contents, which a text announces too ("The tutorial
    consists of these parts:"). A report or a source is linked as a page."""
    return any("#" in (link.attributes.get("href") or "") for link in node.css("a[href]"))


# A list of results names each party, team or candidate by a link to its page and gives
# its figure after it ("<a>Green Party</a> — 31.2%", "<a>Harbour Town</a>: 22 points"): set
# off by a dash or a colon, with a digit. A teaser's or a category box's own text is a
# count in brackets ("(12)"), which sets off nothing, or a date.
_VALUED_ITEMS = 2
_VALUE = re.compile(r"\s*[—–:-]\s*\S*\d")


def _gives_a_value(block: RawBlock) -> bool:
    """Whether a list item opens with its link and gives a figure after it (``_VALUE``)."""
    own = block.text[block.links :]
    return (
        0 < block.links < len(block.text)
        and _VALUE.match(own) is not None
        and not is_date_line(own.lstrip(" —–:-"))  # a teaser's date: "<a>…</a> – 12.03.2025"
    )


# A list of reports (a page's press coverage, a bibliography by date) opens each item with
# the day it appeared, its year written, set off by a colon or a dash before the linked
# title ("6 décembre 2019 : <a>…</a>"). A teaser box's date follows its title ("<a>…</a> –
# 12.03.2025") or is a time of day ("12:30 <a>…</a>"): no year, or not first; a box of
# the site's own stories by date sits under its label ("More on this:"), which goes.
_DATED_ITEMS = 2
_DATED_OPENING = re.compile(r"\s*(.{4,40}?)\s*[:：—–-]\s*$")


def _partly_kept_reports(candidates: list[Judged], items: list[int]) -> bool:
    """Whether a list of dated reports is the text's already: its first item is kept (the
    text reads on into it) and every item opens with its day and year set off by a colon or
    a dash, those dropped as links or as a dated line ("13 April 2018: <a>Agency wire</a>")
    too."""
    if candidates[items[0]][1] is not None:
        return False
    for p in items:
        block, reason = candidates[p]
        if reason is not None and not (reason.startswith(_LINK_LIST) or reason == FURNITURE_LINE):
            return False
        opening = _DATED_LABEL.match(block.text)
        if opening is None:
            return False
        date = opening.group(1)
        if _YEAR.search(date) is None or not is_date_line(date):
            return False
    return True


# A dated label opening a list item: the day, then a colon or a dash and a space.
_DATED_LABEL = re.compile(r"\s*(.{4,40}?)\s*[:：—–-]\s")


def _dated_report(block: RawBlock) -> bool:
    """Whether a list item opens with a dated label ("6 December 2019:") and then its link
    (``_DATED_OPENING``), the rest of it linked."""
    if not 0 < block.links < len(block.text):
        return False
    opening = _DATED_OPENING.fullmatch(block.text[: len(block.text) - block.links])
    if opening is None:
        return False
    date = opening.group(1)
    return _YEAR.search(date) is not None and is_date_line(date)


# A changelog's or a release note's items link each change to its entry in the project's
# tracker (an issue, a pull or merge request, a commit): a path ending in the entry's
# number or hash. A list of teasers links articles, whose paths end in words.
_TRACKER_LINK = re.compile(
    r"/(?:issues?|pulls?|pull-requests|merge_requests|commits?|changeset|tickets?|bugs?)"
    r"/[0-9a-f]+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
# Two changes at least: one linked item alone may be a "see issue" link.
_TRACKER_ITEMS = 2
_LISTS = frozenset({"ul", "ol"})


def _tracker_items(node: LexborNode) -> bool:
    """Whether every item of the list ``node`` opens with a link to a tracker's entry
    (``_TRACKER_LINK``): a changelog's changes, each a link whole, after the text's start."""
    items = 0
    for item in node.iter():
        if item.tag != "li":
            continue
        link = item.css_first("a[href]")
        href = link.attributes.get("href") if link is not None else None
        if not href or _TRACKER_LINK.search(href) is None:
            return False
        items += 1
    return items >= _TRACKER_ITEMS


def _with_chronology(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """``candidates`` with the dates of a chronology kept: a dropped date line (under a
    container named "date", or as a furniture line) directly followed by kept text in the
    same entry (the nearest container holding both), when entries of that one template
    (tag and class) open so at least ``_CHRONOLOGY_ENTRIES`` times. The dates are the
    text's: each says when its entry happened, not when the page was written."""
    pairs: dict[tuple[str, str], list[int]] = {}
    for position in range(len(candidates) - 1):
        (block, reason), (after, verdict) = candidates[position], candidates[position + 1]
        if reason is None or reason == REPEATED or verdict is not None:
            continue
        if after.kind is BlockKind.HEADING or not _dates_an_entry(block.text):
            continue
        entry = _common_container(walked, block.container, after.container)
        if entry < 0 or entry in (block.container, after.container):
            continue  # a date and its text need an entry of their own around them
        if not _opens_a_clean_entry(walked, candidates, position, entry):
            continue
        pairs.setdefault(signature(walked, entry), []).append(position)
    chronology = [
        p
        for positions in pairs.values()
        if len(positions) >= _CHRONOLOGY_ENTRIES
        for p in positions
    ]
    if not chronology:
        return candidates
    out = list(candidates)
    for position in chronology:
        out[position] = (out[position][0], None)
    return out


def _opens_a_clean_entry(walked: Walk, candidates: list[Judged], position: int, entry: int) -> bool:
    """Whether the date at ``position`` opens its entry and everything else the entry holds
    is kept: a post's or a card's date sits among its author, its counters, its links."""
    if position > 0 and _inside(walked, candidates[position - 1][0].container, entry):
        return False
    for block, reason in candidates[position + 1 :]:
        if not _inside(walked, block.container, entry):
            return True
        if reason is not None:
            return False
    return True


def _inside(walked: Walk, container: int, entry: int) -> bool:
    parent = walked.containers.parent
    while container >= 0 and container != entry:
        container = parent[container]
    return container == entry


# A chronology's date is short: a day, a month or a year with a word or two ("Сентябрь
# 2013 года", "Spring 1978"); longer lines with a year are text.
_ENTRY_DATE_CHARS = 40
# A year of the last five centuries, written alone (not inside a longer number).
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)")


def _dates_an_entry(text: str) -> bool:
    """Whether a block may date a chronology's entry: a short line with a year ("12 May
    2008", "Spring 1978"). A time of day alone stamps a live post or a schedule's row, whose
    readers' texts leave it out (times kept: fundus B 0.9790 -> 0.9789)."""
    return len(text) <= _ENTRY_DATE_CHARS and _YEAR.search(text) is not None


def _common_container(walked: Walk, first: int, second: int) -> int:
    """The nearest container holding both ``first`` and ``second`` (-1: none)."""
    parent = walked.containers.parent
    above = set()
    while first >= 0:
        above.add(first)
        first = parent[first]
    while second >= 0 and second not in above:
        second = parent[second]
    return second


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
    """A container as its start tag shows it: ``<div class="share-bar">``."""
    node = walked.containers.nodes[container]
    shown = [walked.containers.tag[container]]
    for name in ("id", "class"):
        value = node.attributes.get(name)
        if value:
            shown.append(f'{name}="{" ".join(value.split())}"')
    return f"<{' '.join(shown)}>"


def _cell_count(block: RawBlock) -> int:
    return sum(1 for cell in block.cells if cell)


class _DataTables:
    """Which tables are data (a results table, a spec sheet) rather than layout or a list of
    links: a header row of ``<th>`` cells, or a grid of short cells (``_is_grid``), over at
    least ``_DATA_ROWS`` rows. Their rows are
    the article's content, read cell by cell; the line tests made for prose (datelines,
    credits) do not apply to them ("2021 | 120 members" is not a date line)."""

    def __init__(self, walked: Walk) -> None:
        self.walked = walked
        self.verdicts: dict[int, bool] = {}
        self.columns: dict[int, bool] = {}
        self.values: dict[int, bool] = {}
        rows: dict[int, list[RawBlock]] = {}
        for block in walked.blocks:
            if block.kind is BlockKind.TABLE_ROW:
                rows.setdefault(self._table_of(block.container), []).append(block)
        self.rows = rows

    def _table_of(self, container: int) -> int:
        cont = self.walked.containers
        index = container
        while index >= 0 and cont.tag[index] != "table":
            index = cont.parent[index]
        return index if index >= 0 else container

    def holds(self, walked: Walk, sums: Tally, container: int) -> bool:
        table = self._table_of(container)
        if table not in self.verdicts:
            rows = self.rows.get(table, [])
            # A first row of one filled cell over rows of more is the table's title (an
            # infobox's name set in a cell spanning the columns), not a row of its grid.
            if len(rows) > 1 and _filled_cells(rows[0]) == 1 < _filled_cells(rows[1]):
                grid = rows[1:]
            else:
                grid = rows
            self.verdicts[table] = (
                len(grid) >= _DATA_ROWS and (any(row.header for row in rows) or _is_grid(grid))
            ) or (len(grid) >= _KEY_VALUE_ROWS and _is_key_value(grid))
        return self.verdicts[table]

    def links_values(self, container: int) -> bool:
        """Whether the data table's rows are its own, some of them linking their value:
        a header names two columns or more (a discography's "Year | Title", each title
        linked to its page), or a row of two values or more links nothing (an infobox's
        "Height | 22 m" among "River | <a>Cullen</a>"). A list of links set as a table
        links every row and names no columns."""
        table = self._table_of(container)
        if table not in self.values:
            self.values[table] = self.has_columns(container) or any(
                not row.header and not row.links and _filled_cells(row) > 1
                for row in self.rows.get(table, [])
            )
        return self.values[table]

    def has_columns(self, container: int) -> bool:
        """Whether the table is data with a header naming two columns or more."""
        table = self._table_of(container)
        if table not in self.columns:
            rows = self.rows.get(table, [])
            self.columns[table] = len(rows) >= _DATA_ROWS and any(
                row.header and _cell_count(row) > 1 for row in rows
            )
        return self.columns[table]


def _linked_value_row(row: RawBlock) -> bool:
    """Whether a row's links fit in one of its cells and another cell holds text of its
    own: a label or a year beside a linked value ("1997 | <a>Harbour Lights</a>")."""
    cells = [cell for cell in row.cells if cell]
    return len(cells) > 1 and row.links <= max(len(cell) for cell in cells)


def _filled_cells(row: RawBlock) -> int:
    return sum(1 for cell in row.cells if cell)


def _is_grid(rows: list[RawBlock]) -> bool:
    """Rows of the same two or more cells, each at most a value's worth of text and at least
    ``_FILLED_CELLS`` of them filled: a spec sheet, a key-value table or a results table
    written without ``<th>``, whose gaps are values it lacks (a layout table's cells differ
    in number, or one of them holds the page's text)."""
    width = len(rows[0].cells)
    return width >= 2 and all(
        len(row.cells) == width
        and sum(1 for cell in row.cells if cell) >= _FILLED_CELLS
        and all(len(cell) <= _DATA_CELL for cell in row.cells)
        for row in rows
    )


def _is_key_value(rows: list[RawBlock]) -> bool:
    """Rows of two filled cells, a short label (no links) and its value: a key-value box."""
    return all(
        len(row.cells) == 2
        and not row.header
        and row.links == 0
        and 0 < len(row.cells[0]) <= _KEY_LABEL
        and 0 < len(row.cells[1]) <= _DATA_CELL
        for row in rows
    )


def _after_region(walked: Walk, region: Region, held_at: list[bool]) -> int:
    """The index of the first block past the region's text: a loose paragraph beyond it,
    with other page text in between, is a note after the article (a comment policy).
    ``held_at``: whether the region holds each block."""
    blocks = walked.blocks
    last = len(held_at) - 1
    while last >= 0 and not held_at[last]:
        last -= 1
    index = last + 1
    while index < len(blocks) and index in region.loose:
        index += 1
    return index


def _prompt_boxes(
    walked: Walk, sums: Tally, region: Region, held_at: list[bool]
) -> tuple[Region, set[int]]:
    """The small containers around consent, sign-up and subscription prompts that hold no
    paragraph of prose besides the prompts: lists of a subscription's perks and button
    labels go with them, a body section with one "sign up here" line does not (that line
    alone is dropped by ``select_blocks``). Also the positions of the region's prompts.
    ``held_at``: whether the region holds each block."""
    boxes = Region(top=region.top, ranges=[])
    prompts: set[int] = set()
    cont, blocks = walked.containers, walked.blocks
    most = None  # the most text a box may hold: a share of the region's, found once
    for position, block in enumerate(blocks):
        if not held_at[position] or not is_box_prompt(block.text):
            continue
        prompts.add(position)
        if most is None:
            most = _BOX_SHARE * sum(
                len(b.text) for b, held in zip(blocks, held_at, strict=True) if held
            )
        box, index = -1, block.container
        while index > region.top and sums.text[index] <= min(_BOX_CHARS, most):
            if _holds_prose(blocks, position, index, sums.end[index]):
                break
            box, index = index, cont.parent[index]
        if box >= 0:
            boxes.ranges.append((box, sums.end[box]))
    _add_form_boxes(walked, sums, region, held_at, boxes)
    _add_call_boxes(walked, sums, region, held_at, boxes)
    boxes.seal()
    return boxes, prompts


# A call to action set in the text (a donation ask, a paywall's meter, a membership offer):
# a named box of one short sentence or two, at most this long, beside its button...
_CALL_CHARS = 250
# ... a link (or a <button>) of at most this many characters: "Donate", "OK", "→".
_CALL_BUTTON = 25


def _add_call_boxes(
    walked: Walk, sums: Tally, region: Region, held_at: list[bool], boxes: Region
) -> None:
    """The boxes that ask the reader to act, whatever their words: a named container
    inside the article holding one short paragraph without links and a button beside it (a
    short link or a ``<button>``), and nothing else, its template met once in the region. A
    text's paragraph stands among others in its container; a product's box with its "Buy"
    button repeats its template down a shopping list; a form's button is the form's."""
    cont, blocks = walked.containers, walked.blocks
    inside: dict[int, list[int]] = {}  # a container of the region: its blocks' positions
    for position, block in enumerate(blocks):
        if held_at[position] and block.container > region.top:
            inside.setdefault(block.container, []).append(position)
    if not inside:
        return
    # At most this much text in a box: a text of one paragraph and a "Read more" link is
    # the page's text, not a call beside it.
    most = _BOX_SHARE * sum(len(b.text) for b, held in zip(blocks, held_at, strict=True) if held)
    family_of = {index: _family(walked, index) for index in inside}  # read once each
    families: dict[tuple[str, str], int] = {}
    for family in family_of.values():
        families[family] = families.get(family, 0) + 1
    for index, positions in inside.items():
        if not cont.classes[index] or families[family_of[index]] > 1:
            continue
        texts = [p for p in positions if not blocks[p].links]
        buttons = [p for p in positions if blocks[p].links]
        if len(texts) != 1 or len(buttons) > 1:
            continue
        text = blocks[texts[0]]
        if text.kind is not BlockKind.PARAGRAPH or len(text.text) > min(_CALL_CHARS, most):
            continue
        if buttons:
            button = blocks[buttons[0]]
            if button.links < len(button.text) or len(button.text) > _CALL_BUTTON:
                continue
        elif not _holds_a_lone_button(cont.nodes[index]):
            continue
        if sums.text[index] > sum(len(blocks[p].text) for p in positions):
            continue  # text in boxes inside it: a section, not one call
        boxes.ranges.append((index, index))


def _add_form_boxes(
    walked: Walk, sums: Tally, region: Region, held_at: list[bool], boxes: Region
) -> None:
    """The small containers around a ``<form>`` inside the article that asks for an e-mail
    address, holding no paragraph of prose: a sign-up box ("Receba as notícias de Curitiba
    no seu e-mail" over an e-mail field and a button), whatever the language of its words.
    The form itself is furniture already (``blocks._tag_hint``); its box's heading and
    sentence, set beside it, are its labels. A page-wide form (ASP.NET's around the whole
    page) holds more text than a box."""
    cont, blocks = walked.containers, walked.blocks
    forms = [
        index
        for start, stop in region.ranges
        for index in range(max(start, region.top + 1), stop + 1)
        if cont.tag[index] == "form" and _asks_for_an_address(cont.nodes[index])
    ]
    if not forms:
        return
    most = _BOX_SHARE * sum(len(b.text) for b, held in zip(blocks, held_at, strict=True) if held)
    containers = sorted((block.container, position) for position, block in enumerate(blocks))
    for form in forms:
        box, index = -1, cont.parent[form]
        while index > region.top and sums.text[index] <= min(_BOX_CHARS, most):
            if _subtree_holds_prose(blocks, containers, index, sums.end[index]):
                break
            box, index = index, cont.parent[index]
        if box >= 0:
            boxes.ranges.append((box, sums.end[box]))


def _holds_a_lone_button(node: LexborNode) -> bool:
    """Whether ``node`` holds a ``<button>`` and no field: a call's button, not a form's (a
    search box's line beside its field is a tool of the text)."""
    return (
        node.css_first("button") is not None and node.css_first("input, select, textarea") is None
    )


def _asks_for_an_address(form: LexborNode) -> bool:
    """Whether a form asks only for an e-mail address (an ``<input type="email">``, no text
    area): a sign-up's. A shop's cart form, a search or a comment form asks for more."""
    return (
        form.css_first('input[type="email" i]') is not None and form.css_first("textarea") is None
    )


def _subtree_holds_prose(
    blocks: list[RawBlock], containers: list[tuple[int, int]], start: int, stop: int
) -> bool:
    """Whether the blocks of containers ``start..stop`` (``containers``: each block's
    container and position, sorted) include a paragraph that is not a prompt."""
    at = bisect.bisect_left(containers, (start, -1))
    sentences = 0
    while at < len(containers) and containers[at][0] <= stop:
        sentences += _box_prose(blocks[containers[at][1]])
        if sentences >= _BOX_SENTENCES:
            return True
        at += 1
    return False


def _add_cards(walked: Walk, sums: Tally, region: Region, boxes: Region) -> None:
    """Teaser cards inside the article: a nested ``<article>`` element that is short, links
    somewhere and holds little of the region's prose is another story's card ("read our
    live blog"), not a part of this one. A short one of the template of another the region
    reads as text, without a heading, is a post of a thread (a short reply under a long
    question), not a card; a card titles its story."""
    cont = walked.containers
    total = region.mass(sums)
    cards: list[int] = []
    posts: set[tuple[str, str]] = set()  # the templates of the region's nested articles of text
    for start, stop in region.ranges:
        for index in range(max(start, region.top + 1), stop + 1):
            if cont.tag[index] != "article" or index == start or index in region.entries:
                continue
            text = sums.text[index]
            if (
                text <= _CARD_CHARS
                and sums.links[index] >= _CARD_LINKS * text
                and sums.mass[index] <= _CARD_SHARE * total
            ):
                cards.append(index)
            else:
                posts.add(entry_template(walked, index))
    headings: list[int] = []
    if cards and posts:
        headings = sorted(b.container for b in walked.blocks if b.kind is BlockKind.HEADING)
    for index in cards:
        if entry_template(walked, index) not in posts or _holds_heading(
            headings, index, sums.end[index]
        ):
            boxes.ranges.append((index, sums.end[index]))  # a headline: another story's card
    boxes.seal()


def _holds_prose(blocks: list[RawBlock], position: int, start: int, stop: int) -> bool:
    """Whether the blocks of containers ``start..stop`` (a contiguous run of ``blocks``
    around ``position``) include a paragraph that is not a prompt."""
    sentences = 0
    for step in (-1, 1):
        at = position + step
        while 0 <= at < len(blocks) and start <= blocks[at].container <= stop:
            sentences += _box_prose(blocks[at])
            if sentences >= _BOX_SENTENCES:
                return True
            at += step
    return False


def _box_prose(block: RawBlock) -> int:
    """What a block weighs as prose in a prompt's box: ``_BOX_SENTENCES`` for a paragraph of
    ``_BOX_PARAGRAPH`` Latin letters (a wide character weighs three), one for a shorter
    paragraph that is a sentence of ``_BOX_SENTENCE_WORDS`` words (``closes_sentence``), none
    for a prompt or any other block."""
    text = block.text
    if latin_width(text) >= _BOX_PARAGRAPH:
        weight = _BOX_SENTENCES
    elif (
        block.kind is BlockKind.PARAGRAPH
        and closes_sentence(text)
        and word_count(text) >= _BOX_SENTENCE_WORDS
    ):
        weight = 1
    else:
        return 0
    return 0 if is_box_prompt(text) else weight


def _furniture_above(
    walked: Walk,
    sums: Tally,
    region: Region,
    container: int,
    floor: float,
    strict: Strictness,
    groups: dict[tuple[str, str], float],
    headings: list[int],
    *,
    data: bool = False,
    facts: bool = False,
) -> int:
    """The boilerplate-named container between the region's top and the block that holds it,
    -1 if none; ``data``: the block is a table's row, a definition list's entry or a
    heading, which a container named only by the words of the article's own container
    (``region.named_as_text``) does not make furniture.

    A boilerplate name on a container that holds much of the prose is a misnomer (a body
    wrapped in ``article__teaser``) and is looked through; so is one whose component family
    holds much of it together across the region (one ``article-widget`` per paragraph, an
    ``infobox`` among a page builder's ``paragraph--type--text`` components, Elementor's
    ``elementor-widget-container`` around each heading, list and text of a page).
    ``facts``: the block is a table's row or a definition list's entry, which a container
    named only as a box of facts (``_FACT_BOX_WORDS``) does not make furniture.
    """
    cont = walked.containers

    def read_through(index: int) -> bool:
        return (
            _looks_like_prose(sums, index, floor, strict.prose_mass)
            # a container with no class is named by its id alone: one element, no template
            or (cont.classes[index].strip() != "" and signature(walked, index) in region.trusted)
            or _template_mass(walked, sums, region, index, groups) >= floor
            or (data and named_as_text(walked, region, index))
            or (facts and _named_as_facts(cont.names(index)))
            or _text_widget(cont.classes[index])
            or _builder_box(cont.classes[index])
        )

    bad = cont.bad[container]
    while bad > region.top and region.holds(bad):
        if cont.hint[bad] < -1:
            return bad
        if not read_through(bad) and not (
            _part_of_read(cont, region, bad, read_through)
            and _holds_heading(headings, bad, sums.end[bad])
        ):
            return bad
        up = cont.parent[bad]
        bad = cont.bad[up] if up >= 0 else -1
    return -1


# The kinds a page builder's widget in the text is named for when it is the text's own: a
# review's pros and cons ("widget statement" with "pro" and "contra" columns), a recipe's
# ingredients, a data table, a quotation (read as a <blockquote> is). A widget named for
# nothing of the text (a "widget sharebear", "widget video", a sidebar's
# "widget_recent_entries") stays furniture ("widget" read through whatever it names cost
# fundus half B, patterns._CONTENT_DECIDES).
_TEXT_WIDGET_KINDS = frozenset(
    {"statement", "proscons", "pros", "cons", "procon", "contra", "ingredients", "table", "quote"}
)
# The same in one class, as a page builder names its widgets ("elementor-widget-text-editor"
# around a page's prose, "elementor-widget-icon-list" around its list of features), and the
# inner wrapper every widget of the builder has ("elementor-widget-container"), which the
# widget around it names: a sidebar's "elementor-widget-wp-widget-recent-posts" or an
# "elementor-widget-share-buttons" stays furniture by its own words. (Not a sidebar's bare
# "widget_text": a theme's text widget is the sidebar's box.)
_BUILDER_TEXT_WIDGETS = frozenset(
    {
        "text-editor", "heading", "icon-list", "accordion", "toggle", "tabs",
        "theme-post-content", "container", "wrap",
    }
)  # fmt: skip
_CLASS_WORD = re.compile(r"[^\s_-]+")
_WIDGET = "widget"


@functools.lru_cache(maxsize=1024)
def _text_widget(classes: str) -> bool:
    """Whether a container named as furniture by ``widget`` alone names, with another of
    its class words, a kind of the text's own content (``_TEXT_WIDGET_KINDS``), or is a
    page builder's widget of text or its inner wrapper (``_BUILDER_TEXT_WIDGETS``)."""
    lower = classes.lower()
    if _WIDGET not in lower or furniture_words(classes) != {_WIDGET}:
        return False
    for token in lower.split():
        at = token.find(_WIDGET)
        if at > 0 and token[at + len(_WIDGET) :].lstrip("-_") in _BUILDER_TEXT_WIDGETS:
            return True
    return any(word in _TEXT_WIDGET_KINDS for word in _CLASS_WORD.findall(lower))


# A page builder's box of a picture beside a title and a line of text ("elementor-widget-
# image-box" around "elementor-image-box-content" with its "-title" and "-description"): the
# text is the page's own (a service, a feature), the picture is skipped anyway. Only these
# builder forms, as a bare "image-box" or "article-image-box" holds a photo's caption.
_BUILDER_BOX = re.compile(
    r"(?:^|\s)[a-z0-9]+-(?:widget-image-box|image-box-(?:content|description|title|wrapper))"
    r"(?=$|\s)"
)
_IMAGE_BOX_WORDS = frozenset({"widget", "image-box"})


@functools.lru_cache(maxsize=1024)
def _builder_box(classes: str) -> bool:
    """Whether a container is named as furniture only as a page builder's picture box
    (``_BUILDER_BOX``), whose title and text are the page's own."""
    lower = classes.lower()
    if "image-box" not in lower or not _BUILDER_BOX.search(lower):
        return False
    words = furniture_words(classes)
    return bool(words) and words <= _IMAGE_BOX_WORDS


def _holds_heading(headings: list[int], start: int, stop: int) -> bool:
    """Whether the subtree ``start..stop`` holds a heading (``headings``: the sorted
    containers of the page's headings, so that a page of thousands of cards stays linear)."""
    at = bisect.bisect_left(headings, start)
    return at < len(headings) and headings[at] <= stop


# The furniture words of a box of the text's own facts: an encyclopedia entry's infobox
# (a place's country, length and mouth; a person's birth and trade, set in rows beside the
# lead). Its rows and definitions are read; its prose and headings stay judged by the name,
# as a news page's "infobox" of background paragraphs is an aside the evaluation truths
# leave out (read whole: snippets half A 0.967 -> 0.966, and such a box added to two fundus
# pages, scores unchanged).
_FACT_BOX_WORDS = frozenset({"infobox"})
_FACT_BLOCKS = frozenset({BlockKind.TABLE_ROW, BlockKind.TERM, BlockKind.DEFINITION})


def _named_as_facts(names: str) -> bool:
    words = furniture_words(names)
    return bool(words) and words <= _FACT_BOX_WORDS


def _fact_pairs(walked: Walk, held_at: list[bool]) -> dict[int, BlockKind]:
    """The label and value pairs of a box of facts, as the term and definition they are:
    a wiki farm's infobox sets each row as a short heading (its label, "Born") and the
    value beside it ("<div><h3>Born</h3><div>1911</div></div>"), not as a table's row.
    Only a pair alone in its element, under a container named only as a box of facts
    (``_FACT_BOX_WORDS``): a heading over a line elsewhere is a section or a card's title.
    Keys: positions in ``walked.blocks``."""
    blocks, cont = walked.blocks, walked.containers
    out: dict[int, BlockKind] = {}
    for index in range(len(blocks) - 1):
        label, value = blocks[index], blocks[index + 1]
        if (
            label.kind is not BlockKind.HEADING
            or value.kind is not BlockKind.PARAGRAPH
            or not held_at[index]
            or len(label.text) > _KEY_LABEL
            or len(value.text) > _DATA_CELL
        ):
            continue
        holder = label.container
        if value.container != holder and cont.parent[value.container] != holder:
            continue
        if index + 2 < len(blocks):
            following = blocks[index + 2].container
            if following == holder or cont.parent[following] == holder:
                continue  # more than a label and its value: a section or a card
        box = cont.bad[holder]
        if box >= 0 and _named_as_facts(cont.names(box)):
            out[index] = BlockKind.TERM
            out[index + 1] = BlockKind.DEFINITION
    return out


def _as_kind(block: RawBlock, kind: BlockKind) -> RawBlock:
    """``block`` read as a ``kind`` of a top-level list (a definition list's term or
    description)."""
    return RawBlock(block.text, kind, 1, block.container, block.links, block.tag)


# The blocks a data section beside the text is made of (``region._data_after``), and the
# heading that titles it: a caption or a paragraph under the article's own word ("image-
# widget" beside "article-widgets") stays judged by its container's name (the evaluation
# truths leave captions out: read as text they cost fundus half A 0.9638 -> 0.9624).
_DATA_BLOCKS = frozenset(
    {BlockKind.TABLE_ROW, BlockKind.TERM, BlockKind.DEFINITION, BlockKind.HEADING}
)


def _part_of_read(
    cont: Containers, region: Region, index: int, read_through: Callable[[int], bool]
) -> bool:
    """Whether ``index`` is named as a part of a boilerplate-named component above it that
    the region reads (``menu-item-header`` in a restaurant's ``menu-item``, BEM's
    ``card__header`` in ``card``): the furniture word is the component's, already looked
    through there, and does not count again on the part that titles it. Only a part holding
    a heading: a teaser card's kicker or badge beside the text the region reads is a label
    (on half A it added a listing's topic kickers, "Wasserstoff", to the text)."""
    own = cont.classes[index].split()
    if not own:
        return False
    up = cont.parent[index]
    above = cont.bad[up] if up >= 0 else -1
    while above > region.top and region.holds(above):
        if cont.hint[above] < -1:
            return False
        names = cont.classes[above].split()
        if all(any(_extends(name, base) for base in names) for name in own):
            return read_through(above)
        up = cont.parent[above]
        above = cont.bad[up] if up >= 0 else -1
    return False


# A component's class name is a word at least this long: shorter tokens are namespaces and
# utility prefixes ("c-", "u-", "js-") every class of a page may start with.
_COMPONENT_NAME = 3


def _extends(name: str, base: str) -> bool:
    """Whether the class ``name`` names a part of ``base`` (``base-header``, ``base__title``)."""
    return (
        len(base) >= _COMPONENT_NAME
        and len(name) > len(base) + 1
        and name.startswith(base)
        and name[len(base)] in "-_"
    )


def _template_mass(
    walked: Walk, sums: Tally, region: Region, index: int, groups: dict[tuple[str, str], float]
) -> float:
    """The prose mass the containers of ``index``'s component family hold across the region
    (filled in ``groups`` for every family at the first call; a family's container inside
    another of it counts once, with that one). A container that repeats another's text of
    its family word for word counts once too: the same consent line set in an embed's box
    under every post of a live blog is a template's placeholder, not text spread across
    widgets, however often it comes."""
    if not groups:
        groups[("", "")] = 0.0  # filled, even for a region without a family
        inside: dict[tuple[str, str], int] = {}
        # The members counted, by family and text length: the first one's place, then the
        # texts of all once a second one of that length comes (each text is read at most
        # once, and a look-up is a set's: a page of 8,000 cards of one length stays linear).
        counted: dict[tuple[tuple[str, str], int], int | set[str]] = {}
        nodes = walked.containers.nodes
        for start, stop in region.ranges:
            for at in range(start, stop + 1):
                family = _family(walked, at)
                if inside.get(family, -1) >= at:
                    continue
                inside[family] = sums.end[at]
                if not sums.mass[at]:
                    continue
                key = (family, sums.text[at])
                texts = counted.get(key)
                if texts is None:
                    counted[key] = at
                else:
                    if isinstance(texts, int):
                        texts = counted[key] = {nodes[texts].text(deep=True)}
                    text = nodes[at].text(deep=True)
                    if text in texts:
                        continue
                    texts.add(text)
                groups[family] = groups.get(family, 0.0) + sums.mass[at]
    family = _family(walked, index)
    return groups.get(family, 0.0) if family[1] else 0.0  # a bare tag is no family


def _family(walked: Walk, index: int) -> tuple[str, str]:
    """A container's component family: its tag and first class name (a page builder's
    ``paragraph paragraph--type--text`` and ``paragraph paragraph--type--infobox``)."""
    tag, classes = signature(walked, index)
    return tag, classes.split(maxsplit=1)[0] if classes.strip() else ""


def _looks_like_prose(sums: Tally, index: int, floor: float, prose_mass: float) -> bool:
    """Whether a container's content outweighs its name: much of the region's prose, or
    several paragraphs with few links (a ``paywalled`` or ``hasBanners`` body wrapper)."""
    mass = sums.mass[index]
    if mass >= floor:
        return True
    total = sums.text[index]
    return mass >= prose_mass and total > 0 and sums.links[index] / total < _PROSE_LINKS


def _text_verdict(
    block: RawBlock,
    max_density: float,
    *,
    prompt: bool,
    term: str | None = None,
    lines: bool = True,
) -> str | None:
    """Why a block does not read as the article's text, ``None`` when it does; ``prompt``:
    it asks for consent, a sign-up or a subscription (found once, by ``_prompt_boxes`` for
    the region's blocks); ``term``: the term a definition (``<dd>``) describes; ``lines``:
    give it the furniture line tests (``_LINE_TESTS``)."""
    text = block.text
    if _NO_WORD.search(text) is None or (
        not text[0].isalpha()
        and (
            _BARE_NUMBER.fullmatch(text)
            or _COUNTER.fullmatch(text)
            or (block.kind is BlockKind.PREFORMATTED and _LINE_NUMBERS.fullmatch(text))
        )
    ):
        return NO_WORDS
    if block.kind is BlockKind.HEADING:
        if block.links > _LINKED_HEADING * len(text):
            return LINKED_HEADING
        if block.level <= 1:
            return PAGE_TITLE
        if _REPLY_PREFIX.match(text):
            return REPLY_SUBJECT
        return FURNITURE_LINE if lines and is_furniture_line(text) else None
    if block.links and block.links / len(text) > max_density and not _linked_prose(block):
        return f"{_LINK_LIST}({block.links / len(text):.0%} of its text is links)"
    if block.links and (is_teaser_link(text, block.links) or is_excerpt(text, block.links)):
        return TEASER_LINK
    if prompt:
        return PROMPT_LINE
    if block.kind is BlockKind.PREFORMATTED:
        return None  # code: the line tests read prose ("git@host:repo" is no contact line)
    if _SIGNATURE.match(text):
        return SIGNATURE
    if len(text) <= PAGE_CONTROL_LINE and (is_pagination_line(text) or is_sort_control(text)):
        return PAGE_CONTROL
    if block.caption and _SOURCE_ONLY.fullmatch(text):
        return FURNITURE_LINE  # a picture's source given as its caption: a credit
    if term is not None:
        # A definition is read under its term as under a label: a date is a page stamp
        # under "Published", the text's own under "Registration period".
        text = f"{term}: {text}"
    if not lines:
        return None
    list_item = block.kind is BlockKind.LIST_ITEM
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
_SOURCE_ONLY = re.compile(
    r"\W*(?:(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?|@[\w.]+)\W*",
    re.IGNORECASE,
)


# A term's definitions looked at before it: a definition list's entry has one or a few
# (a hostile page's run of thousands of <dd> is not scanned back each time).
_DEFINITIONS_PER_TERM = 20


def _term_of(blocks: list[RawBlock], index: int) -> str | None:
    """The text of the term (``<dt>``) the definition at ``index`` describes, if any."""
    for at in range(index - 1, max(-1, index - 1 - _DEFINITIONS_PER_TERM), -1):
        kind = blocks[at].kind
        if kind is BlockKind.TERM:
            return blocks[at].text
        if kind is not BlockKind.DEFINITION:
            return None
    return None


def _finish(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """Drop duplicates and headings whose next candidate was dropped."""
    out: list[Judged] = []
    seen: dict[object, tuple[int, int]] = {}  # key: container and kept count when first kept
    kept = 0
    lists = _list_keys(walked, candidates)
    heading: RawBlock | None = None
    for position, (block, reason) in enumerate(candidates):
        if block.kind is BlockKind.HEADING:
            heading = block
        key = lists.get(position) or _entry_key(walked, block, heading)
        first = seen.get(key)
        if (
            reason is None
            and first is not None
            and not _section_label(block)
            and not _refrain(walked, block, first, kept)
        ):
            reason = REPEATED
        elif (
            reason is None
            and block.kind is BlockKind.HEADING
            and len(block.text) < PROSE_HEADING
            and not _followed_by_text(candidates, position)
        ):
            reason = ORPHAN_HEADING
        elif (
            reason is None
            and block.kind is BlockKind.TERM
            and _definitions_dropped(candidates, position)
        ):
            reason = ORPHAN_TERM
        elif reason is None and block.header and _rows_dropped(candidates, position):
            reason = ORPHAN_HEADER_ROW
        if reason is None:
            seen.setdefault(key, (_place(walked, block), kept))
            kept += 1
        out.append((block, reason))
    return out


def _refrain(walked: Walk, block: RawBlock, first: tuple[int, int], kept: int) -> bool:
    """A stanza met again in the same container with other text between (a song's chorus,
    a poem's refrain): the text repeats itself, the page does not. A stanza is written as
    lines (``<br>``); a repeated paragraph of prose is a template's (a disclaimer under
    each product box)."""
    place, at = first
    return block.tag == "#run" and _place(walked, block) == place and kept > at + 1


def _place(walked: Walk, block: RawBlock) -> int:
    """The container a block sits in; for text read in runs (a ``<p>`` cut by ``<br>``s is a
    container of its own), the one around that."""
    if block.tag == "#run":
        return walked.containers.parent[block.container]
    return block.container


def _section_label(block: RawBlock) -> bool:
    """A short heading, which met again titles a section of its own ("Fixed" under each
    release of a changelog): the text under it decides whether it stays."""
    return block.kind is BlockKind.HEADING and len(block.text) < _SENTENCE_HEADING


def _entry_key(walked: Walk, block: RawBlock, heading: RawBlock | None) -> object:
    """What makes a block a repeat: its text, and for a short line set in one container with
    its heading (or the heading's own wrapper), that heading too."""
    if (
        heading is None
        or len(block.text) > _SHORT_ENTRY
        or block.kind is BlockKind.HEADING
        or block.container not in (heading.container, walked.containers.parent[heading.container])
    ):
        return block.text
    return block.text, heading.text


def _list_keys(walked: Walk, candidates: list[Judged]) -> dict[int, tuple[str, int]]:
    """What makes a list item a repeat: the same text in the same list (a list met again
    whole, as a duplicated menu or a page printed twice is). The same name in two lists (a
    nominee in two categories, a size of two products) is content each time."""
    cont = walked.containers
    lists: dict[int, list[int]] = {}
    for position, (block, _) in enumerate(candidates):
        if block.kind is BlockKind.LIST_ITEM:
            index = block.container
            while index >= 0 and cont.tag[index] not in _LIST_TAGS:
                index = cont.parent[index]
            lists.setdefault(index, []).append(position)
    keys: dict[int, tuple[str, int]] = {}
    # Each list's items stand for it by a number, one per distinct list: a key holding the
    # items themselves was hashed whole at every look-up (a list of 40,000 links, 6 s).
    numbers: dict[tuple[str, ...], int] = {}
    for positions in lists.values():
        items = tuple(candidates[at][0].text for at in positions)
        number = numbers.setdefault(items, len(numbers))
        for at in positions:
            keys[at] = (candidates[at][0].text, number)
    return keys


def _without_pull_quotes(judged: list[Judged]) -> list[Judged]:
    """Drop pull quotes: a short quotation whose words the article's own paragraphs hold
    (set off in large type to draw the eye, it repeats the text; a real quotation does
    not appear twice)."""
    kept = [block for block, reason in judged if reason is None]
    quotes = [b for b in kept if b.kind is BlockKind.QUOTE and len(b.text) <= _PULL_QUOTE]
    if not quotes:
        return judged
    prose = " ".join(compare_key(b.text) for b in kept if b.kind is BlockKind.PARAGRAPH)
    pulled = {id(q) for q in quotes if (key := compare_key(q.text)) and key in prose}
    return [(b, PULL_QUOTE if id(b) in pulled else reason) for b, reason in judged]


def _definitions_dropped(candidates: list[Judged], position: int) -> bool:
    """Whether the term at ``position`` has definitions and every one of them was dropped
    (a "Published" term whose date was a page stamp)."""
    following = candidates[position + 1 : position + 1 + _DEFINITIONS_PER_TERM]
    return _all_dropped(following, lambda b: b.kind is BlockKind.DEFINITION)


def _rows_dropped(candidates: list[Judged], position: int) -> bool:
    """Whether the header row at ``position`` has rows under it and every one of them was
    dropped (a navigation box's title over its rows of links)."""
    following = candidates[position + 1 :]
    return _all_dropped(following, lambda b: b.kind is BlockKind.TABLE_ROW and not b.header)


def _all_dropped(following: list[Judged], under: Callable[[RawBlock], bool]) -> bool:
    """Whether the run of blocks ``under`` a term or a header (the first ``following``
    blocks it holds) is not empty and was dropped whole."""
    dropped = False
    for block, reason in following:
        if not under(block):
            break
        if reason is None:
            return False
        dropped = True
    return dropped


def _followed_by_text(candidates: list[Judged], position: int) -> bool:
    """Whether a heading introduces kept text: the next text block is kept, or, for a
    heading that is a sentence ("1. The group owned 1,300 projects"), a kept text block
    follows after furniture that was dropped (an image credit, an embed placeholder)."""
    text, own = candidates[position][0].text, candidates[position][0].container
    sentence = len(text) >= _SENTENCE_HEADING or _NUMBERED.match(text) is not None
    interrupted = False
    for block, reason in candidates[position + 1 : position + _HEADING_REACH]:
        if reason == LAYOUT_ROW:
            continue  # the header row of a table that lays out the section's text
        keep = reason is None
        if not keep and block.links and len(block.text) <= _HEADING_TOOL and block.container == own:
            continue  # the heading's own link beside it: a wiki's "[edit]", an anchor
        if reason == FURNITURE_LINE and is_date_line(block.text):
            continue  # the section's date: a release's or a live post's
        if block.kind is BlockKind.HEADING and len(block.text) >= PROSE_HEADING:
            if keep:
                return True  # text set in heading type
            continue
        if block.kind is BlockKind.HEADING:
            own = block.container  # a subheading's own tools follow it
            if sentence and not keep:
                continue
            if sentence:
                # A listicle's numbered items whose bodies were embeds: each heading is the text.
                return _NUMBERED.match(block.text) is not None
            continue
        if not keep and not interrupted and _interrupts(block, reason):
            interrupted = True
            continue  # an ad slot or a picture credit set between a heading and its text
        if keep or not sentence:
            return keep
    return False


def _interrupts(block: RawBlock, reason: str | None) -> bool:
    """Whether a dropped block is furniture set inside a section (an ad slot's label, a
    picture's credit): a short paragraph without links, which its heading reaches over. A
    teaser, a prompt or a list of such lines is not: a heading over one is the box's."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and not block.links
        and len(block.text) <= _INTERRUPTION
        and (reason in _INTERRUPTIONS or (reason or "").startswith(_UNDER_FURNITURE))
    )


# An ad slot's label or a picture's credit is a line: at most this many characters.
_INTERRUPTION = 80
_INTERRUPTIONS = frozenset({FURNITURE_LINE, NO_WORDS})
_UNDER_FURNITURE = "under a container named as furniture"


def trim_tail(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Drop what follows the article's last paragraph without being part of it: author bios,
    first-published and translation notes, a heading label ("About the author") or a "more
    on this in our live blog:" lead-in left with nothing under it (its teaser was dropped),
    a short question to the reader ("Was this article useful?"), a widget's "Loading..." or
    a bracketed credit ("（小林美咲）").
    A heading that is a sentence stays: a listicle's last item may be only its heading."""
    end = _before_author_box(blocks)
    stop = max(1, end - _TAIL_REACH)
    while end > stop:
        block = blocks[end - 1]
        if block.kind is BlockKind.PREFORMATTED:
            break  # code, whatever its words say
        text = block.text
        lead_in = len(text) <= _LEAD_IN and text.rstrip().endswith(_LEAD_IN_COLONS)
        label = block.kind is BlockKind.HEADING and len(text) < _SENTENCE_HEADING
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
            or (len(text) <= _TAIL_PROMPT and is_box_prompt(text))
        ):
            break
        end -= 1
    return blocks[:end]


# A sign-up or follow ask closing the text ("… sign up for our newsletters.", "Follow us on
# X for the latest updates") is a sentence or two: at most this many characters. A longer
# closing block naming a newsletter or a commission (a podcast's blurb, an affiliate
# disclosure of three sentences) is one the fundus truths keep (half A 0.967 -> 0.966).
_TAIL_PROMPT = 200


# The blocks whose text an agency's credit may close: a paragraph, a quoted one.
_CREDITED = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE})


def cut_agency_credits(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], str]:
    """The blocks without the news agency's credit closing a paragraph ("… of the month.
    (Lusa)", ``patterns.without_closing_credit``): a credit, as a line of its own is, not
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
