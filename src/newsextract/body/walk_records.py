"""The walk's records: the paragraph-level blocks it finds and the containers that hold
them, in document order, before any keep/drop decision (``blocks.walk`` fills them)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.model import Block, BlockKind


class RawBlock:
    """A paragraph-level block as found, before any keep/drop decision.

    Besides what the keep/drop decision reads (text, kind, level, container, links, tag) it
    carries the structure ``Block`` keeps (see there); ``to_block`` makes the kept ``Block``.
    """

    __slots__ = (
        "caption", "cells", "container", "depth", "header", "kind", "language", "level", "links",
        "ordered", "quoted", "reversed", "start", "tag", "text",
    )  # fmt: skip

    def __init__(
        self,
        text: str,
        kind: BlockKind,
        level: int,
        container: int,
        links: int,
        tag: str,
        *,
        cells: tuple[str, ...] = (),
        header: bool = False,
        ordered: bool = False,
        language: str | None = None,
        caption: bool = False,
    ) -> None:
        self.text = text
        self.kind = kind
        self.level = level
        self.container = container
        self.links = links
        self.tag = tag
        self.cells = cells
        self.header = header
        self.ordered = ordered
        self.start = 1
        self.reversed = False
        self.depth = 1
        self.quoted = 0
        self.language = language
        self.caption = caption

    def to_block(self) -> Block:
        """The ``Block`` of this block, with all of its structure."""
        return Block(
            kind=self.kind,
            text=self.text,
            level=self.level,
            cells=self.cells,
            header=self.header,
            ordered=self.ordered,
            start=self.start,
            reversed=self.reversed,
            depth=self.depth,
            quoted=self.quoted,
            language=self.language,
            caption=self.caption,
        )


class Containers:
    """Container elements in document (pre-)order as parallel lists; parents come first.

    ``classes`` and ``ids`` hold each one's ``class`` and ``id`` ("" when it has none), read
    by the walk: the later stages ask them of many containers, and reading them off the node
    makes a dict of all its attributes each time. The walk (``body.blocks``) alone fills the
    lists, appending to each in place at every container it meets."""

    __slots__ = ("bad", "classes", "depth", "hint", "ids", "nodes", "parent", "tag")

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.depth: list[int] = []  # containers above, the walk's root at 0
        self.hint: list[int] = []
        self.bad: list[int] = []  # nearest boilerplate-named ancestor-or-self, -1 if none
        self.tag: list[str] = []
        self.nodes: list[LexborNode] = []
        self.classes: list[str] = []
        self.ids: list[str] = []

    def names(self, index: int) -> str:
        """A container's class and id, joined by a space."""
        return f"{self.classes[index]} {self.ids[index]}".strip()

    def story_of(self, index: int) -> int:
        """The outermost ``<article>`` holding container ``index`` (or it), -1 if none: the
        story's own boundary. An ``<article>`` inside another is a part of it (a page
        builder's column or box), not a story of its own."""
        story = -1
        while index >= 0:
            if self.tag[index] == "article":
                story = index
            index = self.parent[index]
        return story


class Walk:
    """The result of walking one subtree: its blocks and their containers."""

    __slots__ = (
        "address", "blocks", "by_comments", "by_container", "choices", "containers",
        "email_fields", "languages", "pictures", "players", "site",
    )  # fmt: skip

    def __init__(self, site: str = "") -> None:
        self.blocks: list[RawBlock] = []
        # The page's address ("" when unknown), set by the extractor: a list closing the text
        # whose items link the pages beside this one is a list of neighbouring entries.
        self.address = ""
        # The page's site (``ParsedPage.site``, "" when unknown): a link to another site
        # leaves the page (a roundup's names link to what they present).
        self.site = site
        self.containers = Containers()
        # Whether a container's hint was read as a comment's (a comment name weighed as
        # furniture, or a comment section marked): only then does the walk of the page as
        # a thread (``discussion``) differ from this one.
        self.by_comments = False
        # The e-mail fields met under the walked containers (``<input type="email">``, a
        # sign-up's, ``boxes._formless_address_fields``), each with its container.
        self.email_fields: list[tuple[LexborNode, int]] = []
        # The containers of the ``<video>``, ``<audio>`` and ``<iframe>`` elements (``players``;
        # an iframe an embedded player's or map's frame), of the
        # radio buttons a label wraps (``choices``) and of the pictures (``pictures``) the
        # walk skipped, once each met: a player's, a poll's or a gallery's box set between
        # the paragraphs (``media_boxes``).
        self.players: list[int] = []
        self.choices: list[int] = []
        self.pictures: list[int] = []
        # The containers declaring a language of their own (a ``lang``), with it, in page
        # order: a story's translation set after it (``other_stories.translations``).
        self.languages: list[tuple[int, str]] = []
        # The positions of the blocks set straight in each container, filed at the first
        # question (``held_by``), once the walk has filed every block.
        self.by_container: dict[int, list[int]] | None = None

    def held_by(self, container: int) -> list[int]:
        """The positions of the blocks set straight in ``container`` (not in a container
        below it), in page order. The region's climb asks this of each level's parent
        twice (``region_lines.loose_blocks``, ``closing_loose_line``), which each scanned
        every block of the page: the blocks are filed by container at the first question,
        in one scan. Asked only once the walk is over (its blocks never change after)."""
        by = self.by_container
        if by is None:
            by = self.by_container = {}
            for at, block in enumerate(self.blocks):
                held = by.get(block.container)
                if held is None:
                    by[block.container] = [at]
                else:
                    held.append(at)
        return by.get(container, _NONE_HELD)


# What ``Walk.held_by`` gives a container holding no block of its own (never changed).
_NONE_HELD: list[int] = []
