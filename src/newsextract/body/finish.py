"""The last pass over the judged blocks: repeated blocks, pull quotes, headings, terms and
header rows left with nothing under them."""

from __future__ import annotations

from collections.abc import Callable

from newsextract.body.characters import closes_sentence, ends_as_sentence
from newsextract.body.container_hints import caption_class, credit_class
from newsextract.body.date_lines import is_date_line
from newsextract.body.linked_lists import NUMBERED
from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    TABLE_ROW,
    TERM,
)
from newsextract.body.picture_captions import CAPTION_CHARS
from newsextract.body.reasons import (
    COUNTS_LINE,
    FURNITURE_LINE,
    LAYOUT_ROW,
    NO_WORDS,
    ORPHAN_HEADER_ROW,
    ORPHAN_HEADING,
    ORPHAN_TERM,
    PULL_QUOTE,
    REPEATED,
    Judged,
)
from newsextract.body.scoring import PROSE_HEADING
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.text import compare_key

SENTENCE_HEADING = 40
_HEADING_REACH = 8
# A link this short beside a heading, in its wrapper, is the heading's tool, not a line of
# the section.
_HEADING_TOOL = 20
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
# A response said again and again between the text's paragraphs (a litany's "Lord, hear
# us.", a creed's or a chant's line) is a line or two; a longer paragraph met again is a
# passage printed twice.
_RESPONSE = 160


# A term's definitions looked at before it: a definition list's entry has one or a few
# (a hostile page's run of thousands of <dd> is not scanned back each time).
DEFINITIONS_PER_TERM = 20


def finish(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """Drop duplicates and headings whose next candidate was dropped."""
    out: list[Judged] = []
    seen: dict[object, tuple[int, int]] = {}  # key: container and kept count when first kept
    at: dict[object, int] = {}  # key: its first kept block's position
    kept = 0
    lists = _list_keys(walked, candidates)
    heading: RawBlock | None = None
    song = _Song(walked)
    for position, (block, reason) in enumerate(candidates):
        if block.kind is HEADING:
            heading = block
        key = lists.get(position) or _entry_key(walked, block, heading)
        first = seen.get(key)
        if (
            reason is None
            and first is not None
            and not _section_label(block)
            and not _refrain(walked, block, first, kept)
            and not song.refrain(block, first, kept)
            and not _response(candidates, position, at[key], kept - first[1])
        ):
            reason = REPEATED
        elif (
            reason is None
            and block.kind is HEADING
            and len(block.text) < PROSE_HEADING
            and not _followed_by_text(walked, candidates, position)
        ):
            reason = ORPHAN_HEADING
        elif reason is None and block.kind is TERM and _definitions_dropped(candidates, position):
            reason = ORPHAN_TERM
        elif reason is None and block.header and _rows_dropped(candidates, position):
            reason = ORPHAN_HEADER_ROW
        if reason is None:
            seen.setdefault(key, (_place(walked, block), kept))
            at.setdefault(key, position)
            song.kept(block, kept)
            kept += 1
        out.append((block, reason))
    return out


def _stanza(block: RawBlock) -> bool:
    """Lines parted by ``<br>``, two at least: a single short line in a wrapper of its own
    is a table's or a card's label ("Level: 89", "0%"), met again in every card."""
    return block.tag == "#run" and "\n" in block.text


class _Song:
    """The run of stanzas kept last: blocks of lines (``_stanza``), each in a wrapper of
    its own, the wrappers siblings in one container (a hymn's ``<div class="verse">`` and
    ``<div class="chorus">``, each a ``<p>`` of lines). A stanza met again within that run
    is the song's chorus; any other kept block between ends the run, so a template's lines
    repeated in sibling boxes (each with its title or its price between) still repeat."""

    def __init__(self, walked: Walk) -> None:
        self._walked = walked
        self._song = -1  # the container the run's stanza wrappers sit in; -1: no run
        self._since = 0  # the kept count at the run's first stanza

    def _container(self, block: RawBlock) -> int:
        return self._walked.containers.parent[_place(self._walked, block)]

    def kept(self, block: RawBlock, kept: int) -> None:
        """Follow the run with a block kept as the ``kept``-th."""
        song = self._container(block) if _stanza(block) else -1
        if song != self._song or song < 0:
            self._song, self._since = song, kept

    def refrain(self, block: RawBlock, first: tuple[int, int], kept: int) -> bool:
        """A stanza met again in the current run, another stanza between."""
        _, at = first
        return (
            _stanza(block)
            and self._song >= 0
            and self._container(block) == self._song
            and self._since <= at
            and kept > at + 1
        )


def _refrain(walked: Walk, block: RawBlock, first: tuple[int, int], kept: int) -> bool:
    """A stanza met again in the same container with other text between (a song's chorus,
    a poem's refrain): the text repeats itself, the page does not. A stanza is written as
    lines (``<br>``); a repeated paragraph of prose is a template's (a disclaimer under
    each product box)."""
    place, at = first
    return block.tag == "#run" and _place(walked, block) == place and kept > at + 1


def _response(candidates: list[Judged], position: int, first: int, between: int) -> bool:
    """A short sentence said again as a paragraph of the same container, other text kept
    between, with other neighbours each time (a litany's response after each petition):
    the text repeats a line. A passage printed twice repeats its neighbours with it, and a
    template's line in each card sits in a container of its own each time."""
    block = candidates[position][0]
    if (
        block.kind is not PARAGRAPH
        or between < 2
        or len(block.text) > _RESPONSE
        or not closes_sentence(block.text)
        or block.container != candidates[first][0].container
    ):
        return False

    def text_at(index: int) -> str | None:
        return candidates[index][0].text if 0 <= index < len(candidates) else None

    return text_at(position - 1) != text_at(first - 1) and text_at(position + 1) != text_at(
        first + 1
    )


def _place(walked: Walk, block: RawBlock) -> int:
    """The container a block sits in; for text read in runs (a ``<p>`` cut by ``<br>``s is a
    container of its own), the one around that."""
    if block.tag == "#run":
        return walked.containers.parent[block.container]
    return block.container


def _section_label(block: RawBlock) -> bool:
    """A short heading, which met again titles a section of its own ("Fixed" under each
    release of a changelog): the text under it decides whether it stays."""
    return block.kind is HEADING and len(block.text) < SENTENCE_HEADING


def _entry_key(walked: Walk, block: RawBlock, heading: RawBlock | None) -> object:
    """What makes a block a repeat: its text, and for a short line set in one container with
    its heading (or the heading's own wrapper), that heading too."""
    if (
        heading is None
        or len(block.text) > _SHORT_ENTRY
        or block.kind is HEADING
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
        if block.kind is LIST_ITEM:
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


# An edited pull quote ("We know that…" where the text says "We know, though, that…"):
# at least this share of its word triples are the paragraphs' own. Three in five: a pull
# quote cut or reworded keeps most of its phrases; a quotation the article discusses
# repeats a phrase or two of it.
_PULLED_TRIPLES = 0.6
# Words a quotation needs to be compared by its triples: a shorter one, or one of a script
# written without spaces (one "word"), must be found whole.
_TRIPLE_WORDS = 6
# The quotee's line beside a pull quote in its box ("Jan Nowak, University of Gdańsk"): a
# name and a role, at most this long.
_QUOTEE_LINE = 150


def without_pull_quotes(walked: Walk, judged: list[Judged]) -> list[Judged]:
    """Drop pull quotes: a short quotation whose words the article's own paragraphs hold
    (set off in large type to draw the eye, it repeats the text; a real quotation does
    not appear twice), whole or for the most part (``_PULLED_TRIPLES``: edited), with the
    quotee's line beside it in its box (``_quotee_lines``)."""
    kept = [block for block, reason in judged if reason is None]
    quotes = [b for b in kept if b.kind is QUOTE and len(b.text) <= _PULL_QUOTE]
    if not quotes:
        return judged
    keys = [compare_key(b.text) for b in kept if b.kind is PARAGRAPH]
    prose = " ".join(keys)
    triples: set[tuple[str, ...]] | None = None
    pulled: set[int] = set()
    for quote in quotes:
        key = compare_key(quote.text)
        if not key:
            continue
        if key in prose:
            pulled.add(id(quote))
            continue
        words = key.split()
        if len(words) < _TRIPLE_WORDS:
            continue
        if triples is None:
            triples = {triple for k in keys for triple in _triples(k.split())}
        own = _triples(words)
        if sum(triple in triples for triple in own) >= _PULLED_TRIPLES * len(own):
            pulled.add(id(quote))
    if not pulled:
        return judged
    pulled |= _quotee_lines(walked, judged, pulled)
    return [(b, PULL_QUOTE if id(b) in pulled else reason) for b, reason in judged]


def _triples(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + 3]) for i in range(len(words) - 2)]


def _quotee_lines(walked: Walk, judged: list[Judged], pulled: set[int]) -> set[int]:
    """The short kept paragraph right after each pulled quote in the quote's own box (the
    quote's container, or the one around a ``<blockquote>``), the box holding nothing else:
    a pull quote's "Name, role" line, which closes with no sentence's mark."""
    parent = walked.containers.parent
    lines: set[int] = set()
    for position, (quote, _) in enumerate(judged[:-1]):
        if id(quote) not in pulled:
            continue
        line, reason = judged[position + 1]
        if (
            reason is None
            and line.kind is QUOTE
            and len(line.text) <= _QUOTEE_LINE
            and parent[line.container] == quote.container
        ):
            lines.add(id(line))  # the quote's own <footer>: its attribution ("— Name, role")
            continue
        if (
            reason is not None
            or line.kind is not PARAGRAPH
            or len(line.text) > _QUOTEE_LINE
            or ends_as_sentence(line.text)  # a reply under a quoted post, not a name and role
            or line.container not in (quote.container, parent[quote.container])
        ):
            continue
        box = line.container
        around = judged[max(0, position - 1) : position] + judged[position + 2 : position + 3]
        if not any(_inside(parent, other.container, box) for other, _ in around):
            lines.add(id(line))
    return lines


def _inside(parent: list[int], container: int, box: int) -> bool:
    """Whether ``container`` is ``box`` or lies inside it."""
    while container >= 0:
        if container == box:
            return True
        container = parent[container]
    return False


def _definitions_dropped(candidates: list[Judged], position: int) -> bool:
    """Whether the term at ``position`` has definitions and every one of them was dropped
    (a "Published" term whose date was a page stamp)."""
    following = candidates[position + 1 : position + 1 + DEFINITIONS_PER_TERM]
    return _all_dropped(following, lambda b: b.kind is DEFINITION)


def _rows_dropped(candidates: list[Judged], position: int) -> bool:
    """Whether the header row at ``position`` has rows under it and every one of them was
    dropped (a navigation box's title over its rows of links)."""
    following = candidates[position + 1 :]
    return _all_dropped(following, lambda b: b.kind is TABLE_ROW and not b.header)


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


def _followed_by_text(walked: Walk, candidates: list[Judged], position: int) -> bool:
    """Whether a heading introduces kept text: the next text block is kept, or, for a
    heading that is a sentence ("1. The group owned 1,300 projects"), a kept text block
    follows after furniture that was dropped (an image credit, an embed placeholder). An
    accordion's toggle between them is passed over (see ``_toggle``)."""
    text, own = candidates[position][0].text, candidates[position][0].container
    level = candidates[position][0].level
    sentence = len(text) >= SENTENCE_HEADING or NUMBERED.match(text) is not None
    interrupted = False
    for block, reason in candidates[position + 1 : position + _HEADING_REACH]:
        if reason == LAYOUT_ROW:
            continue  # the header row of a table that lays out the section's text
        keep = reason is None
        if not keep and block.links and len(block.text) <= _HEADING_TOOL and block.container == own:
            continue  # the heading's own link beside it: a wiki's "[edit]", an anchor
        if reason == FURNITURE_LINE and is_date_line(block.text):
            continue  # the section's date: a release's or a live post's
        if not keep and _toggle(walked, block):
            continue  # the switch that opens the section's panel, not a line of it
        if block.kind is HEADING and _tab_label(walked, block):
            continue  # a tab strip's label, a control: the panel's text decides
        if block.kind is HEADING and len(block.text) >= PROSE_HEADING:
            if keep:
                return True  # text set in heading type
            continue
        if block.kind is HEADING:
            own = block.container  # a subheading's own tools follow it
            if sentence and not keep:
                continue
            if sentence and block.level <= level:
                # A listicle's numbered items whose bodies were embeds: each heading is the text.
                return NUMBERED.match(block.text) is not None
            continue  # a subheading of the section: the text under it decides
        if not keep and not interrupted and _interrupts(walked, block, reason):
            interrupted = True
            continue  # an ad slot, a picture's credit or caption between a heading and its text
        if keep or not sentence:
            return keep
    return False


def _toggle(walked: Walk, block: RawBlock) -> bool:
    """Whether a dropped list item is an accordion's toggle: its text is one link that goes
    nowhere (``href="#"``, ``javascript:``, none) and its item holds more than the link, the
    panel it opens (a course page's "<li><a href="#">Subject</a><div><table>…"). A list of
    links away (a related box under a heading) is no toggle."""
    if block.kind is not LIST_ITEM or block.links < len(block.text):
        return False
    item = walked.containers.nodes[block.container]
    if item.tag != "li":
        return False
    link = item.css_first("a")
    if link is None:
        return False
    href = (link.attributes.get("href") or "").strip().casefold()
    if href not in ("", "#") and not href.startswith("javascript:"):
        return False
    return len(item.text(deep=True, strip=True)) > len(block.text) + _TOGGLE_PANEL


def _tab_label(walked: Walk, block: RawBlock) -> bool:
    """Whether a heading is the label of a tab: its container, or the one around that, has
    the ARIA role of a tab or of a tab strip (``<ul role="tablist"><li><h2>Live coverage``).
    A tab's label is a control that opens a panel, not a section of its own, which a heading
    before it reaches over. Two attribute look-ups, no query of the tree."""
    node = walked.containers.nodes[block.container]
    for element in (node, node.parent):
        if element is not None and element.attributes.get("role") in _TAB_ROLES:
            return True
    return False


# The ARIA roles of a tab strip and of its labels.
_TAB_ROLES = frozenset({"tab", "tablist"})


# A toggle's item holds a panel: more than this many characters beyond the toggle's own text
# (an empty panel, a caret or a count beside the link, is a menu's entry).
_TOGGLE_PANEL = 20


def _interrupts(walked: Walk, block: RawBlock, reason: str | None) -> bool:
    """Whether a dropped block is furniture set inside a section (an ad slot's label, a
    picture's credit or caption): a short paragraph without links, which its heading reaches
    over. A teaser, a prompt or a list of such lines is not: a heading over one is the box's.
    A picture's caption may be a sentence or two (``_in_caption_box``)."""
    if block.kind is not PARAGRAPH or block.links:
        return False
    if len(block.text) <= _INTERRUPTION:
        return reason in _INTERRUPTIONS or (reason or "").startswith(UNDER_FURNITURE)
    return (
        len(block.text) <= CAPTION_CHARS
        and (reason or "").startswith(UNDER_FURNITURE)
        and _in_caption_box(walked, block)
    )


def _in_caption_box(walked: Walk, block: RawBlock) -> bool:
    """Whether the boilerplate-named container nearest a block is named as a picture's
    caption ("caption", "image-caption"; not "photo-credit", nor a byline's box)."""
    named = walked.containers.bad[block.container]
    classes = walked.containers.classes[named] if named >= 0 else ""
    return bool(classes) and credit_class(classes) and caption_class(classes)


# An ad slot's label or a picture's credit is a line: at most this many characters.
_INTERRUPTION = 80
# The lines that interrupt a heading and its text: furniture, marks, counts (a release's date
# and its badge run together, "12 March 2025Latest", read as one).
_INTERRUPTIONS = frozenset({FURNITURE_LINE, NO_WORDS, COUNTS_LINE})
UNDER_FURNITURE = "under a container named as furniture"
