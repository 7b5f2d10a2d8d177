"""The typed ``Block`` records of the blocks kept: the parts of one list item made one
item, a code block's label and fact boxes read as such."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Mapping

from attrs import evolve
from selectolax.lexbor import LexborNode

from newsextract.body.model import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    PREFORMATTED,
    TABLE_ROW,
    Block,
)
from newsextract.body.seams import is_note_link, is_note_mark
from newsextract.body.walk_records import Containers, RawBlock, Walk
from newsextract.lazy_regex import LazyPattern

# A list item's label or value beside its text ("2015", "Airport:", "6.0 km", a step's
# "Watch the video for the knack.") is at most this long; two longer parts of one <li> are
# paragraphs of their own.
_ITEM_PART_CHARS = 80
# A numbered list item's first part that is only a number (a how-to's "<div
# class="step_num">1</div>" beside the step): the number the list gives the item, written
# out again. Three digits: a step list is never longer; a year ("2015") is a label of its own.
_STEP_NUMBER = LazyPattern(r"\d{1,3}[.)]?")
# A footnote mark's label: a number or a letter or two ("1", "12", "a"), which Markdown's
# "[^1]" and HTML's "<sup>" write as it is.
_NOTE_LABEL = LazyPattern(r"[^\W_]{1,4}")


def as_blocks(walked: Walk, kept: Iterable[RawBlock]) -> list[Block]:
    """The ``Block`` of each kept block, the parts of one list item made one item.

    A list item's text may come out of the walk in parts: a run of text and a ``<div>``
    beside it (a timeline's "<li><time>2015</time> <div>The flood …</div></li>", a
    distance list's "<li><span>Airport:</span><div>6 km</div></li>"), lines split by an
    empty line. They are one item of the list, numbered once, so the parts the walk met one
    after the other in the same ``<li>`` are joined when one of two is short. Paragraphs
    (``<p>``), and two long parts, stay apart: some templates set a whole article or speech
    in one ``<li>`` of a layout list."""
    out: list[Block] = []
    firsts: list[RawBlock] = []  # the block each Block was made of first
    previous: RawBlock | None = None  # the block the last Block was made of (or ends with)
    for raw in kept:
        if (
            raw.kind is PREFORMATTED
            and previous is not None
            and _is_code_label(walked.containers, previous, raw)
        ):
            out[-1] = evolve(raw.to_block(), language=raw.language or previous.text.lower())
            firsts[-1] = raw
            previous = raw
            continue
        if (
            previous is not None
            and raw.kind is LIST_ITEM
            and previous.kind is LIST_ITEM
            and raw.tag != "p"
            and previous.tag != "p"
            and raw.level == previous.level
            and min(len(out[-1].text), len(raw.text)) <= _ITEM_PART_CHARS
        ):
            holder = _list_item_of(walked.containers, raw.container)
            if holder >= 0 and holder == _list_item_of(walked.containers, previous.container):
                first = out[-1].text
                if out[-1].ordered and _STEP_NUMBER.fullmatch(first):
                    first = ""  # the list numbers its items: a step's number set out is twice
                out[-1] = evolve(out[-1], text=f"{first} {raw.text}".lstrip())
                previous = raw
                continue
        out.append(raw.to_block())
        firsts.append(raw)
        previous = raw
    out = _with_note_calls(walked, _with_table_captions(walked, out, firsts), firsts)
    return _with_item_parts(walked.containers, out, firsts)


def _with_note_calls(walked: Walk, blocks: list[Block], firsts: list[RawBlock]) -> list[Block]:
    """``blocks`` with the labels of the footnote marks their text holds (``Block.notes``),
    each written "[1]" by the walk: read off the marks of the block's container, those whose
    bracketed label the text holds (a literal "[1]" of the text is no mark)."""
    found: dict[int, _Marks] = {}  # each container's marks, read once
    targets: dict[str, str] = {}  # the id of each note the marks kept link to: its label
    for at, block in enumerate(blocks):
        if "[" not in block.text or block.kind is PREFORMATTED:
            continue
        container = firsts[at].container
        marks = found.get(container)
        if marks is None:
            marks = found[container] = _Marks(_note_labels(walked.containers.nodes[container]))
        notes = marks.called_in(block.text, targets)
        if notes:
            blocks[at] = evolve(block, notes=notes)
    if targets:
        _mark_notes(walked.containers, blocks, firsts, targets)
    return blocks


# A bracketed label in a block's text, as the walk writes a footnote mark ("[1]", "[a]").
_BRACKETED_LABEL = LazyPattern(r"\[([^\W_]{1,4})\]")


class _Marks:
    """A container's footnote marks in page order (``(label, target)``), indexed by label.

    A block's notes are the marks, in page order, whose "[label]" its text holds one after
    the other: each mark's label searched from where the last one found ended. Only the
    labels the text brackets can be found, and a label not found once is not found again
    further on, so the marks are visited label by label in page order (a merge of each
    label's places): a page's every block against every mark of its container was a square
    (3,000 marked paragraphs in one ``<article>``: 9 million searches)."""

    def __init__(self, marks: list[tuple[str, str]]) -> None:
        self.marks = marks
        self.places: dict[str, list[int]] = {}  # each label's marks' places in ``marks``
        for place, (label, _) in enumerate(marks):
            self.places.setdefault(label, []).append(place)

    def called_in(self, text: str, targets: dict[str, str]) -> tuple[str, ...]:
        """The labels of the marks ``text`` calls (see the class), each kept mark's target
        filed in ``targets`` (its first label kept)."""
        places = self.places
        queue = [
            (places[label][0], label, 0)
            for label in {found[1] for found in _BRACKETED_LABEL.finditer(text)}
            if label in places
        ]
        heapq.heapify(queue)
        notes: list[str] = []
        start = 0
        while queue:
            place, label, nth = heapq.heappop(queue)
            where = text.find(f"[{label}]", start)
            if where < 0:
                continue  # searched from further on, it is not found again
            notes.append(label)
            start = where + len(label) + 2
            target = self.marks[place][1]
            if target:
                targets.setdefault(target, label)
            if nth + 1 < len(places[label]):
                heapq.heappush(queue, (places[label][nth + 1], label, nth + 1))
        return tuple(notes)


def _mark_notes(
    containers: Containers, blocks: list[Block], firsts: list[RawBlock], targets: dict[str, str]
) -> None:
    """Mark the list items that are the notes the body's marks link to (``<li id="fn1">``):
    each one's ``note`` its mark's label, rendered as the note the mark calls."""
    ids = containers.ids
    for at, block in enumerate(blocks):
        if block.kind is LIST_ITEM and not block.note:
            item = _list_item_of(containers, firsts[at].container)
            label = targets.get(ids[item]) if item >= 0 and ids[item] else None
            if label is not None:
                blocks[at] = evolve(block, note=label)


def _note_labels(node: LexborNode) -> list[tuple[str, str]]:
    """The labels of the footnote marks below ``node`` in page order (``seams``), each with
    the id of the note it links to ("" when none): each mark's ``<sup>``, or a bare link
    that is one; a label of one to four word characters."""
    labels = []
    for element in node.css("sup, a"):
        if element.tag == "sup":
            if not is_note_mark(element):
                continue
            link = element.parent if element.parent is not None else None
            if link is None or link.tag != "a":
                link = element.css_first("a")
        elif element.css_first("sup") is not None or not is_note_link(element):
            continue
        else:
            link = element
        label = element.text(deep=True).strip().strip("[]()")
        if _NOTE_LABEL.fullmatch(label):
            href = (link.attributes.get("href") or "") if link is not None else ""
            labels.append((label, href[1:] if href.startswith("#") else ""))
    return labels


def _with_table_captions(walked: Walk, blocks: list[Block], firsts: list[RawBlock]) -> list[Block]:
    """``blocks`` with a table's ``<caption>`` read right before its rows made the table's
    caption: a ``TABLE_ROW`` with ``caption=True``, rendered as the table's title and kept in
    the text, as the rows are. A caption whose rows were all dropped stays a paragraph."""
    containers = walked.containers
    tags = containers.tag
    for at, block in enumerate(blocks[:-1]):
        if block.kind is not PARAGRAPH or block.caption or blocks[at + 1].kind is not TABLE_ROW:
            continue
        caption = _caption_of(containers, firsts[at].container)
        table = containers.parent[caption] if caption >= 0 else -1
        if (
            table >= 0
            and tags[table] == "table"
            and _is_within(containers, firsts[at + 1].container, table)
        ):
            blocks[at] = evolve(block, kind=TABLE_ROW, cells=(block.text,), caption=True)
    return blocks


def _caption_of(containers: Containers, container: int) -> int:
    """The ``<caption>`` at or above ``container`` (below its table), -1 if none."""
    tags, parents = containers.tag, containers.parent
    while container >= 0 and tags[container] != "table":
        if tags[container] == "caption":
            return container
        container = parents[container]
    return -1


def _with_item_parts(
    containers: Containers, blocks: list[Block], firsts: list[RawBlock]
) -> list[Block]:
    """``blocks`` with a list item of several blocks kept as one: a heading opening an
    ``<li>`` that holds more (a how-to's "<li><h3>Water</h3><p>Water the plant …</p></li>")
    made the item's title, and each later block of that ``<li>`` marked its ``part``, so
    that the item is numbered once and its blocks render inside it. The text is as it was:
    only the structure the renderings read changes. (``firsts``: the block each of
    ``blocks`` was made of first.)"""
    count = len(blocks)
    items = [block.kind is LIST_ITEM for block in blocks]
    if count < 2 or not any(items):
        return blocks  # most bodies: no list item, no <li> looked for
    out = blocks
    opened: list[int] = []  # the open <li>s the blocks met so far continue, innermost last
    last = -1  # the <li> of the block before (-1: none, or not looked for)
    for at, block in enumerate(blocks):
        # A block of an item with more is a list item, or follows one's block, or opens
        # the item before one: only those look for their <li>.
        holder = (
            _list_item_of(containers, firsts[at].container)
            if items[at] or last >= 0 or (at + 1 < count and items[at + 1])
            else -1
        )
        previous, last = last, holder
        if holder < 0:
            opened.clear()
            continue
        if previous >= 0 and holder in opened:
            # A later block of an open item: right after the item's own blocks, or after a
            # list nested in it ("<li><p>…</p><ul>…</ul><p>…</p></li>"), which it closes.
            del opened[opened.index(holder) + 1 :]
            out[at] = _as_part(containers, block, holder)
            continue
        while opened and not _is_within(containers, holder, opened[-1]):
            opened.pop()  # a sibling's or an outer list's item: the items it ends closed
        if items[at]:
            opened.append(holder)
        elif (
            block.kind is HEADING
            and at + 1 < count
            and items[at + 1]
            and _list_item_of(containers, firsts[at + 1].container) == holder
        ):
            depth, ordered = _list_depth(containers, holder)
            out[at] = evolve(block, kind=LIST_ITEM, level=depth, ordered=ordered, header=True)
            opened.append(holder)
        else:
            opened.clear()
    return out


def _as_part(containers: Containers, block: Block, item: int) -> Block:
    """``block`` marked a later block of the ``<li>`` ``item``, its ``level`` that item's
    list depth (a heading keeps its own level and sits in the innermost open item)."""
    if block.kind is HEADING:
        return evolve(block, part=True)
    return evolve(block, part=True, level=_list_depth(containers, item)[0])


def _is_within(containers: Containers, inner: int, outer: int) -> bool:
    """Whether the container ``inner`` lies inside ``outer``: the walk numbers containers in
    page order, so the climb stops at the first one before ``outer`` (a sibling's parent)."""
    parents = containers.parent
    at = parents[inner]
    while at > outer:
        at = parents[at]
    return at == outer


def _list_depth(containers: Containers, item: int) -> tuple[int, bool]:
    """How deep the ``<li>`` ``item`` is nested in lists (1: a top-level list's item) and
    whether its own list is numbered."""
    tags, parents = containers.tag, containers.parent
    depth, ordered, at = 0, False, parents[item]
    while at >= 0:
        if tags[at] in _LISTS:
            if not depth:
                ordered = tags[at] == "ol"
            depth += 1
        at = parents[at]
    return max(depth, 1), ordered


# The tags of a list whose items nest (a definition list's are no <li>s).
_LISTS = frozenset({"ul", "ol", "menu"})


# A code block's header label: one name of a language ("js", "Python", "C++"), at most this
# long (the longest common names, "objective-c", "powershell", are 11 and 10).
_CODE_LABEL = LazyPattern(r"[A-Za-z][\w+#.-]{0,15}")


def _is_code_label(containers: Containers, label: RawBlock, code: RawBlock) -> bool:
    """Whether ``label`` is the header over the code block ``code`` that names its language
    (MDN's and documentation themes' "<div class="example-header"><span>js</span><button>Copy
    </button></div><pre>"): loose text (no paragraph) in a box beside the ``<pre>`` in its
    wrapper, one name that is the code's language or, when the code names none, gives it."""
    if label.kind is not PARAGRAPH or label.tag != "#run" or label.links:
        return False
    if containers.parent[label.container] != code.container:
        return False
    if not _CODE_LABEL.fullmatch(label.text):
        return False
    return code.language is None or code.language == label.text.lower()


def _list_item_of(containers: Containers, container: int) -> int:
    """The ``<li>`` at or nearest above ``container`` (-1 when there is none)."""
    tags, parents = containers.tag, containers.parent
    while container >= 0 and tags[container] != "li":
        container = parents[container]
    return container


# Class or id words of an <aside> that is a box of the article's own facts (a photo essay's
# "About the wetland", a report's key figures): read as text, where every other <aside> is a
# sidebar or a teaser box and skipped.
_FACTBOX_NAME = LazyPattern(
    r"(?:^|[\s_-])(?:fact-?box|fact-?file|fact-?sheet|facts|key-?facts|fakten-?box|faktabox|"
    r"faktaboks|infokasten|"
    # an article's own chronology beside its text ("timeline-box", "chronologie"): the
    # story's dates, set apart as a fact box is
    r"time-?line|chronology|chronologie|chronik|cronologia|cronología|"
    # a travel guide's box of practical information ("practical-info", "good-to-know":
    # getting there, hours, prices, permits): the guide's own facts, set apart as a fact box
    # is (probe set blind68b)
    r"practical|practicalities|good-?to-?know|need-?to-?know|know-?before-?you-?go|"
    # a documentation page's admonition set as an <aside> (Starlight's "starlight-aside
    # starlight-aside--tip", a "callout callout-warning"): a note of the text, not a sidebar
    r"admonition|callout|note|tip|hint|warning|caution|danger|important)(?:$|[\s_-])",
    re.IGNORECASE,
)


# An encyclopedia's box of the entry's facts set as an <aside> (a wiki farm's
# "portable-infobox": a label and its value per row) is read too, when it holds no paragraph:
# an "infobox" aside of paragraphs is a box of notes (a disclaimer, a hint at the page's end).
_INFOBOX_NAME = LazyPattern(r"(?:^|[\s_-])infobox(?:$|[\s_-])", re.IGNORECASE)


# The DPUB-ARIA roles of an element that holds the text's own notes (an essay's endnotes in
# "<aside role="doc-endnotes">", a note beside its paragraph): part of the text, as a notes
# list under the last paragraph is, however the page sets them apart.
_NOTE_ROLES = frozenset({"doc-endnotes", "doc-footnote", "doc-endnote"})
# EPUB 3's structural semantics of a note (``epub:type``, as e-book exporters and long-read
# themes write it, often without a role): a footnote, an endnote, a list of them.
_EPUB_NOTE_TYPES = frozenset(
    {"footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes", "note"}
)


def _is_note(attributes: Mapping[str, str | None]) -> bool:
    """Whether an element's attributes mark it as the text's note (``_NOTE_ROLES``, or an
    ``epub:type`` of ``_EPUB_NOTE_TYPES``: "<aside epub:type='footnote'>")."""
    if attributes.get("role") in _NOTE_ROLES:
        return True
    kinds = attributes.get("epub:type")
    return kinds is not None and not _EPUB_NOTE_TYPES.isdisjoint(kinds.lower().split())


def is_factbox(node: LexborNode) -> bool:
    """Whether an ``<aside>`` is a box of the article's own facts or notes, read as text
    where every other ``<aside>`` is a sidebar or a teaser box."""
    attributes = node.attributes  # read once: each read makes a dict of them all
    if _is_note(attributes):
        return True
    classes = attributes.get("class") or ""
    names = f"{classes} {attributes.get('id') or ''}"
    if _FACTBOX_NAME.search(names) is not None or _NOTES_NAME.search(names) is not None:
        return True  # a box of facts, or the text's notes set in an aside ("endnotes")
    return (
        _INFOBOX_NAME.search(names) is not None and node.css_first("p") is None
    ) or _is_data_column(node, classes)


# Class or id words of the box of an article's notes ("footnotes", "endnotes", "notes",
# "fn-notes"); "note" alone is an admonition's (``_FACTBOX_NAME``), not a list of notes.
_NOTES_NAME = LazyPattern(
    r"(?:^|[\s_-])(?:foot-?notes?|end-?notes?|notes|notas|noten|anmerkungen)(?:$|[\s_-])",
    re.IGNORECASE,
)
# The elements that may name the box of notes (lexbor's substring match, then the words).
_MAY_NAME_NOTES = (
    "[class*='note' i], [id*='note' i], [role^='doc-' i][role*='note' i], [epub\\:type*='note' i]"
)
# How far above its <footer> the article may be: its own child, or a wrapper's.
_ARTICLE_REACH = 3


def is_notes_footer(node: LexborNode) -> bool:
    """Whether a ``<footer>`` is an article's own footer holding the text's notes (an essay's
    footnotes under its last paragraph, as a theme sets them in the ``<article>``'s
    ``<footer>``): read as text, where every other footer is the site's or a card's furniture.
    The footer is an ``<article>``'s (a few levels down at most) and it, or a box inside it,
    is named as notes or has a notes role (``_NOTE_ROLES``)."""
    at = node.parent
    for _ in range(_ARTICLE_REACH):
        if at is None:
            return False
        if at.tag == "article":
            break
        at = at.parent
    else:
        return False
    for box in (node, *node.css(_MAY_NAME_NOTES)):
        attributes = box.attributes
        if _is_note(attributes):
            return True
        names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        if _NOTES_NAME.search(names) is not None:
            return True
    return False


# A block name this long at least names a component; shorter is a namespace.
_MIN_BLOCK_CHARS = 3
# What a column of the text's data holds: a list, a table or a definition list.
_DATA_TAGS = "ul, ol, table, dl"


def _is_data_column(node: LexborNode, classes: str) -> bool:
    """Whether an ``<aside>`` is a column of the text's own data beside it: a recipe's
    ingredients ("recipe-ingredients") beside its method ("recipe-method"). It holds a list
    or a table and no link (a sidebar's and a related box's lists are linked), and its first
    class shares its block's name (before the first "-" or "__") with the element set
    right beside it, or with the text's container it sits in (a long read's how-to box,
    "longform-aside", among the paragraphs of "longform-body"): parts of one component,
    the page's own naming says. ``classes``: its class attribute ("" without one).
    The names are asked first, the subtree's two queries last (each a walk of the box, its
    selector parsed again): most asides are a sidebar named apart from what stands beside
    it, and a sidebar holds links (asked before the data's four tags: one is soon met)."""
    block = _block_name_of(classes)
    if not block or not any(
        _block_name(other) == block
        for other in (_element(node.prev, "prev"), _element(node.next, "next"), node.parent)
        if other is not None
    ):
        return False
    return node.css_first("a") is None and node.css_first(_DATA_TAGS) is not None


def _block_name(node: LexborNode) -> str:
    """The block of an element's first class ("recipe" of "recipe-ingredients" or of
    "recipe__method"), "" when the class names no part of a block or a layout's column."""
    return _block_name_of(node.attributes.get("class") or "")


def _block_name_of(names: str) -> str:
    """``_block_name`` of an element whose class attribute is ``names``."""
    classes = names.split()
    if not classes:
        return ""
    first = classes[0]
    if any(char.isdigit() for char in first):
        return ""  # a layout grid's column ("col-lg-3" beside "col-lg-9"), no component's part
    block = re.split(r"__|-", first, maxsplit=1)[0]
    # A block of a letter or two is a naming scheme's namespace ("l-" of layouts, "c-" of
    # components, "js-"), shared by unrelated elements.
    return block if block != first and len(block) >= _MIN_BLOCK_CHARS else ""


def _element(node: LexborNode | None, way: str) -> LexborNode | None:
    """The nearest element from ``node`` on (itself included), stepping ``way``."""
    while node is not None and node.tag in ("-text", "-comment"):
        node = node.prev if way == "prev" else node.next
    return node
