"""Why a block's text does not read as the article's (``text_verdict``): no words, a counter
or an id, counts alone, a linked or page-title heading, a link list, a teaser's link, a
prompt, a signature, a poster's card, a page control, a furniture line. Read from the block
alone, apart from its place in the page (``first_verdicts``)."""

from __future__ import annotations

import re

from newsextract.body.characters import is_smiley
from newsextract.body.control_lines import (
    PAGE_CONTROL_LINE,
    is_pagination_line,
    is_rating_scale,
    is_sort_control,
)
from newsextract.body.finish import (
    DEFINITIONS_PER_TERM,
)
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.linked_prose import is_linked_sentence
from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    PREFORMATTED,
    TERM,
)
from newsextract.body.poster_lines import POSTER_LINE_CHARS, is_poster_card
from newsextract.body.reasons import (
    COUNTS_LINE,
    FURNITURE_LINE,
    LINK_LIST,
    LINKED_HEADING,
    NO_WORDS,
    PAGE_CONTROL,
    PAGE_TITLE,
    POSTER_CARD,
    PROMPT_LINE,
    REPLY_SUBJECT,
    SIGNATURE,
    TEASER_LINK,
)
from newsextract.body.teaser_lines import (
    is_excerpt,
    is_labelled_enumeration,
    is_summary_of_elsewhere,
    is_teaser_link,
)
from newsextract.body.walk_records import RawBlock
from newsextract.lazy_regex import LazyPattern

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


def _linked_sentence(block: RawBlock) -> bool:
    """Whether a paragraph is a sentence whose names are linked (``is_linked_sentence``)."""
    return is_linked_sentence(block.text, block.links)


def linked_enumeration(block: RawBlock, max_density: float) -> bool:
    """Whether a paragraph is a labelled list of linked names (``is_labelled_enumeration``)
    with more of its text linked than ``max_density``."""
    text = block.text
    return (
        block.tag == "p"
        and block.links > max_density * len(text)
        and is_labelled_enumeration(text, block.links)
    )


def text_verdict(
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
        or linked_enumeration(block, 0.0)
        or _linked_sentence(block)
    )


# A caption that is only where the picture comes from: a web address
# ("instagram.com/kulinermks", "(www.example.org/foto)") or an account ("@kulinermks"), as
# Indonesian and Indian media credit a picture taken from social media.
_SOURCE_ONLY = LazyPattern(
    r"\W*(?:(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?|@[\w.]+)\W*",
    re.IGNORECASE,
)


def term_of(blocks: list[RawBlock], index: int) -> str | None:
    """The text of the term (``<dt>``) the definition at ``index`` describes, if any."""
    for at in range(index - 1, max(-1, index - 1 - DEFINITIONS_PER_TERM), -1):
        kind = blocks[at].kind
        if kind is TERM:
            return blocks[at].text
        if kind is not DEFINITION:
            return None
    return None
