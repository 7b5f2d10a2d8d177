"""The data sections beside the text that the climb takes though they hold little prose:
tables, definition lists and lists between, before or after the taken wrappers, a list
under its section's heading, and the tests telling a section of data from a box (its
blocks' kinds, a row naming its link, a spec sheet of spans, key-facts lines).

Apart from ``region.py`` because these read a sibling's blocks by their kinds, where the
climb weighs its prose mass; the cleanup asks ``linked_name_row`` too.
"""

from __future__ import annotations

import bisect

from newsextract.body.class_names import furniture_words, text_widget
from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    TERM,
    BlockKind,
)
from newsextract.body.post_templates import signature
from newsextract.body.region_lines import LOOSE_BLOCK_VALUE, filled
from newsextract.body.region_record import SIBLING_MAX_DENSITY, Headlines, Region, children_of
from newsextract.body.scoring import Tally, block_value
from newsextract.body.tag_sets import HEADING_LEVEL
from newsextract.body.walk_records import Containers, RawBlock, Walk
from newsextract.lazy_regex import LazyPattern


def between(walked: Walk, sums: Tally, parent: int, taken: list[int]) -> list[int]:
    """Children of ``parent`` between the first and the last taken one that hold a table, a
    definition list or a list (with their headings) and nothing else, not named as
    furniture nor linked: such a section of the text has little prose mass, yet the
    sections around it say where the text runs (a listing's "Sleeping arrangements" table
    between two of its sections). Prose between them that did not join is not taken: an
    info box or a teaser set into the text."""
    hint = walked.containers.hint
    first, last = taken[0], taken[-1]
    # A wrapper of the text's template may hold its section's heading alone (the heading,
    # then a figure's wrapper, then the section's prose); a heading of another wrapper
    # between them is a box's title (a logo strip's, a collapsed panel's toggle).
    # Only a classed template: bare <section>s or <div>s are any box's.
    templates = {mark for mark in (signature(walked, index) for index in taken) if mark[1]}
    out = []
    index = first + 1
    while index < last:
        total = sums.text[index]
        if (
            index not in taken
            and total
            and hint[index] >= 0
            and sums.links[index] / total <= SIBLING_MAX_DENSITY
            and _holds_structure(
                walked,
                index,
                sums.end[index],
                headings=signature(walked, index) in templates,
            )
        ):
            out.append(index)
        index = sums.end[index] + 1
    return out


def after_loose_text(walked: Walk, sums: Tally, parent: int, first: int) -> list[int]:
    """The children of ``parent`` right before the first taken one that hold a table, a
    definition list or a list (with their headings) and nothing else, when a paragraph of
    prose set straight in ``parent`` comes before them: the text runs around them (a
    recipe's opening paragraph, its ingredients, then its method in a box of its own), as
    ``between`` reads sections between two taken ones. Not one named as furniture, nor a
    linked one."""
    hint = walked.containers.hint
    before = [index for index in children_of(walked, sums, parent) if index < first]
    if not before:
        return []
    candidates: list[int] = []
    for index in reversed(before):
        total = sums.text[index]
        if not total:
            continue
        if (
            hint[index] < 0
            or sums.links[index] / total > SIBLING_MAX_DENSITY
            or not _holds_structure(walked, index, sums.end[index])
        ):
            break
        candidates.append(index)
    if not candidates:
        return []
    start = candidates[-1]  # the first of them in the page
    opening = next(
        (
            position
            for position, block in enumerate(walked.blocks)
            if start <= block.container <= sums.end[start]
        ),
        -1,
    )
    loose_prose = any(
        block.container == parent
        and block.kind is PARAGRAPH
        and block_value(block) >= LOOSE_BLOCK_VALUE
        for block in walked.blocks[:opening]
    )
    return candidates if loose_prose else []


def data_after(walked: Walk, sums: Tally, region: Region, parent: int, last: int) -> list[int]:
    """The children of ``parent`` right after the last taken one that hold a data table or a
    definition list (with their headings) and nothing else: the text's own data after its
    prose (a listing's details table, a review's spec table, a match report's results),
    which has too little prose mass to join. Not one named as furniture (unless only by the
    article's own words, ``named_as_text``), nor a linked one (unless its linked rows each
    link a row's name, ``linked_name_row``). A bare list there is not taken: after the text
    it is as often a box of sources or opening hours."""
    hint = walked.containers.hint
    candidates: list[int] = []
    linked: set[int] = set()  # linked beyond a sibling's bar: data only as linked-name rows
    index = sums.end[last] + 1
    while index <= sums.end[parent]:
        total = sums.text[index]
        if total:
            if hint[index] < 0 and not named_as_text(walked, region, index):
                break
            if sums.links[index] / total > SIBLING_MAX_DENSITY:
                linked.add(index)
            candidates.append(index)
        index = sums.end[index] + 1
    if not candidates:
        return []
    kinds = _kinds_within(walked, sums, candidates)
    out = []
    for index, (held, link_rows, loose) in zip(candidates, kinds, strict=True):
        if not (held & _DATA and held <= _DATA | _BESIDE_DATA):
            break
        if loose * _DATA_OUTWEIGHS > sums.text[index]:
            break  # as much prose as data: a box of its own, not the text's data
        if index in linked and link_rows:
            break  # a row of links, not a data row naming its link (``linked_name_row``)
        out.append(index)
    return out


_LIST = frozenset({LIST_ITEM})
_HEADING = frozenset({HEADING})


def list_under_heading(
    walked: Walk, sums: Tally, parent: int, last: int, loose: set[int]
) -> list[int]:
    """The child of ``parent`` right after a heading set directly in ``parent`` (one of its
    ``loose`` blocks) right after the last taken child, when it holds a list and nothing
    else: the section that heading opens (a changelog's last release and its one change,
    "Sources" and the sources), too short to join by its mass. A bare list after the text
    stays out (``data_after``); under a heading of the text's own flow it is that
    heading's. Not one named as furniture, nor a linked one (a "Related" heading's list of
    stories)."""
    cont = walked.containers
    blocks = walked.blocks
    end = sums.end[last]
    for at in loose:  # at most one follows the last child's last block: no order needed
        if (
            blocks[at].kind is not HEADING
            or at == 0
            or at + 1 >= len(blocks)
            or not last <= blocks[at - 1].container <= end
        ):
            continue
        child = blocks[at + 1].container
        if not end < child <= sums.end[parent]:
            return []
        while cont.parent[child] != parent:
            child = cont.parent[child]
        total = sums.text[child]
        if (
            not total
            or cont.hint[child] < 0
            or sums.links[child] / total > SIBLING_MAX_DENSITY
            or _kinds_within(walked, sums, [child])[0][0] != _LIST
        ):
            return []
        return [child]
    return []


# The most text a box holding only a section's heading has: a long heading's line.
_HEADING_BOX_CHARS = 150


def list_under_heading_box(walked: Walk, sums: Tally, parent: int, last: int) -> list[int]:
    """The two children of ``parent`` right after the last taken one when the first holds a
    heading and nothing else and the second a list and nothing else: the section
    ``list_under_heading`` takes, as a page builder sets it, each part in a widget box of
    its own ("Materials" and its items). Neither named as furniture (but for the builder's
    word "widget" on a widget of text), nor linked (a "Related" heading's list of stories)."""
    hint = walked.containers.hint
    boxes: list[int] = []
    index = sums.end[last] + 1
    while index <= sums.end[parent] and len(boxes) < 2:
        total = sums.text[index]
        if total:
            # a builder's heading or list widget is named "widget" alone (``text_widget``)
            named = hint[index] < -1 or (
                hint[index] < 0 and not text_widget(walked.containers.classes[index])
            )
            if named or sums.links[index] / total > SIBLING_MAX_DENSITY:
                return []
            boxes.append(index)
        index = sums.end[index] + 1
    if len(boxes) < 2 or sums.text[boxes[0]] > _HEADING_BOX_CHARS:
        return []  # a box of more than a heading's text: no need to read its blocks
    kinds = _kinds_within(walked, sums, boxes)
    if kinds[0][0] != _HEADING or kinds[1][0] != _LIST:
        return []
    return boxes


def data_before(
    walked: Walk, sums: Tally, parent: int, first: int, headlines: Headlines
) -> list[int]:
    """The children of ``parent`` right before the first taken one that hold a data table or
    a definition list and nothing else but their headings (no paragraph): the text's key
    facts set above it (a course's code and credits, a listing's price table, a recipe's
    ingredients under "Ingredients" over its method), and the plain lists between such data
    and the text. Not one named as furniture, nor a linked one, nor one holding the
    headline."""
    hint = walked.containers.hint
    before = [index for index in children_of(walked, sums, parent) if index < first]
    candidates: list[int] = []
    for index in reversed(before):
        total = sums.text[index]
        if not total:
            continue
        if hint[index] < 0 or sums.links[index] / total > SIBLING_MAX_DENSITY:
            break
        if headlines.within(index):
            break
        candidates.append(index)
    if not candidates:
        return []
    candidates.reverse()
    kinds = _kinds_within(walked, sums, candidates)
    out: list[int] = []
    lists: list[int] = []  # lists between the data and the text, taken only below data
    for index, (held, link_rows, loose) in reversed(list(zip(candidates, kinds, strict=True))):
        if held & _DATA and held <= _DATA | _TITLED and not link_rows and not loose:
            out += [*lists, index]
            lists = []
        elif held & _LIST and held <= _LIST | _TITLED and not loose:
            # A plain list under the data over the text is more of the text's facts (a
            # match's scorers under its score, a course's outcomes under its credits);
            # a list alone over the text is as often a teaser's points or a contents box.
            lists.append(index)
        else:
            break
    return out


def headed_lists_before(
    walked: Walk, sums: Tally, parent: int, first: int, loose: set[int]
) -> list[int]:
    """The children of ``parent`` right before the first taken one, each a plain list right
    under a heading set directly in ``parent`` (one of its ``loose`` blocks), when the first
    taken one is such a list too: the text is a run of headed lists (a recipe's
    "Ingredients" over its "Method", a release's "Added" over its "Fixed"), and the lists
    before the one that won are its sections. A list alone over prose stays out
    (``data_before``: a teaser's points, a contents box). Not one named as furniture, nor
    a linked one (a "Contents" heading's list of anchors)."""
    cont = walked.containers
    blocks = walked.blocks
    headed: set[int] = set()  # the children of ``parent`` a loose heading opens
    for at in loose:
        if blocks[at].kind is not HEADING or at + 1 >= len(blocks):
            continue
        child = blocks[at + 1].container
        if not parent < child <= sums.end[parent]:
            continue  # more loose text follows the heading, or the parent ends
        while cont.parent[child] != parent:
            child = cont.parent[child]
        headed.add(child)
    if first not in headed:
        return []
    candidates: list[int] = []
    for index in reversed([i for i in children_of(walked, sums, parent) if i < first]):
        total = sums.text[index]
        if not total:
            continue
        if (
            index not in headed
            or cont.hint[index] < 0
            or sums.links[index] / total > SIBLING_MAX_DENSITY
        ):
            break
        candidates.append(index)
    if not candidates:
        return []
    starts = sorted([*candidates, first])
    kinds = dict(zip(starts, _kinds_within(walked, sums, starts), strict=True))
    if kinds[first][0] != _LIST:
        return []
    out: list[int] = []
    for index in candidates:  # nearest first: the run stops at the first that is no list
        if kinds[index][0] != _LIST:
            break
        out.append(index)
    return out


# A data table's row with its name linked (a team, a player, a product to its own page) and
# this many other cells of values is the table's row, not a list of links.
_VALUE_CELLS = 2


def linked_name_row(block: RawBlock) -> bool:
    """Whether a row's links fit in one of its cells and at least ``_VALUE_CELLS`` other
    cells hold values: a standings table's "1 | Silver Strikers | 22 | 51"."""
    cells = [cell for cell in block.cells if cell]
    return len(cells) > _VALUE_CELLS and block.links <= max(len(cell) for cell in cells)


def named_as_text(walked: Walk, region: Region, index: int) -> bool:
    """Whether a container is named as furniture only by words the article's own container
    carries too (a classified's "ad-attributes" beside its "ad-description"): on this page
    those words name the article, not a box beside it."""
    cont = walked.containers
    if cont.hint[index] != -1 or not region.own_words:
        return False
    words = furniture_words(cont.names(index))
    return bool(words) and words <= region.own_words


def _kinds_within(
    walked: Walk, sums: Tally, starts: list[int]
) -> list[tuple[set[BlockKind], bool, int]]:
    """The kinds of the blocks in each of the sorted, disjoint subtrees at ``starts``,
    whether it holds a linked table row that is no ``linked_name_row`` (a row of links), and
    the characters of its paragraphs, in one pass over the page's blocks (a page of a
    thousand sibling tables stays linear). A list whose items all name a field and give
    its value, ``_KEY_FACTS`` of them at least, counts as a definition list."""
    kinds: list[set[BlockKind]] = [set() for _ in starts]
    link_rows = [False] * len(starts)
    loose = [0] * len(starts)
    items = [0] * len(starts)
    facts = [0] * len(starts)
    lines = [0] * len(starts)  # paragraph blocks
    rows: list[dict[int, int]] = [{} for _ in starts]  # span rows: container -> blocks
    for block in walked.blocks:
        at = bisect.bisect_right(starts, block.container) - 1
        if at >= 0 and block.container <= sums.end[starts[at]]:
            kind = block.kind
            if kind is TABLE_ROW and filled(block) < _DATA_ROW_CELLS:
                kind = PARAGRAPH  # a line set in a layout table, not a row of data
            elif kind is LIST_ITEM:
                items[at] += 1
                facts[at] += _LABELLED.match(block.text) is not None
            elif kind is PARAGRAPH and _labelled_lines(block):
                kind = DEFINITION  # "<b>Date:</b> 26 May<br><b>Place:</b> …"
            kinds[at].add(kind)
            if kind is PARAGRAPH:
                loose[at] += len(block.text)
                lines[at] += 1
                if block.tag == "#run" and len(block.text) <= _SPAN_ROW_CHARS:
                    found = rows[at]
                    found[block.container] = found.get(block.container, 0) + 1
            elif block.kind is TABLE_ROW and block.links and not link_rows[at]:
                link_rows[at] = not linked_name_row(block)
    for at, held in enumerate(kinds):
        if facts[at] >= _KEY_FACTS and facts[at] == items[at]:
            held.discard(LIST_ITEM)
            held.add(DEFINITION)  # a key-facts box: "Date: every Sunday in April"
        if lines[at] >= _SPAN_ROWS and _span_rows(walked.containers, rows[at], lines[at]):
            held.discard(PARAGRAPH)
            held.add(DEFINITION)  # a spec sheet's "<div><span>Weight</span><span>…"
            loose[at] = 0
    return list(zip(kinds, link_rows, loose, strict=True))


# A spec sheet written without a table or a <dl>: sibling <div>s of one class, each a label
# <span> and a value <span> ("Weight" "14.2 kg"). Three rows at least: one or two such
# <div>s are a byline's or a date's line of spans; a row is a label and a value, short.
_SPAN_ROWS = 3
_SPAN_ROW_CHARS = 80
# The parts of a row: a label and its value (a unit or a note may be a third).
_SPAN_ROW_PARTS = range(2, 4)


def _span_rows(cont: Containers, rows: dict[int, int], lines: int) -> bool:
    """Whether the ``lines`` paragraph blocks of a subtree are all rows of one shape
    (``rows``: the container of each short loose-text block, and its blocks): sibling
    elements of one tag and class, each holding one line made of two or three ``<span>``s
    and nothing else (no text between them). Such rows are data, as a table's are."""
    if len(rows) != lines or any(count != 1 for count in rows.values()):
        return False
    shapes = {(cont.parent[index], cont.tag[index], cont.classes[index]) for index in rows}
    if len(shapes) != 1:
        return False
    for index in rows:
        parts = 0
        child = cont.nodes[index].child
        while child is not None:
            tag = child.tag
            if tag == "span":
                parts += 1
            elif tag != "-text" or not (child.text_content or "").isspace():
                return False
            child = child.next
        if parts not in _SPAN_ROW_PARTS:
            return False
    return True


# A list item that names a field and gives its value is a definition written as a list: a
# key-facts box ("Data: todos os domingos", "Venue: Pier 4"). The name is a word or three
# (up to 25 characters, a letter first: not a time "10:45" nor a sentence with a colon),
# and the colon is no web address's ("https://…": a list of sources).
_LABELLED = LazyPattern(r"[^\W\d][^:：\n]{0,24}[:：](?!//)\s*\S")
# A key-facts box names two fields at least (a date and a place); one labelled item alone
# after the text is a line of its own ("Themen in diesem Artikel: …", "Source: …").
_KEY_FACTS = 2


def _labelled_lines(block: RawBlock) -> bool:
    """Whether a paragraph is a key-facts box written as lines (``<b>Date:</b> 26 May<br>
    <b>Place:</b> the chapel``, an obituary's farewell, an event's time and place): each of
    its ``_KEY_FACTS`` lines or more names a field and gives its value, and none links (a
    post's "Filed under: …" line links its values)."""
    text = block.text
    if block.links or "\n" not in text:
        return False
    lines = text.split("\n")
    return len(lines) >= _KEY_FACTS and all(_LABELLED.match(line) for line in lines)


# A row of data names something and gives a value: two filled cells at least. A row of one
# (a page's footer line set in a table, "All times are GMT + 1") is a line of the layout.
_DATA_ROW_CELLS = 2
# A data section's blocks: table rows and definition-list entries.
_DATA = frozenset({TABLE_ROW, TERM, DEFINITION})
# What a data section holds beside its data: headings, and short lines (a panel's title
# "Files (49 MB)", a "Download all" button) that ``_DATA_OUTWEIGHS`` keeps few.
_BESIDE_DATA = frozenset({HEADING, PARAGRAPH})
# A data section before the text may hold its title: a recipe's ingredients table under
# "Ingredients" over the method (probes: 0/1 -> 1/1; every dev output identical). A
# paragraph beside the data still makes it a box of its own (a tip with its table).
_TITLED = frozenset({HEADING})
# A data section's text is at least this many times its paragraphs': the rows are what it
# holds; a section of prose with a small table in it is a box, which the mass test weighs.
_DATA_OUTWEIGHS = 3


# Blocks of a section that is structured data, and the headings that title it.
_STRUCTURE = frozenset({TABLE_ROW, TERM, DEFINITION, LIST_ITEM})


def _holds_structure(walked: Walk, start: int, stop: int, *, headings: bool = False) -> bool:
    """Whether the blocks from container ``start`` to ``stop`` are structured data and the
    headings over it; ``headings``: or headings alone (a section's heading in a wrapper of
    its own between two wrappers of the text, a figure's wrapper between them)."""
    held = [b for b in walked.blocks if start <= b.container <= stop]
    kinds = {b.kind for b in held}
    if headings and kinds == {HEADING}:
        # a heading element's: a toggle button read as a heading is a control
        return all(b.tag in HEADING_LEVEL for b in held)
    return bool(kinds & _STRUCTURE) and kinds <= _STRUCTURE | {HEADING}
