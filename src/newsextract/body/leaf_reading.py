"""A paragraph-level element (``<p>``, a heading, ``<pre>``) read whole, in one read of its
text by lexbor: its class's word on it (a credit, a caption, a dateline, a post's meta line),
its links' characters, a heading's tools and permalink marks cut."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.block_filing import BlockFiling
from newsextract.body.code_blocks import code_beside_controls
from newsextract.body.code_lines import code_in_pre, without_inline_numbers
from newsextract.body.container_hints import (
    caption_class,
    credit_class,
    dateline_class,
    dateline_prose,
    furniture_leaf_class,
)
from newsextract.body.fenced_notes import fenced_italic_note
from newsextract.body.hidden_elements import is_hidden
from newsextract.body.inline_text import HEADING_TOOL, PERMALINK_MARKS, inline_parts
from newsextract.body.link_checks import closing_more_link, ends_with_ellipsis
from newsextract.body.model import HEADING, LIST_ITEM, PARAGRAPH, PREFORMATTED, BlockKind
from newsextract.body.picture_captions import (
    CAPTION_CHARS,
    LEAD_IN_MARKS,
    PICTURE_CAPTION_CHARS,
    picture_with_caption,
)
from newsextract.body.subtree_tags import Tagged, elements_below, inline_text_only
from newsextract.body.tag_sets import HEADING_LEVEL

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


class LeafReading(BlockFiling):
    """The walk's reading of a paragraph-level element whole."""

    def _read_whole(
        self, node: LexborNode, tag: str, parent: int, kind: BlockKind, level: int
    ) -> bool:
        """Read a paragraph-level element (``LEAF_TAGS``) whole, unless it holds elements
        that need the container walk (``_LEAF_NEEDS_WALK``) and is no ``<pre>`` of code;
        whether it was."""
        text_only = inline_text_only(node)
        if not text_only and tag == "p" and picture_with_caption(node):
            self._leaf(node, tag, parent, kind, level, text_only=False, pictured=True)
            return True
        if text_only:
            self._leaf(node, tag, parent, kind, level, text_only=True)
            return True
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
            return True
        if tag == "pre" and (
            (code := code_in_pre(node)) is not None
            or (code := code_beside_controls(node)) is not None
        ):
            self._code(node, code, parent, level)
            return True
        return False

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
        if leaf_class:
            role = _class_role(leaf_class, tag)
            if role is None:
                return  # a credit, a byline or a post's meta line set as a paragraph
            caption, dateline = role
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
            text, linked_chars = _inline_reading(node, text, kind, elsewhere, elements)
        self._emit_leaf(
            text, kind, level, parent, linked_chars, tag,
            caption=caption, dateline=dateline, pictured=pictured,
        )  # fmt: skip

    def _emit_leaf(
        self,
        text: str,
        kind: BlockKind,
        level: int,
        parent: int,
        linked_chars: int,
        tag: str,
        *,
        caption: bool,
        dateline: bool,
        pictured: bool,
    ) -> None:
        """A leaf's text filed as its block: a caption of no caption's length left out, a
        short line under a picture read as its caption, a dateline's prose alone."""
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


def _class_role(leaf_class: str, tag: str) -> tuple[bool, bool] | None:
    """How a leaf's class has it read: whether as a caption and whether as a dateline, or
    None when it goes (a credit or byline styled as a paragraph, a post's meta line, a
    disclaimer or an update stamp set as one)."""
    if credit_class(leaf_class):
        if dateline_class(leaf_class) and tag == "p":
            return False, True  # its prose is read (``_emit_leaf``); a dateline alone goes
        if tag in HEADING_LEVEL or tag == "pre" or not caption_class(leaf_class):
            return None  # a credit or byline styled as a paragraph
        return True, False  # read as a figure's caption: kept as one, not as running text
    if furniture_leaf_class(leaf_class):
        return None  # a post's meta line, a disclaimer or an update stamp set as a paragraph
    return False, False


def _inline_reading(
    node: LexborNode, text: str, kind: BlockKind, elsewhere: bool, elements: Tagged | None
) -> tuple[str, int]:
    """The words of a leaf holding elements as its inline parts show them, and their link
    characters: a member's summary without its closing "More..." jump, a heading without
    its tool's link ("[edit]"). ``elsewhere``: only links leading off the page count."""
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
        text = script_tool_cut(node, text)
    return text, linked_chars


def script_tool_cut(heading: LexborNode, text: str) -> str:
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
