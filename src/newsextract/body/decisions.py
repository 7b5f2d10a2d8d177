"""Which blocks of a page the body kept, which it dropped and why, each with its element.

Read-only: it takes the walk ``extract_body`` read the body from (``read_body``: the page's
walk with its comment sections, or its walk as a thread's) and asks the same functions
(``choose_region``, ``judge_blocks``) for their verdicts, so what it tells is what the
extractor did: the kept blocks are exactly the ``Body``'s, text and kind. ``newsextract explain
--html`` draws them on the page.
"""

from __future__ import annotations

import bisect

import attrs
from selectolax.lexbor import LexborNode

from newsextract.body.cleanup import judge_blocks
from newsextract.body.credit_lines import without_credit
from newsextract.body.extractor import BodyOptions, read_body, value_outside
from newsextract.body.model import LIST_ITEM, TABLE_ROW, Block, BlockKind, Body
from newsextract.body.reasons import describe
from newsextract.body.region import choose_region
from newsextract.body.region_record import Region
from newsextract.body.scoring import Tally, block_value, tally
from newsextract.body.tag_sets import INLINE_TAGS, SKIP_TAGS
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.page import ParsedPage

# Why a block outside ``judge_blocks``'s reach was dropped.
OUTSIDE_REGION = "outside the chosen content region"
AFTER_ARTICLE = "after the end of the article (loose text past the content region)"
CLOSING_NOTE = (
    "after the end of the article: a closing note (author bio, first-published note) or a "
    "paper's back matter (its references on)"
)
NOT_IN_JSONLD = "not part of the page's JSON-LD articleBody"
# When the body was not read from the page's blocks at all.
_ELSEWHERE = {
    "jsonld": "not used: the body is the page's JSON-LD articleBody text",
    "script": "not used: the body is the HTML in the page's script data",
    "empty": "no article text was found on the page",
}


@attrs.frozen
class BlockDecision:
    """One text block of the page: kept in the body or dropped, and why.

    ``element`` is the element the block was read from (a ``<p>``, ``<li>``, ``<tr>``...),
    or the container of loose text; ``parts`` are the nodes its text is in: the element, or
    for loose text the container's text nodes and inline elements that make it up (the
    container as a whole when they cannot be told). ``region`` tells whether it lay in the
    chosen content region.
    """

    text: str
    kind: BlockKind
    element: LexborNode
    kept: bool
    reason: str
    region: bool = False
    parts: tuple[LexborNode, ...] = ()


@attrs.frozen
class BodyDecisions:
    """The body and the decision on every block of the page, in page order.

    ``region`` holds the elements the chosen content region is made of, in page order (none
    when the body was not read by the generic method).
    """

    body: Body
    blocks: tuple[BlockDecision, ...]
    region: tuple[LexborNode, ...] = ()

    def kept(self) -> tuple[BlockDecision, ...]:
        return tuple(block for block in self.blocks if block.kept)

    def dropped(self) -> tuple[BlockDecision, ...]:
        return tuple(block for block in self.blocks if not block.kept)


def body_decisions(page: ParsedPage, options: BodyOptions | None = None) -> BodyDecisions:
    """The decisions ``extract_body(page, options)`` makes on each block of ``page``; when
    the body is the HTML of the page's script data, the decisions on that HTML's blocks
    follow the page's (their elements are the script's, not on the page)."""
    options = options or BodyOptions()
    read = read_body(page, options)
    body, walked = read.body, read.walked
    if walked is None:
        return BodyDecisions(body=body, blocks=())
    if read.script is None:
        blocks, region = _decided(walked, body, options)
        return BodyDecisions(body=body, blocks=blocks, region=region)
    unused = Body(method="script")  # the page's blocks: none of them is the body
    blocks, _ = _decided(walked, unused, options)
    scripted, region = _decided(read.script, attrs.evolve(body, method="generic"), options)
    return BodyDecisions(body=body, blocks=blocks + scripted, region=region)


def _decided(
    walked: Walk, body: Body, options: BodyOptions
) -> tuple[tuple[BlockDecision, ...], tuple[LexborNode, ...]]:
    """The decision on each block of ``walked``, whose blocks ``body`` was read from by its
    method, and the elements of the content region chosen in it."""
    elements = block_elements(walked)
    parts = run_parts(walked)
    reasons: dict[int, str] = {}  # id(RawBlock) -> why dropped; absent: kept by its step
    region: Region | None = None
    region_elements: tuple[LexborNode, ...] = ()
    if body.method in ("generic", "empty", "generic+jsonld") and walked.blocks:
        sums = tally(walked)
        region = choose_region(walked, sums)
        if region is not None:
            judged = judge_blocks(walked, sums, region, options.favor)
            if body.blocks and all(reason for _, reason in judged):
                # Every block of the region dropped: the body is the best of the rest, read
                # once (``extractor._generic``), and so are the decisions shown.
                sums = tally(walked, value_outside(sorted(region.ranges), block_value))
                region = choose_region(walked, sums) or region
                judged = judge_blocks(walked, sums, region, options.favor)
            region_elements = _region_elements(walked, sums, region)
            judged = _as_walked(walked, judged)
            reasons.update((id(block), reason) for block, reason in judged if reason)
            judged_ids = {id(block) for block, _ in judged}
            for index, block in enumerate(walked.blocks):
                if id(block) not in judged_ids:
                    late = index in region.loose
                    reasons[id(block)] = AFTER_ARTICLE if late else OUTSIDE_REGION
    default = NOT_IN_JSONLD if body.method == "jsonld+page" else CLOSING_NOTE
    if body.method in _ELSEWHERE and not (body.method == "empty" and region is not None):
        default = _ELSEWHERE[body.method]
    kept = _kept(walked.blocks, body, reasons)
    joined = {id(piece) for _, pieces in kept.values() for piece in pieces}
    place = {id(block): element for block, element in zip(walked.blocks, elements, strict=True)}

    def parts_of(block: RawBlock) -> tuple[LexborNode, ...]:
        return parts.get(id(block), (place[id(block)],))

    decisions = tuple(
        BlockDecision(
            text=kept[id(block)][0].text if id(block) in kept else block.text,
            kind=kept[id(block)][0].kind if id(block) in kept else block.kind,
            element=place[id(block)],
            kept=id(block) in kept,
            reason="kept" if id(block) in kept else reasons.get(id(block), default),
            region=region is not None and region.holds(block.container),
            parts=tuple(
                node
                for piece in (block, *(kept[id(block)][1] if id(block) in kept else ()))
                for node in parts_of(piece)
            ),
        )
        for block in walked.blocks
        if id(block) not in joined
    )
    return decisions, region_elements


def _region_elements(walked: Walk, sums: Tally, region: Region) -> tuple[LexborNode, ...]:
    """The containers whose subtrees make up the region's ranges."""
    found = []
    for start, stop in region.ranges:
        index = start
        while index <= stop:
            found.append(walked.containers.nodes[index])
            index = sums.end[index] + 1
    return tuple(found)


def _as_walked(
    walked: Walk, judged: list[tuple[RawBlock, str | None]]
) -> list[tuple[RawBlock, str | None]]:
    """``judged`` with each block the walk read: the judging hands back a caption without
    its picture credit as a block of its own (``first_verdicts._without_credit``), which is the
    walked caption of the same container that its text begins; a forum table's post, the
    row of the same container one of whose cells it is (``entries.with_posts_of_tables``)."""
    walked_ids = {id(block) for block in walked.blocks}
    originals = iter(walked.blocks)
    found: list[tuple[RawBlock, str | None]] = []
    for block, reason in judged:
        if id(block) not in walked_ids:
            block = next(
                (
                    b
                    for b in originals
                    if b.container == block.container
                    and (b.text.startswith(block.text) or block.text in b.cells)
                ),
                block,
            )
        found.append((block, reason))
    return found


# How many of the blocks a step kept are looked through for the next block of the body when
# its text is not theirs as it is (a caption's credit, a list item's parts): the body leaves
# out few of them, and a body block that is none of the page's costs no more than this.
_LOOKAHEAD = 200


def _kept(
    blocks: list[RawBlock], body: Body, reasons: dict[int, str]
) -> dict[int, tuple[Block, tuple[RawBlock, ...]]]:
    """The page blocks that are the body's blocks (by ``id``), each with the body's block it
    is (its text and kind as the body has them: a caption without its picture credit, an
    agency's credit cut from its end, a quotation made a paragraph by
    ``extractor._unquoted``) and the blocks joined to it: the parts of a list item the body
    joined into one (``block_records.as_blocks``), each the start of what is left of it. Matched in
    order by text among the blocks no step dropped (a repeated paragraph is kept where it
    first appears); a body block found nowhere (articleBody's rest) is passed over."""
    pending = [block for block in blocks if id(block) not in reasons]
    # Where each text is among them: the body's blocks are mostly found by their text alone.
    where: dict[str, list[int]] = {}
    for index, block in enumerate(pending):
        where.setdefault(block.text, []).append(index)
    found: dict[int, tuple[Block, tuple[RawBlock, ...]]] = {}
    position = 0
    for want in body.blocks:
        same = where.get(want.text, [])
        after = bisect.bisect_left(same, position)
        at = same[after] if after < len(same) else None
        stop = min(len(pending), position + _LOOKAHEAD, len(pending) if at is None else at)
        at = next(
            (k for k in range(position, stop) if _is(pending[k], want.text, k == position)),
            at,
        )
        if at is None:
            continue
        first = pending[at]
        position = at + 1
        pieces: list[RawBlock] = []
        if first.kind is LIST_ITEM and want.text.startswith(f"{first.text} "):
            rest = want.text[len(first.text) + 1 :]
            while rest and position < len(pending):
                piece = pending[position]
                if piece.kind is not LIST_ITEM:
                    break
                if piece.text == rest:
                    rest = ""
                elif rest.startswith(f"{piece.text} "):
                    rest = rest[len(piece.text) + 1 :]
                else:
                    break
                pieces.append(piece)
                position += 1
        found[id(first)] = (want, tuple(pieces))
    return found


def _is(block: RawBlock, text: str, next_one: bool) -> bool:
    """Whether ``block`` is the body's block of ``text``: the same text (a caption's
    without its picture credit, a forum table row's post), or the start of a list item the
    body joined; the next block the body kept also when ``text`` is its start (the body
    cut a credit from its end)."""
    if block.text == text or (block.cells and text in block.cells):
        return True
    if block.caption and without_credit(block.text) == text:
        return True
    if block.kind is LIST_ITEM and text.startswith(f"{block.text} "):
        return True
    return next_one and bool(text) and block.text.startswith(text)


def block_elements(walked: Walk) -> list[LexborNode]:
    """The element each block of ``walked`` was read from, in block order.

    A block is read from a direct child of its container (a paragraph, heading, list item or
    table row), or is loose text of the container itself (``tag == "#run"``): the children
    of each container are matched in order by tag and text.
    """
    children: dict[int, list[LexborNode]] = {}
    cursors: dict[int, int] = {}
    out: list[LexborNode] = []
    for block in walked.blocks:
        container = walked.containers.nodes[block.container]
        if block.tag == "#run":
            out.append(container)
            continue
        if block.container not in children:
            children[block.container] = list(container.iter())
        found = _next_child(children[block.container], cursors.get(block.container, 0), block)
        if found < 0:
            out.append(container)
            continue
        cursors[block.container] = found + 1
        out.append(children[block.container][found])
    return out


# An inline element holding one of these is walked as a container, not read as loose text
# (as ``blocks.walk`` does).
_HOLDS_BLOCKS = "div,p,ul,ol,li,h1,h2,h3,h4,h5,h6,table,blockquote,section,article,br"
# Skipped elements that end a run of loose text; the walk passes over the others.
_ENDS_RUN = frozenset(
    {"nav", "aside", "footer", "figure", "figcaption", "dialog", "menu", "fieldset", "iframe"}
)


def run_parts(walked: Walk) -> dict[int, tuple[LexborNode, ...]]:
    """For each loose-text block (by ``id``), the container's children that make it up: its
    text nodes and inline elements between two block children. A container whose runs do
    not line up with its loose-text blocks is left out (its blocks are the container)."""
    runs: dict[int, list[RawBlock]] = {}
    for block in walked.blocks:
        if block.tag == "#run":
            runs.setdefault(block.container, []).append(block)
    found: dict[int, tuple[LexborNode, ...]] = {}
    for container, blocks in runs.items():
        groups = _runs_of(walked.containers.nodes[container])
        if len(groups) == len(blocks):
            found.update((id(block), group) for block, group in zip(blocks, groups, strict=True))
    return found


def _runs_of(container: LexborNode) -> list[tuple[LexborNode, ...]]:
    """The runs of loose text of ``container``: children that are text or inline elements
    without blocks inside, split by its other children; blank runs left out."""
    groups: list[tuple[LexborNode, ...]] = []
    current: list[LexborNode] = []

    def close() -> None:
        if current and "".join(n.text(deep=True) or "" for n in current).strip():
            groups.append(tuple(current))
        current.clear()

    for child in container.iter(include_text=True):
        tag = child.tag or ""
        if tag == "-text" or (tag in INLINE_TAGS and child.css_first(_HOLDS_BLOCKS) is None):
            current.append(child)
        elif tag in _ENDS_RUN or not (tag in SKIP_TAGS or tag in ("-comment", "br")):
            close()
    close()
    return groups


# The start of a block's text compared with an element's, to tell its element.
_HEAD_CHARS = 30


def _next_child(children: list[LexborNode], start: int, block: RawBlock) -> int:
    """The position of the first child from ``start`` of the block's tag whose text begins
    as the block's does, -1 if none."""
    head = " ".join(block.text.split())[:_HEAD_CHARS]
    for position in range(start, len(children)):
        child = children[position]
        if child.tag != block.tag:
            continue
        if block.kind is TABLE_ROW:
            return position
        if " ".join(child.text(deep=True).split()).startswith(head):
            return position
    return -1


__all__ = [
    "BlockDecision",
    "BodyDecisions",
    "block_elements",
    "body_decisions",
    "describe",
    "run_parts",
]
