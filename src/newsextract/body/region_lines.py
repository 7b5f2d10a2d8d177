"""The short lines beside the text that the climb takes though they weigh less than a
sibling must: an introduction before the first titled section, a closing line after the
text (past an ad slot), a closing ``<p>`` a parser moved out of its wrapper, an article's
notes footer, and the blocks set loose in a wrapper the climb reaches (a lead, headings, a
forum's rows of prose).

Apart from ``region.py`` because each reads one sentence or block by the line tests, where
the climb weighs whole siblings.
"""

from __future__ import annotations

from newsextract.body.characters import ends_as_sentence
from newsextract.body.class_names import furniture_words
from newsextract.body.model import HEADING, PARAGRAPH, PREFORMATTED, TABLE_ROW, filled_cells
from newsextract.body.region_record import MIN_SIBLING_MASS, Headlines
from newsextract.body.scoring import Tally, block_value
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.text import word_count

# A paragraph sitting directly in a wrapper the region climbed to joins at this value (a
# sentence of about a hundred characters): a lead beside the body, not a label or a button.
LOOSE_BLOCK_VALUE = 2.0


def intro_before(
    walked: Walk, sums: Tally, parent: int, first: int, headlines: Headlines
) -> list[int]:
    """The child of ``parent`` right before the first taken one when only a heading set
    directly in ``parent`` parts them and it holds a sentence of prose and nothing else: the
    page's introduction before its text's first titled section (an episode's description
    over "Transcript", a project's summary over "Installation"), too short to join by its
    mass. The heading between them says the text goes on from the introduction to a section
    of it; without one the line is a box beside the text (a teaser, a standfirst the lead
    takes). Not one named as furniture, nor one with a link, nor one holding the
    headline; the line tests still judge its text."""
    cont = walked.containers
    index = -1  # the last child before ``first`` that holds text
    child = parent + 1
    while child < first:
        if sums.text[child]:
            index = child
        child = sums.end[child] + 1
    if (
        index < 0
        or cont.hint[index] < 0
        or sums.links[index]
        or sums.mass[index] >= MIN_SIBLING_MASS  # prose that did not join for a reason
        or headlines.within(index)
    ):
        return []  # most pages: a header, a linked box or furniture there; no block read
    end = sums.end[index]
    held: list[RawBlock] = []
    headings = 0  # headings set directly in ``parent`` after the child, before ``first``
    for block in walked.blocks:
        at = block.container
        if at >= first:
            headings += _opens_section(block, first)
            break
        if index <= at <= end:
            if block.kind is not PARAGRAPH:
                return []
            held.append(block)
            headings = 0
        elif held and at == parent and block.kind is HEADING:
            headings += 1
        elif held:
            return []  # text of another kind between them: the line is a box of its own
    if not held or not headings:
        return []
    text = held[-1].text.strip()
    if word_count(text) < CLOSING_LINE_WORDS or not ends_as_sentence(text):
        return []
    return [index]


def _opens_section(block: RawBlock, first: int) -> bool:
    """Whether ``block``, the first after the line, is a heading below the page's title set
    directly in the taken child ``first``, opening it: the heading parting the introduction
    from the text's first titled section sits inside that section's wrapper (a reference
    page's class description before its "Method details" section, each a ``<section>``).
    Not a heading deeper in it (an entry's title in a list)."""
    return block.kind is HEADING and block.level > 1 and block.container == first


# A closing line is one sentence of at least this many words ("This incident affected: API
# and dashboard."): fewer are a link's label or a button's text ("Back to all incidents.").
CLOSING_LINE_WORDS = 5
# ... and at most this many characters: a sentence, not a box of prose (which the mass test
# weighs as a sibling).
_CLOSING_LINE_CHARS = 300
# ... alone in its wrapper, or under a heading of its own: a heading and the line (a press
# release's "About the company" box of one sentence after the text).
_TITLED_LINE = 2


def closing_line(walked: Walk, sums: Tally, parent: int, last: int) -> list[int]:
    """The child of ``parent`` right after the last taken one when it holds one sentence of
    its own and nothing else: the text's closing line set in a wrapper of its own (a status
    page's affected components, a report's closing note), too short to join by its mass. Not
    one named as furniture, nor one with a link; the line tests still judge its text. An ad
    slot between them is passed over (``is_ad_slot``): the ad interrupts the text, whose
    last line goes on after it."""
    if walked.containers.tag[parent] == "body":
        # A line after the whole layout, outside every wrapper, is the page's footer (an
        # old page's "You are visitor number 4512. Last updated …"), not the text's.
        return []
    index = sums.end[last] + 1
    while index <= sums.end[parent] and (not sums.text[index] or is_ad_slot(walked, sums, index)):
        index = sums.end[index] + 1
    if index > sums.end[parent]:
        return []
    total = sums.text[index]
    if walked.containers.hint[index] < 0 or sums.links[index] or total > _CLOSING_LINE_CHARS:
        return []
    end = sums.end[index]
    held = [block for block in walked.blocks if index <= block.container <= end]
    if len(held) == _TITLED_LINE and held[0].kind is HEADING and end == index:
        # a closing note under its title ("About Acme" over one sentence), set directly in
        # its wrapper: an element beside them (a map, a player) makes the line its label
        held = held[1:]
    if len(held) != 1 or held[0].kind is not PARAGRAPH:
        return []
    text = held[0].text.strip()
    # Words as the script writes them: a Japanese or Thai sentence has no spaces between its
    # words ("この障害は次のサービスに影響しました。" is one run and nine words).
    if word_count(text) < CLOSING_LINE_WORDS or not ends_as_sentence(text):
        return []
    return [index]


# The class words that name an ad slot among the furniture words (``furniture_words``): a
# slot set into the text says the text is interrupted there, not over.
_AD_WORDS = frozenset(
    {"ad", "ads", "adslot", "adunit", "ad-container", "adcontainer", "ad-wrapper", "adwrapper",
     "dfp", "gpt", "werbung", "anzeige", "publicite", "pub"}
)  # fmt: skip
# An ad slot holds its label at most ("Annons", "Advertisement", "Story continues below"):
# more text is a box of its own, which ends the text.
_AD_LABEL_CHARS = 40


def is_ad_slot(walked: Walk, sums: Tally, index: int) -> bool:
    """Whether a container is an ad slot: named as furniture by an ad's word (``_AD_WORDS``,
    or ``advert…``, ``sponsor…``), holding its label at most (``_AD_LABEL_CHARS``)."""
    if walked.containers.hint[index] >= 0 or sums.text[index] > _AD_LABEL_CHARS:
        return False
    words = furniture_words(walked.containers.names(index))
    return any(w in _AD_WORDS or w.startswith(("advert", "sponsor")) for w in words)


def closing_loose_line(walked: Walk, sums: Tally, parent: int, last: int) -> set[int]:
    """The paragraph set directly in ``parent`` right after the last taken child's last
    block, when it is one sentence as ``closing_line`` asks (five words or more, closing
    as a sentence, no link, 300 characters at most): the text's last line, pushed out of its
    wrapper by a parser mending misnested tags (old pages' ``<font>…<p>last line</font>``,
    whose last ``<p>`` the parser moves after the ``<font>``), too short to join by its
    value. Only a ``<p>``: a line of bare text there is the page's footer ("Last updated 12
    May 2004. You are visitor number 4512.")."""
    blocks = walked.blocks
    end = sums.end[last]
    # the block in ``parent`` right after one of the taken child's (document order)
    at = next(
        (i for i in walked.held_by(parent) if i and last <= blocks[i - 1].container <= end), -1
    )
    if at < 0:
        return set()
    block = blocks[at]
    text = block.text.strip()
    if (
        block.tag != "p"  # what the parser moves; a bare line at a page's end is a footer's
        or block.links
        or len(text) > _CLOSING_LINE_CHARS
        or word_count(text) < CLOSING_LINE_WORDS
        or not ends_as_sentence(text)
    ):
        return set()
    return {at}


def notes_after(walked: Walk, sums: Tally, parent: int, last: int) -> list[int]:
    """The child of ``parent`` right after the last taken one when it is a ``<footer>``: the
    walk reads one only when it is an article's own footer holding the text's notes
    (``block_records.is_notes_footer``), whose lists and short lines are too little prose
    to join by their mass, and whose name ("footer") reads as furniture."""
    tags = walked.containers.tag
    index = sums.end[last] + 1
    while index <= sums.end[parent]:
        if sums.text[index]:
            return [index] if tags[index] == "footer" else []
        index = sums.end[index] + 1
    return []


def loose_blocks(walked: Walk, parent: int) -> set[int]:
    """Prose blocks, headings and code sitting directly in ``parent`` (a lead paragraph next
    to the body, the section headings between the wrappers of a long read's text, a docs
    page's or release's one-line command, worth little as prose), and rows of a
    layout table with a cell of prose (``holds_prose_cell``: the posts of a forum laid out
    as one table, a row each) and the other rows of their width; a heading without text
    under it is dropped later."""
    blocks = walked.blocks
    held = [(i, blocks[i]) for i in walked.held_by(parent)]
    # The filled cells of the rows with prose: the other rows filling as many are more posts,
    # however short ("Thanks, that fixed it!"); a header row names the columns, and a row
    # spanning the table (its links to reply) fills fewer.
    widths = {
        filled(block) for _, block in held if block.kind is TABLE_ROW and holds_prose_cell(block)
    }
    return {
        i
        for i, block in held
        if block.kind is HEADING
        or block.kind is PREFORMATTED  # code set in the text's wrapper: no furniture is code
        or block_value(block) >= LOOSE_BLOCK_VALUE
        or (block.kind is TABLE_ROW and filled(block) in widths and not block.header)
    }


def filled(block: RawBlock) -> int:
    """The cells of a table row that hold text."""
    return filled_cells(block.cells)


# A cell of a layout table worth one sentence-like paragraph (``scoring.block_value``, as a
# region's sibling must hold) is text written straight into the table.
_PROSE_CELL = 2.5
# No shorter cell is worth ``_PROSE_CELL``: 29 wide characters (each weighs three) with three
# commas are worth 1 + 0.87 + 0.6. Most cells are shorter and are not weighed (a table of a
# thousand rows weighed each cell as a paragraph of its own, twice).
_PROSE_CELL_CHARS = 30


def holds_prose_cell(block: RawBlock) -> bool:
    """Whether a table row has a cell of running text (a page laid out with a table, its
    text written straight into the cells): such a cell is the page's text, not layout."""
    if max(map(len, block.cells), default=0) < _PROSE_CELL_CHARS:
        return False  # most rows: their longest cell told in C, no cell weighed
    return any(
        len(cell) >= _PROSE_CELL_CHARS
        and block_value(RawBlock(cell, PARAGRAPH, 0, block.container, 0, "td")) >= _PROSE_CELL
        for cell in block.cells
    )
