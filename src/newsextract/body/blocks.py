"""One iterative walk of the page into paragraph-level text blocks and their containers.

Every later decision (which container holds the article, which blocks are furniture) is
made on these flat lists, so the tree is read once. Paragraph leaves (``<p>``, headings)
are read whole by lexbor in C; Python only visits container elements and their direct
children. The walk uses an explicit stack: 100,000 nested divs cost no recursion.
"""

from __future__ import annotations

import logging
import re
from itertools import chain, compress

from selectolax.lexbor import LexborNode

from newsextract.ancestry import near_ancestor
from newsextract.body.block_records import is_factbox, is_notes_footer
from newsextract.body.caption_boxes import (
    NAMED_CAPTION,
    NAMED_CREDIT,
    CaptionBox,
    box_naming,
    caption_box,
    credit_box,
    in_slider,
    symbol_key,
)
from newsextract.body.code_lines import (
    code_in_pre,
    code_line_table,
    code_of_line_divs,
    without_inline_numbers,
)
from newsextract.body.comments import (
    comment_names,
    follows_article,
    is_comment_item,
    named_section,
)
from newsextract.body.container_hints import (
    ARTICLE_BODY,
    FIGURE_TAGS,
    SKIP_ROLES,
    TO_WEIGH,
    caption_class,
    container_hint,
    credit_class,
    dateline_class,
    dateline_prose,
    furniture_leaf_class,
    weighed_hint,
)
from newsextract.body.hidden_rests import (
    follows_a_reveal_button,
    is_furniture_toggle,
    is_hidden_page,
)
from newsextract.body.model import (
    CELL_SEPARATOR,
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    PREFORMATTED,
    QUOTE,
    TABLE_ROW,
    TERM,
    BlockKind,
)
from newsextract.body.node_reading import (
    CAPTION_CHARS,
    CAPTION_LINE_TAGS,
    COLLAPSIBLE,
    CONTEXT_TAGS,
    FIGURE_CONTENT,
    HEADING_TOOL,
    INLINE_HAS_BLOCKS,
    LANDMARK_TAGS,
    LEAD_IN_MARKS,
    LINE_BREAK,
    LIST_TAGS,
    MAX_BLOCK_CHARS,
    PERMALINK_MARKS,
    PICTURE_CAPTION_CHARS,
    SPOILER,
    TAB_PANEL,
    TOGGLE_LEVEL,
    UP_ARROWS,
    Holders,
    Tagged,
    aria_row_parts,
    broken_cell_text,
    caption_span,
    clean_block_text,
    closing_more_link,
    code_beside_controls,
    code_language,
    code_text,
    colspan_of,
    counts_as_link,
    elements_below,
    ends_with_ellipsis,
    fenced_italic_note,
    follows_a_disclosure,
    holds_any,
    inline_parts,
    inline_text_only,
    is_hidden,
    jumps_on_page,
    link_chars,
    list_start,
    option_type,
    picture_with_caption,
    precedes_a_reveal,
    read_more_toggle,
    row_parts,
    ruby_base,
    toggled_id,
    toggled_ids,
)
from newsextract.body.seams import is_note_link, is_note_mark, note_call, values_meet
from newsextract.body.seek_links import (
    TIME_CODE_OPENERS,
    is_chapter_button,
    opens_with_time_code,
    seeking_words,
)
from newsextract.body.tag_sets import HEADING_LEVEL, INLINE_TAGS, LEAF_TAGS, SKIP_TAGS
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.lazy_regex import LazyPattern
from newsextract.text import fits_css_string

logger = logging.getLogger(__name__)

# A leaf that holds one of these cannot be read whole: its parts need the container walk.
_LEAF_NEEDS_WALK = frozenset(
    {"br", "div", "ul", "ol", "table", "script", "style", "noscript", "button", "figure",
     "figcaption", "svg", "select", "template", "iframe", "aside", "nav", "blockquote", "section"}
)  # fmt: skip
# A heading's button is its accordion toggle, whose label is the heading's text ("<h2>
# <button aria-expanded>Question?</button></h2>"): read whole, like any inline element.
_HEADING_NEEDS_WALK = _LEAF_NEEDS_WALK - {"button"}
# A <pre> of paragraphs is a story's or a poem's text set in it (a serial-fiction site's part
# wraps its <p>s in one): each paragraph a block of its own, not one run of glued text.
_PRE_NEEDS_WALK = _LEAF_NEEDS_WALK | {"p"}
# An inline icon, whose <title> is no word of the line it sits in; a formula, whose MathML
# may sit beside copies of it (``node_reading.inline_parts``).
_ICONS = frozenset({"svg", "math"})
_FLUSHING_SKIPS = frozenset(
    {"nav", "aside", "footer", "figure", "figcaption", "dialog", "menu", "fieldset", "iframe"}
)
# The children ``_Walker._children`` pushes as they are, to be visited in turn (less the
# walk's skipped tags): block elements, no inline one, none skipped or read in place (a
# label's option, a button's panel, an aside's fact box). Most of a page's children: one set
# look-up tells them, where the tag tests of the other children cost 0.5 % of a page.
_BLOCK_CHILDREN = frozenset(
    {"div", "p", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "header",
     "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
     "caption", "blockquote", "pre", "figure", "figcaption", "form", "address", "details",
     "summary", "center", "hgroup", "hr"}
)  # fmt: skip
# Skipped children that leave no mark (no picture, player, e-mail field, nor the end of a
# run): passed over at once.
_QUIET_SKIPS = frozenset({"-comment", "script", "style", "noscript", "template", "link", "meta"})
# The boxes a theme sets a picture's caption in, or a picture and its caption together.
_CAPTION_BOXES = frozenset({"div", "section"})
_KIND_OF = {
    "li": LIST_ITEM,
    "dd": DEFINITION,
    "dt": TERM,
    "blockquote": QUOTE,
    "pre": PREFORMATTED,
}


# Containers nested deeper than this are read as one block of text: five times the depth of
# the deepest dev page's (47 elements below <body>, of 1,157), and a hostile chain of tens of
# thousands of nested elements costs no walk (nor parent chase) per level below it.
MAX_CONTAINER_DEPTH = 256


# A work item of the walk: an element to visit (with the ``in_link`` state it is met in) or
# an inline run's text (with its link characters); then its parent container, the kind of
# block its loose text forms, its list or heading level and the element's tag (``_RUN`` for
# a run): read where the element is met, as its parent's children are told apart, and not
# read again when it is visited (each read decodes the name into a new string).
_Item = tuple[LexborNode | str, int, int, BlockKind, int, str]
# The tag of an inline run's block.
_RUN = "#run"


def _cell_of_picture(cell: LexborNode) -> bool:
    """Whether a table, or a cell, is or sits in a table holding a picture: a caption cell
    there (Blogger's ``tr-caption`` under its picture's row, an old site's picture table)
    is the picture's caption, as a ``<figcaption>`` is, not furniture named "caption"."""
    table: LexborNode | None = cell
    while table is not None and table.tag != "table":
        table = table.parent
    return table is not None and table.css_first("img, picture") is not None


def _add_run(
    items: list[_Item],
    run: list[str],
    links: int,
    in_link: int,
    index: int,
    kind: BlockKind,
    level: int,
) -> None:
    """The inline words read since the last block child, as one item, unless only spaces
    (inside a link, ``in_link``, all of them are link text)."""
    text = "".join(run)
    if text and not text.isspace():
        items.append((text, len(text) if in_link else links, index, kind, level, _RUN))


class _Walker:
    """Stateful walk; kept as a class so each step is a small method."""

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
        self.pushed = _BLOCK_CHILDREN - self.skip
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
        self.stack: list[_Item] = []
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
        # The ``mem_id``s of the caption spans met in runs (``node_reading.caption_span``),
        # each read as a caption line of its own when its item is visited.
        self.caption_spans: set[int] = set()

    def run(self, root: LexborNode) -> Walk:
        self.root = root
        self.holders.root = root
        stack = self.stack
        stack.append((root, 0, -1, PARAGRAPH, 0, root.tag or ""))
        while stack:
            payload, links, parent, kind, level, tag = stack.pop()
            if isinstance(payload, str):
                # A run's link characters were counted when it was cut (its element's state
                # then); an <a> wrapping blocks visited since (a teaser card before it) must
                # not make the text after it a link's.
                self.in_link = 0
                self._emit(payload, kind, level, parent, links, tag)
            else:
                self.in_link = links
                self._visit(payload, tag, parent, kind, level)
        self._weigh()
        return self.out

    def _weigh(self) -> None:
        """The hints of the containers whose class or id decides them (``TO_WEIGH``): of
        those that hold text, and 0 for the others (never read); then each container's
        nearest boilerplate-named one (``Containers.bad``) by the hints."""
        cont = self.out.containers
        if not self.to_weigh and not self.comments:
            return
        parent, hints = cont.parent, cont.hint
        holds = [False] * len(parent)
        for block in self.out.blocks:
            index = block.container
            while index >= 0 and not holds[index]:
                holds[index] = True
                index = parent[index]
        for index in self.to_weigh:
            hint = 0
            if holds[index]:
                classes, ident = cont.classes[index], cont.ids[index]
                hint = weighed_hint(classes, ident, cont.tag[index])
                if hint == -2 and COMMENT_NAME.search(f"{classes} {ident}"):
                    self.out.by_comments = True
                    if self.discussion:
                        hint = 0  # on a discussion page the comments are the text
                elif hint < 0 and self.book and AUTHOR_BOX_NAME.search(f"{classes} {ident}"):
                    hint = 0  # a book's page introduces its author: the page's text
            hints[index] = hint
        if self.comments:
            self._mark_comments(holds)
        bad = cont.bad
        for index, up in enumerate(parent):
            bad[index] = index if hints[index] < 0 else bad[up] if up >= 0 else -1

    def _is_panel(self, node: LexborNode, attrs: dict[str, str | None]) -> bool:
        """Whether a hidden element is an accordion's or a tab's panel: hidden until the
        reader opens it with the toggle that names it (``aria-controls`` on an element
        with ``aria-expanded``) or marked ``role=tabpanel``, and part of the page's text (a
        FAQ's answers, a guide's commands for each package manager). ``attrs``: the
        element's attributes, as the walk read them (each read of ``node.attributes``
        builds the dict again)."""
        if attrs.get("role") == "tabpanel":
            return True
        classes = attrs.get("class") or ""
        if COLLAPSIBLE.search(classes) is not None or TAB_PANEL.search(classes) is not None:
            return True
        if "poiler" in classes and SPOILER.search(classes) is not None:
            return True  # the substring first: one regex search less for each hidden element
        if follows_a_disclosure(node) or precedes_a_reveal(node):
            return True
        if follows_a_reveal_button(node) or is_hidden_page(node):
            return True  # a story's rest after "continue reading", its other pages
        ident = attrs.get("id")
        if not ident or self.root is None:
            return False
        if self.panels is None:  # looked up once a walk, at the first hidden element with an id
            self.panels = toggled_ids(self.root)
        return ident in self.panels

    def _opens_a_panel(self, button: LexborNode) -> bool:
        """Whether a ``<button>`` opens a panel of the page that may be its text: the
        element it names is there and no landmark (a menu's toggle opens the navigation)."""
        ident = toggled_id(button)
        if not ident or self.root is None or not fits_css_string(ident):
            return False
        panel = self.root.css_first(f'[id="{ident}"]')
        if panel is None or panel.tag in LANDMARK_TAGS:
            return False
        return panel.attributes.get("role") not in SKIP_ROLES

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
                    len(text) <= CAPTION_CHARS
                    and self._nearest(parent, FIGURE_TAGS) == "figcaption"
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

    def _nearest(self, container: int, tags: frozenset[str]) -> str | None:
        """The tag of the nearest container at or above ``container`` among ``tags``."""
        at = self._nearest_at(container, tags)
        return None if at < 0 else self.out.containers.tag[at]

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

    def _visit(self, node: LexborNode, tag: str, parent: int, kind: BlockKind, level: int) -> None:
        """Read ``node`` (its ``tag`` read when it was met): a leaf, a row, or a container
        whose children are pushed."""
        if tag in LEAF_TAGS:
            text_only = inline_text_only(node)
            if not text_only and tag == "p" and picture_with_caption(node):
                self._leaf(node, tag, parent, kind, level, text_only=False, pictured=True)
                return
            if text_only:
                self._leaf(node, tag, parent, kind, level, text_only=True)
                return
            held, elements = elements_below(
                node,
                _HEADING_NEEDS_WALK
                if tag in HEADING_LEVEL
                else _PRE_NEEDS_WALK
                if tag == "pre"
                else _LEAF_NEEDS_WALK,
                self.holders,
            )
            if not held:
                self._leaf(node, tag, parent, kind, level, text_only=False, elements=elements)
                return
            if tag == "pre" and (
                (code := code_in_pre(node)) is not None
                or (code := code_beside_controls(node)) is not None
            ):
                self._code(node, code, parent, level)
                return
        elif tag in CAPTION_LINE_TAGS and self.caption_spans and node.mem_id in self.caption_spans:
            self._leaf(node, tag, parent, kind, level, text_only=inline_text_only(node))
            return
        if tag == "tr":
            row = row_parts(node)
            if row is not None:
                self._row(node, parent, *row)
                return
        cont = self.containers
        if parent >= 0 and cont.depth[parent] >= MAX_CONTAINER_DEPTH:
            # See MAX_CONTAINER_DEPTH: the rest of the chain is one block of text.
            self._leaf(node, tag, parent, kind, level, text_only=inline_text_only(node))
            return
        attrs = node.attributes
        hint = container_hint(attrs, tag)
        if hint is None and attrs.get("role") == "row":
            # An ARIA grid's row (``aria_row_parts``), when shown: a table's row of cells.
            hint = container_hint(attrs, tag, rows=False)
            row = aria_row_parts(node) if hint is not None else None
            if row is not None:
                self._row(node, parent, *row)
                return
        if hint is None:
            # A landmark (role=navigation...) is never read, a panel or not: no look-up.
            if attrs.get("role") in SKIP_ROLES or not self._is_panel(node, attrs):
                return
            hint = container_hint(attrs, tag, shown=True, rows=False)
            if hint is None:
                return
        # by ``in`` first: most containers have no id, many no class (a test, not a call)
        classes = (attrs["class"] or "") if "class" in attrs else ""
        ident = (attrs["id"] or "") if "id" in attrs else ""
        if tag == "table" or (
            # a box named for code (``code_lines.code_of_line_divs``): substring tests, as
            # cheap as can be for the many classed <div>s the walk meets
            classes
            and tag == "div"
            and ("code" in classes or "fragment" in classes or "crayon" in classes)
        ):
            code = code_line_table(node) if tag == "table" else code_of_line_divs(node)
            if code is not None:
                # Code set one element a line (``body.code_lines``): one code block.
                self._code(node, code, parent, level)
                return
        if (
            (tag == "td" or tag == "table")
            and classes
            and hint == TO_WEIGH
            and "figcaption" not in self.skip
            and credit_class(classes)
            and caption_class(classes)
            and _cell_of_picture(node)
        ):
            # A picture's table named for its caption and the caption's cell: a figure and
            # its caption, as ``<figure>`` and ``<figcaption>`` are (``_cell_of_picture``).
            hint = 0
            if tag == "td":
                tag = "figcaption"
        elif (
            hint == TO_WEIGH and classes and tag in _CAPTION_BOXES and "figcaption" not in self.skip
        ):
            naming = box_naming(classes)
            if naming == NAMED_CAPTION:
                # A picture and its caption in classed boxes (``body.caption_boxes``): read
                # as a <figcaption> is, the lines beside the picture kept as caption blocks
                # (a "wp-caption" box's unclassed <p> too).
                box = caption_box(node)
                if box is CaptionBox.NONE and symbol_key(node):
                    return  # a key to the page's symbols, no caption nor text
                if box is not CaptionBox.NONE:
                    hint = 0
                    tag = "figcaption"
                    if box is CaptionBox.CAPTION:
                        self._picture_box(node, parent)
            elif naming == NAMED_CREDIT and credit_box(node):
                # A picture's credit in a box beside its caption box ("image-credits"):
                # dropped as a credit closing a <figcaption> is (``caption_boxes.credit_box``).
                return
        if hint == -2 and COMMENT_NAME.search(f"{classes} {ident}"):
            self.out.by_comments = True
            if self.discussion:
                hint = 0  # on a discussion page the comments are the text
        # Filed in the containers' lists here, the one place that fills them (a method call
        # an element cost the walk 0.9 % of its instructions).
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
        if tag in CONTEXT_TAGS:
            if tag == "figcaption":
                self.figcaptions += 1
            elif tag == "a":
                self.in_link = 1
            elif tag == "figure":
                # The caption and the content a figure sets apart from the text (a table, a
                # quote, a code listing: WordPress's and CKEditor's tables, a pull quote);
                # the rest of a figure is media, or a player's or a gallery's labels ("more
                # videos"), never the article's running text.
                parts = [
                    (part, part_tag)
                    for part in node.iter()
                    if (part_tag := part.tag or "") in FIGURE_CONTENT
                ]
                self.stack.extend(
                    (part, self.in_link, index, kind, level, part_tag)
                    for part, part_tag in reversed(parts)
                )
                return
            else:
                kind, level = self._context(tag, kind, level)
        self._children(node, index, kind, level)

    def _picture_box(self, caption: LexborNode, parent: int) -> None:
        """The box of a picture and its caption box (``body.caption_boxes``), weighed as a
        <figure> is: its name ("img-box", "media-box") says it holds the picture, not that it
        is furniture."""
        cont = self.containers
        box = caption.parent
        if (
            parent >= 0
            and cont.hint[parent] == TO_WEIGH
            and box is not None
            and cont.nodes[parent].mem_id == box.mem_id
        ):
            cont.hint[parent] = 0
            self.to_weigh.remove(parent)

    def _mark_comments(self, holds: list[bool]) -> None:
        """Weigh the comment sections under the text (``body.comments``) and each box in
        them as furniture (-2, as the comment names ``class_weight`` knows): a long
        discussion's list must not outscore the article. Only the containers that hold
        text (``holds``) are asked, parents before children."""
        cont = self.out.containers
        parent, hints, classes, ids = cont.parent, cont.hint, cont.classes, cont.ids
        # Only a container named as comments, marked a comment or found by structure is
        # asked the whole question (most are none: the names' test is cached). Only the
        # names of containers holding text are looked up: no other is asked (picked by
        # ``compress`` in C, where a generator stepped in Python through every container).
        structural = bool(self.comment_ids or self.comment_items)
        named = comment_names(chain(compress(classes, holds), compress(ids, holds)))
        if not (structural or named):
            return
        within = [False] * len(parent)
        for index, up in enumerate(parent):
            if (up >= 0 and within[up]) or (
                holds[index]
                and hints[index] != ARTICLE_BODY
                and (structural or classes[index] in named or ids[index] in named)
                and self._comment_section(index)
            ):
                within[index] = True
                hints[index] = -2
                self.out.by_comments = True

    def _comment_section(self, index: int) -> bool:
        """Whether container ``index`` is a comment section under the text: by its
        structure, as a schema.org comment or by a name in some language."""
        cont = self.out.containers
        node = cont.nodes[index]
        if self.comment_ids and node.mem_id in self.comment_ids:
            return True
        if index in self.comment_items:
            return follows_article(node)
        return named_section(node, cont.classes[index], cont.ids[index])

    def _context(self, tag: str, kind: BlockKind, level: int) -> tuple[BlockKind, int]:
        """The kind of block that loose text inside ``tag`` forms."""
        if tag in ("ul", "ol", "dl"):
            return kind, level + 1
        if tag in _KIND_OF:
            if tag == "blockquote":
                self.quotations = True
            return _KIND_OF[tag], level
        if tag in HEADING_LEVEL:
            return HEADING, HEADING_LEVEL[tag]
        return kind, level

    def _leaf(
        self,
        node: LexborNode,
        tag: str,
        parent: int,
        kind: BlockKind,
        level: int,
        *,
        text_only: bool,
        pictured: bool = False,
        elements: Tagged | None = None,
    ) -> None:
        """A paragraph-level element read whole (``text_only``: it holds one text node, or
        none; ``pictured``: a picture over its caption line, ``picture_with_caption``;
        ``elements``: the elements below it with their tags, ``elements_below``)."""
        attributes = node.attributes
        if attributes and is_hidden(attributes):
            return  # a heading for screen readers only ("visually-hidden"), a hidden note
        leaf_class = attributes.get("class")
        caption = dateline = False
        if leaf_class and credit_class(leaf_class):
            if dateline_class(leaf_class) and tag == "p":
                dateline = True  # its prose is read below; a dateline alone goes
            elif tag in HEADING_LEVEL or tag == "pre" or not caption_class(leaf_class):
                return  # a credit or byline styled as a paragraph
            else:
                caption = True  # read as a figure's caption: kept as one, not as running text
        elif leaf_class and furniture_leaf_class(leaf_class):
            return  # a post's meta line, a disclaimer or an update stamp set as a paragraph
        if tag == "p" and elements and elements[0][1] in ("em", "i") and fenced_italic_note(node):
            return  # an editor's note in italics between rules: the source, a disclosure
        if text_only:  # one text node's own text: the element's deep text, without the walk
            first = node.child
            text = "" if first is None else (first.text_content or "")
        else:
            text = node.text(deep=True)
        elsewhere = False
        if tag == "p" and kind is PREFORMATTED:
            kind = PARAGRAPH  # a paragraph of a <pre> of paragraphs (_PRE_NEEDS_WALK)
        elif tag in HEADING_LEVEL:
            kind, level = HEADING, HEADING_LEVEL[tag]
            # A heading linked elsewhere is a teaser's; one linked to itself ("#v5-1-0") or
            # an <a name> is a jump target of the page's own text.
            elsewhere = True
            text = text.rstrip().rstrip(PERMALINK_MARKS)
        elif tag == "pre":
            self._code(node, without_inline_numbers(node, text), parent, level)
            return
        linked_chars = 0
        if not text_only:
            attachments = kind is LIST_ITEM
            linked_chars, visible = inline_parts(
                node,
                elsewhere=elsewhere,
                attachments=attachments,
                addresses="://" in text,
                elements=elements,
            )
            if visible is not None:
                text = visible
                if kind is HEADING:
                    text = text.rstrip().rstrip(PERMALINK_MARKS)
            if linked_chars and ends_with_ellipsis(text) and (more := closing_more_link(node)):
                # a member's summary closing with its "More..." jump: no word of it
                text = text.rstrip()[: -len(more)].rstrip()
                linked_chars = max(0, linked_chars - len(more))
            if kind is HEADING and linked_chars:
                tool = HEADING_TOOL.search(text)
                if tool is not None and tool.start() > 0:
                    text = text[: tool.start()]  # the tool's link text (not its brackets) goes
                    linked_chars = max(0, linked_chars - (len(tool.group().strip()) - 2))
            elif kind is HEADING and text.rstrip().endswith("]"):
                text = _script_tool_cut(node, text)
        if caption and len(text) > CAPTION_CHARS:
            return  # no caption's length: left out, as every leaf so classed was before
        if (
            pictured
            and not caption
            and len(text) <= PICTURE_CAPTION_CHARS
            and not text.rstrip().endswith(LEAD_IN_MARKS)
        ):
            # A longer italic paragraph under a picture is the text's; so is a line ending
            # in a colon, which leads into what follows ("And more about water:").
            caption = True
        if dateline:
            text = dateline_prose(text)
            if not text:
                return
        self._emit(text, kind, level, parent, linked_chars, tag, caption=caption)

    def _code(self, pre: LexborNode, text: str, parent: int, level: int) -> None:
        """A code block: ``text``, the code a ``<pre>`` holds, with its lines."""
        kind, language = PREFORMATTED, code_language(pre)
        code = RawBlock(code_text(text), kind, level, parent, 0, "pre", language=language)
        if self.quotations:
            code.quoted = self._quotations(parent)
        self.out.blocks.append(code)

    def _row(
        self,
        node: LexborNode,
        parent: int,
        found: list[LexborNode],
        links: int,
        broken: set[int] | None,
        controls: set[int],
        headers: bool,
    ) -> None:
        """A table row with its cells; empty cells, a cell holding only a button link, and
        those a ``colspan`` covers, count for the columns, not the text. ``broken``: the
        cells a <br> breaks (``row_parts``). A cell a ``rowspan`` of a row above covers
        counts as an empty one, so the cells after it stay in their columns."""
        cells: list[str] = []
        section = node.parent  # read once: each read makes a node object
        spans = self.row_spans.get(section.mem_id) if section is not None else None
        for cell in found:
            if spans:
                _covered(cells, spans)
            if controls and cell.mem_id in controls:
                cells.append("")
            else:
                if broken is not None and cell.mem_id in broken:
                    cell_text = clean_block_text(broken_cell_text(cell))
                else:
                    cell_text = clean_block_text(cell.text(deep=True))
                if ends_with_ellipsis(cell_text) and (more := closing_more_link(cell)):
                    # a member's summary closing with its "More..." jump: no word of it
                    cell_text = cell_text[: -len(more)].rstrip()
                    links = max(0, links - len(more))
                cells.append(cell_text)
            attributes = cell.attributes  # read once: each read makes a dict of them
            width = 1
            span = attributes.get("colspan")  # most cells have none: no call for them
            if span is not None and (width := colspan_of(span)) > 1:
                cells.extend([""] * (width - 1))
            down = attributes.get("rowspan")
            if down is not None and (rows := colspan_of(down)) > 1 and section is not None:
                spans = self.row_spans.setdefault(section.mem_id, [])
                _spans_down(spans, len(cells) - width, width, rows - 1)
        if spans:
            _covered(cells, spans, every=True)
        text = CELL_SEPARATOR.join(filter(None, cells))  # the filled cells
        in_head = section is not None and section.tag == "thead"
        header = in_head or headers
        # The cells are clean, and so is their row joined (``clean_block_text`` again would
        # give it back unchanged), unless a cell's lines were joined by newlines or the row
        # is longer than a block's text may be.
        self._emit(
            text,
            TABLE_ROW,
            0,
            parent,
            links,
            "tr",
            cells=tuple(cells),
            header=header,
            clean="\n" not in text and len(text) <= MAX_BLOCK_CHARS,
        )

    def _children(self, node: LexborNode, index: int, kind: BlockKind, level: int) -> None:
        """Split the children into inline runs and block children, pushed in reverse order.

        A run of white space alone makes no block and is not pushed (the test is written out
        in place: one method call per run was a tenth of the walk)."""
        items: list[_Item] = []
        run: list[str] = []
        links = 0
        pending_br = False
        in_link = self.in_link
        skip = self.skip
        pushed = self.pushed
        attachments = kind is LIST_ITEM
        # A term's link to the page's own text ("#index": the parameters of a reference
        # page) names the term: its words are the term's, not a link's.
        jump_targets = kind is TERM

        # Text nodes of ASCII white space alone are not read (most of a container's
        # children: the template's indentation); where one lay inside a run, between two
        # of its parts, a space stands for it (``clean_block_text`` cuts each run of white space to
        # one space all the same). ``last`` is the child met before (its ``mem_id`` read
        # only when a run's gap is asked: most children end no run), ``gap`` whether white
        # space was passed over since the run's last part.
        last = node
        gap = False
        span_before = False  # the run's last part is a <span>'s words, met just before
        toggle = -1  # the "read more" toggle of a hidden rest of the text read here
        # A picture was the last element met (or an empty link, around one maybe): only
        # then is an inline <span> asked whether it is its caption (``caption_span``).
        after_picture = False
        for child in node.iter(include_text=True, skip_empty=True):
            if run and not gap:  # a gap already seen needs no second look (a node object)
                before = child.prev
                if before is not None and before.mem_id != last.mem_id:
                    gap = True
            last = child
            ctag = child.tag or ""
            if ctag in pushed:  # a block child (most children are): pushed as it is
                span_before = pending_br = False
                if run:
                    _add_run(items, run, links, in_link, index, kind, level)
                    run, links, gap = [], 0, False
                items.append((child, in_link, index, kind, level, ctag))
                continue
            if ctag in _QUIET_SKIPS:  # a script, a style, a comment: nothing read nor noted
                span_before = pending_br = False
                continue
            if ctag != "span":
                span_before = False
            if ctag == "-text":
                text = child.text_content or ""
                if pending_br and text.strip():
                    pending_br = False
                if gap:
                    run.append(" ")
                    gap = False
                run.append(text)
                continue
            if ctag == "br":
                if pending_br:
                    _add_run(items, run, links, in_link, index, kind, level)
                    run, links, gap = [], 0, False
                    pending_br = False
                else:
                    pending_br = True
                    run.append(LINE_BREAK)
                    gap = False
                continue
            pending_br = False
            if toggle >= 0 and child.mem_id == toggle:
                continue  # its words are no text ("read more"): the rest it shows was read
            option = option_type(child) if ctag == "label" else ""
            if option:
                if option == "radio" and _in_form(child):
                    # a poll's choice, named by the label around it, sent by a form
                    # (``media_boxes``); a bare radio button is a CSS tab set's switch
                    # (MkDocs' "tabbed-set"), a quiz's options are its text (no form)
                    self.out.choices.append(index)
                if gap:
                    run.append(" ")
                    gap = False
                run.append(child.text(deep=True))  # a quiz's or a survey's answer, listed
                if not attachments:
                    # Options set one after another in a box (a recipe's ingredients to
                    # tick off): each is a line of its own, as a list's item would be.
                    run.append(LINE_BREAK)
                continue
            if ctag == "button" and self._opens_a_panel(child):
                if is_furniture_toggle(child):
                    continue  # "continue reading": the rest it opens is read, not its words
                # An accordion's or a tab's toggle: its words title the panel it opens (a
                # FAQ's question over its answer), read as a heading.
                if run:
                    _add_run(items, run, links, in_link, index, kind, level)
                    run, links, gap = [], 0, False
                items.append((child, in_link, index, HEADING, TOGGLE_LEVEL, ctag))
                continue
            if ctag == "button" and is_chapter_button(child):
                # A chapter of the player written as a button in the show notes: its line
                # is the notes' text, read as a run's words.
                if gap:
                    run.append(" ")
                    gap = False
                run.append(child.text(deep=True))
                continue
            if (
                ctag in skip
                and not (ctag == "aside" and is_factbox(child))
                # a quotation's <footer> is its attribution ("— Name, <cite>Work</cite>")
                and not (ctag == "footer" and (kind is QUOTE or is_notes_footer(child)))
            ) or ctag == "-comment":
                if ctag == "img" or ctag == "picture":
                    after_picture = True  # a caption span may follow (``caption_span``)
                if ctag == "input" and (child.attributes.get("type") or "").lower() == "email":
                    self.out.email_fields.append((child, index))
                elif ctag == "img":
                    self.out.pictures.append(index)
                elif (
                    ctag == "video" or ctag == "audio" or (ctag == "iframe" and kind is not HEADING)
                ):
                    # an <iframe> is an embedded player's or map's frame: a player's box;
                    # one inside a heading is the text's heading over its widget (kept)
                    self.out.players.append(index)
                if run and ctag in _FLUSHING_SKIPS:
                    _add_run(items, run, links, in_link, index, kind, level)
                    run, links, gap = [], 0, False
                continue
            if ctag in INLINE_TAGS:
                if after_picture:
                    after_picture = False
                    if ctag in CAPTION_LINE_TAGS and caption_span(child) and not in_slider(child):
                        # A picture's caption line in a classed <span> (<em>, <i>, <small>)
                        # after the picture: a
                        # line of its own, read as a caption (or skipped, as captions are).
                        if run:
                            text = "".join(run)
                            if text and not text.isspace():
                                items.append(
                                    (
                                        text,
                                        len(text) if in_link else links,
                                        index,
                                        kind,
                                        level,
                                        _RUN,
                                    )
                                )
                            run, links, gap = [], 0, False
                        if "figcaption" not in skip:
                            self.caption_spans.add(child.mem_id)
                            items.append((child, in_link, index, kind, level, ctag))
                        continue
                attributes = child.attributes
                if attributes and is_hidden(attributes):
                    # Hidden between a box's runs as inside a paragraph (``inline_parts``):
                    # a teaser's display:none date is no word of its title's line; the rest
                    # of a text behind a "read more" toggle is.
                    shows = read_more_toggle(child)
                    if shows is None:
                        continue
                    toggle = shows.mem_id
                first = child.child  # read once: each read makes a node object
                text_only = first is None or (first.next is None and first.tag == "-text")
                held, elements = (
                    (False, None)
                    if text_only
                    else elements_below(child, INLINE_HAS_BLOCKS, self.holders)
                )
                if not held:
                    # One text node's own text: its parent's deep text, without the walk.
                    visible, inner = None, -1
                    if (
                        not text_only
                        and ctag != "ruby"
                        and (
                            holds_any(child, _ICONS, self.holders)
                            if elements is None
                            else any(tag in _ICONS for _, tag in elements)
                        )
                    ):
                        # without an icon's <title> ("Link opens in a new tab"), which a
                        # link's text read whole held (the walk's icons found in one query)
                        inner, visible = inline_parts(
                            child,
                            elsewhere=jump_targets,
                            attachments=attachments,
                            by_attributes=False,
                            elements=elements,
                        )
                    text = (
                        ""
                        if first is None
                        else (first.text_content or "")
                        if text_only
                        else ruby_base(child)
                        if ctag == "ruby"
                        else visible
                        if visible is not None
                        else child.text(deep=True)
                    )
                    if text.lstrip()[:1] in UP_ARROWS and _leads_back_up(child, ctag, text):
                        continue  # the way back up ("↑ Top"), as in a paragraph read whole
                    if (
                        ctag in _NOTE_HOLDERS
                        and 0 < len(text) <= _NOTE_TEXT
                        # a link is looked at only when its words are a number: most are
                        # words ("Home"), and reading a link's attributes costs a dict
                        and (ctag == "sup" or text.strip().strip("[]()").isdigit())
                        and _marks_a_note(child, ctag)
                    ):
                        text = note_call(text)  # "1911[1]", "week.[1]": not "19111", "week.1"
                    if gap:
                        run.append(" ")
                        gap = False
                    elif span_before and run and text and values_meet(run[-1], text):
                        run.append(" ")  # "41,2 %" "9 Sitze": two values, not "41,2 %9"
                    span_before = ctag == "span"
                    if not text and ctag == "a":
                        after_picture = True  # a link around a picture, maybe
                    run.append(text)
                    if ctag == "time":
                        run.append(" ")  # a time is a value of its own: "14:52" "Kari Nilsen"
                    if ctag == "a":
                        # Every <a> is a link's words unless a list item's link may be an
                        # attachment or a term's a jump target (``counts_as_link`` then asks).
                        if not (attachments or jump_targets) or counts_as_link(
                            child, elsewhere=jump_targets, attachments=attachments
                        ):
                            links += len(text.strip())
                    elif inner >= 0:  # its links, counted with its text above
                        links += inner
                    elif not text_only:  # elements below, whether or not text comes first
                        links += link_chars(
                            child,
                            elsewhere=jump_targets,
                            attachments=attachments,
                            elements=elements,
                        )
                    continue
            if run:
                _add_run(items, run, links, in_link, index, kind, level)
                run, links, gap = [], 0, False
            items.append((child, in_link, index, kind, level, ctag))
        if run:
            _add_run(items, run, links, in_link, index, kind, level)
        items.reverse()
        self.stack.extend(items)


def _script_tool_cut(heading: LexborNode, text: str) -> str:
    """A heading's text without its closing bracketed tool when the brackets hold one
    ``<a>`` that leads nowhere (no ``href``, ``#``): a wiki's "[edit]" its script opens, a
    tool as the linked "[edit]" is (``HEADING_TOOL``) though no link counts it."""
    tool = HEADING_TOOL.search(text)
    if tool is None or tool.start() == 0:
        return text
    words = tool.group().strip()[1:-1].strip()
    for anchor in heading.css("a"):
        if anchor.text(deep=True).strip() == words:
            return text[: tool.start()]
    return text


def _leads_back_up(element: LexborNode, tag: str, text: str) -> bool:
    """Whether an inline element opening on an up arrow is the way back up the page: a
    link to a place on it ("↑ Top"), or a wrapper holding only such a link (a wiki's
    reference list sets each note's "↑" back-link in a span of its own)."""
    if tag == "a":
        return jumps_on_page(element)
    link = element.css_first("a")
    return link is not None and jumps_on_page(link) and link.text(deep=True).strip() == text.strip()


# The inline elements a footnote's mark is: its <sup>, or the link around one.
_NOTE_HOLDERS = frozenset({"sup", "a"})
# A mark's text, spaces around it included, is at most this long: a longer one is no mark
# (and is not looked at).
_NOTE_TEXT = 12


def _marks_a_note(element: LexborNode, tag: str) -> bool:
    """Whether ``element`` (a ``<sup>`` or a link) is a footnote's mark (``is_note_mark``)."""
    if tag == "sup":
        return is_note_mark(element)
    sup = element.child
    if sup is not None and sup.tag == "-text" and sup.next is None:
        return is_note_link(element)  # a bare link as the mark ("1911<a href=#fn1>1</a>")
    return sup is not None and sup.tag == "sup" and sup.next is None and is_note_mark(sup)


def walk(
    root: LexborNode,
    *,
    figures: bool = False,
    discussion: bool = False,
    book: bool = False,
    comments: frozenset[int] | None = None,
    site: str = "",
) -> Walk:
    """Blocks and containers of the subtree under ``root``, in document order.

    ``figures``: read ``<figure>`` elements too (a table or quote in one, and the caption,
    whose blocks are marked ``caption``); by default they are skipped like images.
    ``discussion``: the page is a thread (a forum's or a question's, as its structured data
    says), whose comments are its text, not furniture under an article.
    ``book``: the page describes a book (its structured data says so), whose box introducing
    the author is its text, where a story's author box is furniture.
    ``comments``: look for comment sections under the text (furniture, named in any language
    or known by their structure): the ``mem_id``s of those found by their structure
    (``comments.comment_sections``, None on a page that declares no article).
    ``site``: the page's site (``ParsedPage.site``), which links to other sites leave.
    """
    return _Walker(
        figures=figures, discussion=discussion, book=book, comments=comments, site=site
    ).run(root)


# The names of a comment's container, in the languages templates use.
COMMENT_NAME = LazyPattern(r"comment(?!ary)|kommentar|reply|replies|answer", re.IGNORECASE)
# The names of an author's box (``class_names``' furniture words for it): on a book's page,
# the introduction of the book's author.
AUTHOR_BOX_NAME = LazyPattern(r"author|autor|auteur", re.IGNORECASE)


__all__ = ["walk"]


# A poll's option sits a few levels inside its form (form > ul > li > label).
_FORM_DEPTH = 5


def _in_form(node: LexborNode) -> bool:
    """Whether an element sits inside a ``<form>`` (up to ``_FORM_DEPTH`` levels up)."""
    return near_ancestor(node, "form", _FORM_DEPTH) is not None


def _covered(cells: list[str], spans: list[int], *, every: bool = False) -> None:
    """Add an empty cell for each column at the row's end (``cells``) that a ``rowspan``
    above covers (``spans``, rows left a column), and one row less to each; ``every``:
    the row has no cell left, so every covered column after its last is added."""
    column = len(cells)
    while column < len(spans) and spans[column] > 0:
        cells.append("")
        spans[column] -= 1
        column += 1
    if every:
        for later in range(column, len(spans)):
            if spans[later] > 0:
                cells.extend([""] * (later - len(cells)))
                cells.append("")
                spans[later] -= 1


def _spans_down(spans: list[int], column: int, width: int, rows: int) -> None:
    """Mark ``width`` columns from ``column`` covered for the ``rows`` rows below."""
    if len(spans) < column + width:
        spans.extend([0] * (column + width - len(spans)))
    for at in range(column, column + width):
        spans[at] = rows
