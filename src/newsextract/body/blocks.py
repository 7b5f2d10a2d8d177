"""One iterative walk of the page into paragraph-level text blocks and their containers.

Every later decision (which container holds the article, which blocks are furniture) is
made on these flat lists, so the tree is read once. Paragraph leaves (``<p>``, headings)
are read whole by lexbor in C; Python only visits container elements and their direct
children. The walk uses an explicit stack: 100,000 nested divs cost no recursion.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.caption_boxes import (
    NAMED_CAPTION,
    NAMED_CREDIT,
    NAMED_NOTHING,
    CaptionBox,
    box_naming,
    caption_box,
    cell_of_picture,
    credit_box,
    symbol_key,
)
from newsextract.body.child_splitting import ChildSplitting
from newsextract.body.code_lines import code_line_table, code_of_line_divs
from newsextract.body.container_hints import TO_WEIGH, caption_class, container_hint, credit_class
from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    PREFORMATTED,
    QUOTE,
    TERM,
    BlockKind,
)
from newsextract.body.picture_captions import CAPTION_LINE_TAGS
from newsextract.body.subtree_tags import inline_text_only
from newsextract.body.table_row_parts import row_parts
from newsextract.body.tag_sets import CONTEXT_TAGS, FIGURE_CONTENT, HEADING_LEVEL, LEAF_TAGS
from newsextract.body.walk_records import Walk

# The kind of block loose text in each of these elements forms.
_KIND_OF = {
    "li": LIST_ITEM,
    "dd": DEFINITION,
    "dt": TERM,
    "blockquote": QUOTE,
    "pre": PREFORMATTED,
}
# The boxes a theme sets a picture's caption in, or a picture and its caption together.
_CAPTION_BOXES = frozenset({"div", "section"})


# Containers nested deeper than this are read as one block of text: five times the depth of
# the deepest dev page's (47 elements below <body>, of 1,157), and a hostile chain of tens of
# thousands of nested elements costs no walk (nor parent chase) per level below it.
MAX_CONTAINER_DEPTH = 256


class _Walker(ChildSplitting):
    """The walk: its loop over the work items, each element visited and each container's
    children split into inline runs and block children."""

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
                # a paragraph-level leaf read whole (most are), or a <pre>'s code, is no
                # container to visit
                if tag in LEAF_TAGS and self._read_whole(payload, tag, parent, kind, level):
                    continue
                self._visit(payload, tag, parent, kind, level)
        self._weigh()
        return self.out

    def _visit(self, node: LexborNode, tag: str, parent: int, kind: BlockKind, level: int) -> None:
        """Read ``node`` (its ``tag`` read when it was met), no leaf read whole
        (``_read_whole``): a caption line, a row, or a container, filed and its children
        pushed."""
        if tag in CAPTION_LINE_TAGS and self.caption_spans and node.mem_id in self.caption_spans:
            self._leaf(node, tag, parent, kind, level, text_only=inline_text_only(node))
            return
        if tag == "tr":
            row = row_parts(node)
            if row is not None:
                self._row(node, parent, *row)
                return
        if parent >= 0 and self.containers.depth[parent] >= MAX_CONTAINER_DEPTH:
            # See MAX_CONTAINER_DEPTH: the rest of the chain is one block of text.
            self._leaf(node, tag, parent, kind, level, text_only=inline_text_only(node))
            return
        attrs = node.attributes
        hint = container_hint(attrs, tag)
        if hint is None:
            hint = self._unshown_hint(node, tag, parent, attrs)
            if hint is None:
                return
        # by ``in`` first: most containers have no id, many no class (a test, not a call)
        classes = (attrs["class"] or "") if "class" in attrs else ""
        ident = (attrs["id"] or "") if "id" in attrs else ""
        if tag == "table" or (
            # only a box that may hold code or a picture's caption is asked (``_box``): a
            # call less for most classed <div>s; the box's naming is cached
            classes
            and (
                tag == "td"
                or (
                    tag == "div"
                    and ("code" in classes or "fragment" in classes or "crayon" in classes)
                )
                or (
                    hint == TO_WEIGH
                    and tag in _CAPTION_BOXES
                    and box_naming(classes) != NAMED_NOTHING
                )
            )
        ):
            boxed = self._box(node, tag, parent, level, hint, classes)
            if boxed is None:
                return
            hint, tag = boxed
        index = self._file(node, tag, parent, hint, classes, ident, attrs)
        if tag in CONTEXT_TAGS:
            entered = self._enter(node, tag, index, kind, level)
            if entered is None:
                return
            kind, level = entered
        self._children(node, index, kind, level)

    def _box(
        self, node: LexborNode, tag: str, parent: int, level: int, hint: int, classes: str
    ) -> tuple[int, str] | None:
        """A table or a classed box read by what it holds: code set one element a line (one
        code block), or a picture with its caption (read as ``<figure>`` and
        ``<figcaption>`` are). Its hint and tag, or None when nothing more is read of it."""
        if tag == "table" or (
            # a box named for code (``code_lines.code_of_line_divs``): substring tests, as
            # cheap as can be for the many classed <div>s the walk meets
            tag == "div" and ("code" in classes or "fragment" in classes or "crayon" in classes)
        ):
            code = code_line_table(node) if tag == "table" else code_of_line_divs(node)
            if code is not None:
                # Code set one element a line (``body.code_lines``): one code block.
                self._code(node, code, parent, level)
                return None
        if (
            (tag == "td" or tag == "table")
            and classes
            and hint == TO_WEIGH
            and "figcaption" not in self.skip
            and credit_class(classes)
            and caption_class(classes)
            and cell_of_picture(node)
        ):
            # A picture's table named for its caption and the caption's cell: a figure and
            # its caption, as ``<figure>`` and ``<figcaption>`` are (``cell_of_picture``).
            return 0, "figcaption" if tag == "td" else tag
        if hint == TO_WEIGH and classes and tag in _CAPTION_BOXES and "figcaption" not in self.skip:
            naming = box_naming(classes)
            if naming == NAMED_CAPTION:
                # A picture and its caption in classed boxes (``body.caption_boxes``): read
                # as a <figcaption> is, the lines beside the picture kept as caption blocks
                # (a "wp-caption" box's unclassed <p> too).
                box = caption_box(node)
                if box is CaptionBox.NONE and symbol_key(node):
                    return None  # a key to the page's symbols, no caption nor text
                if box is not CaptionBox.NONE:
                    if box is CaptionBox.CAPTION:
                        self._picture_box(node, parent)
                    return 0, "figcaption"
            elif naming == NAMED_CREDIT and credit_box(node):
                # A picture's credit in a box beside its caption box ("image-credits"):
                # dropped as a credit closing a <figcaption> is (``caption_boxes.credit_box``).
                return None
        return hint, tag

    def _enter(
        self, node: LexborNode, tag: str, index: int, kind: BlockKind, level: int
    ) -> tuple[BlockKind, int] | None:
        """Enter a container of ``CONTEXT_TAGS``: the kind of block that loose text inside
        it forms, and its level; None for a figure, whose parts are pushed here."""
        if tag == "figcaption":
            self.figcaptions += 1
            return kind, level
        if tag == "a":
            self.in_link = 1
            return kind, level
        if tag == "figure":
            # The caption and the content a figure sets apart from the text (a table, a
            # quote, a code listing: WordPress's and CKEditor's tables, a pull quote); the
            # rest of a figure is media, or a player's or a gallery's labels ("more
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
            return None
        if tag in ("ul", "ol", "dl"):
            return kind, level + 1
        if tag in _KIND_OF:
            if tag == "blockquote":
                self.quotations = True
            return _KIND_OF[tag], level
        if tag in HEADING_LEVEL:
            return HEADING, HEADING_LEVEL[tag]
        return kind, level


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


__all__ = ["walk"]
