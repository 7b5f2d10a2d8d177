"""The walk's state, and each block and container it files: a block with what its containers
say of it (a list item's number, a quotation's depth, a caption's place, a timed line's
player links, a code block's language), a container in the containers' lists. The base of
the walk's classes (``blocks._Walker``): every reading step (a leaf, a row, a container)
ends here."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.block_text import clean_block_text
from newsextract.body.code_blocks import code_language, code_text
from newsextract.body.comments import COMMENT_NAME, is_comment_item
from newsextract.body.container_hints import FIGURE_TAGS, TO_WEIGH
from newsextract.body.inline_runs import BLOCK_CHILDREN, Item
from newsextract.body.markup_numbers import list_start
from newsextract.body.model import LIST_ITEM, PREFORMATTED, QUOTE, BlockKind
from newsextract.body.picture_captions import CAPTION_CHARS
from newsextract.body.seek_links import TIME_CODE_OPENERS, opens_with_time_code, seeking_words
from newsextract.body.subtree_tags import Holders
from newsextract.body.tag_sets import LIST_TAGS, SKIP_TAGS
from newsextract.body.walk_records import RawBlock, Walk


class BlockFiling:
    """The walk's state and its filing of blocks and containers; a class so each step is a
    small method (mypyc compiles a single chain of classes: each of the walk's modules adds
    a link)."""

    def __init__(
        self,
        *,
        figures: bool = False,
        discussion: bool = False,
        book: bool = False,
        comments: frozenset[int] | None = None,
        site: str = "",
    ) -> None:
        self.out = Walk(site)
        self.containers = self.out.containers  # read at every element: one look-up, not two
        # With ``figures``, <figure> and <figcaption> are read (their blocks marked as
        # captions) instead of skipped.
        self.skip = SKIP_TAGS - FIGURE_TAGS if figures else SKIP_TAGS
        self.pushed = BLOCK_CHILDREN - self.skip
        self.discussion = discussion
        self.book = book
        # Whether comment sections are looked for, and those found by their structure
        # (``comments.comment_sections``, ``mem_id``s).
        self.comments = comments is not None and not discussion
        self.comment_ids: frozenset[int] = comments or frozenset()
        self.figcaptions = 0  # figcaption containers met: only then is a caption looked for
        self.quotations = False  # a <blockquote> met: only then is a block's quotation looked for
        # the first item's number of each <ol> met, and whether it counts down (``reversed``)
        self.list_starts: dict[int, tuple[int, bool]] = {}
        # Of each table section (its ``mem_id``) with a ``rowspan`` met: how many rows below
        # each column's cell still covers, the column left empty in them.
        self.row_spans: dict[int, list[int]] = {}
        # Work items, as flat tuples (one is pushed per element and per inline run):
        # (node, in_link, parent container, kind, level) for an element to visit,
        # (text, link characters, parent container, kind, level) for an inline run.
        self.stack: list[Item] = []
        # 1 while inside an <a> that wraps blocks (a teaser card): all its text is link text.
        self.in_link = 0
        self.root: LexborNode | None = None
        self.holders = Holders()
        self.panels: set[str] | None = None  # ids of the page's toggled panels, once asked
        self.to_weigh: list[int] = []  # containers whose hint waits for ``_weigh``
        # The containers marked schema.org comments, met on the walk.
        self.comment_items: set[int] = set()
        # Each container's links that seek the page's player, read at its first timed line.
        self.seek_words: dict[int, tuple[str, ...]] = {}
        # The ``mem_id``s of the caption spans met in runs (``picture_captions.caption_span``),
        # each read as a caption line of its own when its item is visited.
        self.caption_spans: set[int] = set()
        # Each container's nearest <figure> or <figcaption> tag once asked (``_nearest_figure``).
        self.figure_of: dict[int, str | None] = {}

    def _emit(
        self,
        text: str,
        kind: BlockKind,
        level: int,
        parent: int,
        links: int,
        tag: str,
        *,
        cells: tuple[str, ...] = (),
        header: bool = False,
        caption: bool = False,
        clean: bool = False,
    ) -> None:
        """Add a block of ``text`` (``clean``: already as ``clean_block_text`` gives it)."""
        if not clean:
            text = clean_block_text(text)
        if text:
            links = len(text) if self.in_link else min(links, len(text))
            if links and text[:1] in TIME_CODE_OPENERS and opens_with_time_code(text):
                # a chapter's line linked to a moment of the page's player is the show
                # notes' text, not a link list (``body.seek_links``)
                links = max(0, links - self._seeking(parent, text))
            block = RawBlock(text, kind, level, parent, links, tag, cells=cells, header=header)
            if kind is LIST_ITEM:
                at = self._nearest_at(parent, LIST_TAGS)
                if at >= 0 and self.out.containers.tag[at] == "ol":
                    block.ordered = True
                    block.start, block.reversed = self._list_start(at)
            elif kind is QUOTE:
                block.depth = max(self._quotations(parent), 1)
            if self.quotations and kind is not QUOTE:
                block.quoted = self._quotations(parent)
            if caption:
                block.caption = True
            elif self.figcaptions:
                block.caption = (
                    len(text) <= CAPTION_CHARS and self._nearest_figure(parent) == "figcaption"
                )
            self.out.blocks.append(block)

    def _seeking(self, container: int, text: str) -> int:
        """The characters of ``text`` in links of ``container`` that seek the page's player
        (``seek_links.seeking_words``, read once a container)."""
        if container < 0:
            return 0
        words = self.seek_words.get(container)
        if words is None:
            words = seeking_words(self.out.containers.nodes[container])
            self.seek_words[container] = words
        return sum(len(word) for word in words if word in text)

    def _nearest_figure(self, container: int) -> str | None:
        """The tag of the nearest ``<figure>`` or ``<figcaption>`` container at or above
        ``container``, None if none. Asked of every block once a page has met a caption
        (most pages with a picture): each container's answer is kept (``figure_of``), so a
        block climbs only to the first container a block before it climbed through, where
        each climbed to the root (eight steps a block on the first 15 pages of ``fundus`` and
        ``trafilatura``). The containers' tags and parents never change once filed."""
        known = self.figure_of
        cont = self.out.containers
        tags, parents = cont.tag, cont.parent
        climbed = []
        found: str | None = None
        while container >= 0:
            if container in known:
                found = known[container]
                break
            tag = tags[container]
            if tag in FIGURE_TAGS:
                found = tag
                break
            climbed.append(container)
            container = parents[container]
        for at in climbed:
            known[at] = found
        return found

    def _nearest_at(self, container: int, tags: frozenset[str]) -> int:
        """The nearest container at or above ``container`` among ``tags``, -1 if none."""
        cont = self.out.containers
        while container >= 0:
            if cont.tag[container] in tags:
                return container
            container = cont.parent[container]
        return -1

    def _quotations(self, container: int) -> int:
        """How many ``<blockquote>`` containers hold ``container``; blocks in quotations are
        few, so the chain is climbed for each."""
        cont = self.out.containers
        depth = 0
        while container >= 0:
            depth += cont.tag[container] == "blockquote"
            container = cont.parent[container]
        return depth

    def _list_start(self, ol: int) -> tuple[int, bool]:
        """The number of the first item of the ``<ol>`` container ``ol`` (its ``start``),
        and whether the list counts down (``reversed``), read once a list: its items all ask."""
        starts = self.list_starts
        if ol not in starts:
            node = self.out.containers.nodes[ol]
            attributes = node.attributes
            start = attributes.get("start")
            # A first item's ``value`` numbers it, and the items after it, as ``start`` would
            # (a list a CMS splits around an ad goes on with "<li value=4>").
            first = next((child for child in node.iter() if child.tag == "li"), None)
            if first is not None and "value" in first.attributes:
                start = first.attributes["value"]
            down = "reversed" in attributes
            if down and start is None:
                # a countdown with no start opens on its count of items, as a browser numbers it
                starts[ol] = (sum(child.tag == "li" for child in node.iter()), True)
            else:
                starts[ol] = (list_start(start), down)
        return starts[ol]

    def _code(self, pre: LexborNode, text: str, parent: int, level: int) -> None:
        """A code block: ``text``, the code a ``<pre>`` holds, with its lines."""
        kind, language = PREFORMATTED, code_language(pre)
        code = RawBlock(code_text(text), kind, level, parent, 0, "pre", language=language)
        if self.quotations:
            code.quoted = self._quotations(parent)
        self.out.blocks.append(code)

    def _file(
        self,
        node: LexborNode,
        tag: str,
        parent: int,
        hint: int,
        classes: str,
        ident: str,
        attrs: dict[str, str | None],
    ) -> int:
        """File a container (``hint``: its weight so far) in the containers' lists, the one
        place that fills them, and note what its attributes say of it (a comment, a
        language); its index."""
        if hint == -2 and COMMENT_NAME.search(f"{classes} {ident}"):
            self.out.by_comments = True
            if self.discussion:
                hint = 0  # on a discussion page the comments are the text
        cont = self.containers
        index = len(cont.parent)
        cont.parent.append(parent)
        cont.depth.append(cont.depth[parent] + 1 if parent >= 0 else 0)
        cont.hint.append(hint)
        cont.bad.append(index if hint < 0 else cont.bad[parent] if parent >= 0 else -1)
        cont.tag.append(tag)
        cont.nodes.append(node)
        cont.classes.append(classes)
        cont.ids.append(ident)
        if (
            self.comments
            and ("itemprop" in attrs or "itemtype" in attrs)
            and is_comment_item(attrs)
        ):
            self.comment_items.add(index)
        if hint == TO_WEIGH:
            self.to_weigh.append(index)
        if "lang" in attrs:
            self.out.languages.append((index, attrs["lang"] or ""))
        return index
