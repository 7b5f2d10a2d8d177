"""One iterative walk of the page into paragraph-level text blocks and their containers.

Every later decision (which container holds the article, which blocks are furniture) is
made on these flat lists, so the tree is read once. Paragraph leaves (``<p>``, headings)
are read whole by lexbor in C; Python only visits container elements and their direct
children. The walk uses an explicit stack: 100,000 nested divs cost no recursion.
"""

from __future__ import annotations

import functools
import logging
import re

from selectolax.lexbor import LexborNode

from newsextract.body.model import BlockKind
from newsextract.body.patterns import (
    HEADING_LEVEL,
    INLINE_TAGS,
    LEAF_TAGS,
    SKIP_TAGS,
    class_weight,
)

logger = logging.getLogger(__name__)

# A leaf that holds one of these cannot be read whole: its parts need the container walk.
_LEAF_NEEDS_WALK = (
    "br,div,ul,ol,table,script,style,noscript,button,figure,figcaption,svg,select,template,"
    "iframe,aside,nav,blockquote,section"
)
# An inline element holding one of these is a container in disguise (cards, wrappers).
_INLINE_HAS_BLOCKS = "div,p,ul,ol,li,h1,h2,h3,h4,h5,h6,table,blockquote,section,article,br"
_FLUSHING_SKIPS = frozenset(
    {"nav", "aside", "footer", "figure", "figcaption", "dialog", "menu", "fieldset", "iframe"}
)
_SKIP_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog",
     "alertdialog", "search", "toolbar"}
)  # fmt: skip
_KIND_OF = {
    "li": BlockKind.LIST_ITEM,
    "dd": BlockKind.LIST_ITEM,
    "dt": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE,
    "pre": BlockKind.PREFORMATTED,
}


class RawBlock:
    """A paragraph-level block as found, before any keep/drop decision."""

    __slots__ = ("container", "kind", "level", "links", "tag", "text")

    def __init__(
        self, text: str, kind: BlockKind, level: int, container: int, links: int, tag: str
    ) -> None:
        self.text = text
        self.kind = kind
        self.level = level
        self.container = container
        self.links = links
        self.tag = tag


class Containers:
    """Container elements in document (pre-)order as parallel lists; parents come first."""

    __slots__ = ("bad", "depth", "hint", "nodes", "parent", "tag")

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.depth: list[int] = []
        self.hint: list[int] = []
        self.bad: list[int] = []  # nearest boilerplate-named ancestor-or-self, -1 if none
        self.tag: list[str] = []
        self.nodes: list[LexborNode] = []

    def add(self, node: LexborNode, tag: str, parent: int, hint: int) -> int:
        index = len(self.parent)
        self.parent.append(parent)
        self.depth.append(self.depth[parent] + 1 if parent >= 0 else 0)
        self.hint.append(hint)
        inherited = self.bad[parent] if parent >= 0 else -1
        self.bad.append(index if hint < 0 else inherited)
        self.tag.append(tag)
        self.nodes.append(node)
        return index


class Walk:
    """The result of walking one subtree: its blocks and their containers."""

    __slots__ = ("blocks", "containers")

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.containers = Containers()


_CREDIT_CLASS = re.compile(
    r"caption|credit|legend|bildunterschrift|legende|pie-?de-?foto|didascalia|byline|dateline",
    re.IGNORECASE,
)


# Class names that hide an element from readers (utility classes of the common CSS
# frameworks, screen-reader-only text): such content is never part of the visible article.
_HIDDEN_CLASSES = frozenset(
    {"hidden", "is-hidden", "u-hidden", "hide", "d-none", "visually-hidden", "visuallyhidden",
     "sr-only", "screen-reader-text", "screenreader-only", "offscreen", "element-invisible"}
)  # fmt: skip


@functools.lru_cache(maxsize=8192)  # templates repeat the same class strings
def _hidden_class(classes: str) -> bool:
    return not _HIDDEN_CLASSES.isdisjoint(classes.lower().split())


def _container_hint(node: LexborNode, tag: str) -> int | None:
    """The class/id/itemprop hint of an element, or None when it is hidden or a landmark
    that never holds article text (role=navigation...)."""
    attrs = node.attributes
    if not attrs or tag in ("body", "html"):
        return 1 if tag in ("article", "main") else -1 if tag == "form" else 0
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return None
    role = attrs.get("role")
    if role and role in _SKIP_ROLES:
        return None
    style = attrs.get("style")
    if style and "display:none" in style.replace(" ", ""):
        return None
    itemprop = attrs.get("itemprop")
    if itemprop and "articlebody" in itemprop.lower():
        return 3
    classes = attrs.get("class")
    if classes and _hidden_class(classes):
        return None
    names = f"{classes or ''} {attrs.get('id') or ''}"
    hint = class_weight(names.strip())
    if tag in ("article", "main") and hint >= 0:
        return max(hint, 1)
    if tag == "form" and hint >= 0:
        return -1  # newsletter, comment and search forms; a page-wide form is looked through
    return hint


def _link_chars(node: LexborNode, selector: str = "a") -> int:
    return sum(len(a.text(deep=True)) for a in node.css(selector))


def _clean(text: str) -> str:
    return " ".join(text.split())


class _Walker:
    """Stateful walk; kept as a class so each step is a small method."""

    def __init__(self) -> None:
        self.out = Walk()
        # Work items: ("n", node, parent container, kind, level) or ("r", text, links, ...).
        self.stack: list[tuple[str, object, int, int, BlockKind, int]] = []
        # 1 while inside an <a> that wraps blocks (a teaser card): all its text is link text.
        self.in_link = 0

    def run(self, root: LexborNode) -> Walk:
        self.stack.append(("n", root, 0, -1, BlockKind.PARAGRAPH, 0))
        while self.stack:
            what, payload, links, parent, kind, level = self.stack.pop()
            if what == "r":
                self._emit(str(payload), kind, level, parent, links, "#run")
            else:
                assert isinstance(payload, LexborNode)
                self.in_link = links
                self._visit(payload, parent, kind, level)
        return self.out

    def _emit(
        self, text: str, kind: BlockKind, level: int, parent: int, links: int, tag: str
    ) -> None:
        text = _clean(text)
        if text:
            links = len(text) if self.in_link else min(links, len(text))
            self.out.blocks.append(RawBlock(text, kind, level, parent, links, tag))

    def _visit(self, node: LexborNode, parent: int, kind: BlockKind, level: int) -> None:
        tag = node.tag or ""
        if tag in LEAF_TAGS and node.css_first(_LEAF_NEEDS_WALK) is None:
            self._leaf(node, tag, parent, kind, level)
            return
        if tag == "tr" and node.css_first(_INLINE_HAS_BLOCKS) is None:
            self._row(node, parent)
            return
        hint = _container_hint(node, tag)
        if hint is None:
            return
        index = self.out.containers.add(node, tag, parent, hint)
        kind, level = self._context(tag, kind, level)
        if tag == "a":
            self.in_link = 1
        self._children(node, index, kind, level)

    def _context(self, tag: str, kind: BlockKind, level: int) -> tuple[BlockKind, int]:
        """The kind of block that loose text inside ``tag`` forms."""
        if tag in ("ul", "ol", "dl"):
            return kind, level + 1
        if tag in _KIND_OF:
            return _KIND_OF[tag], level
        if tag in HEADING_LEVEL:
            return BlockKind.HEADING, HEADING_LEVEL[tag]
        return kind, level

    def _leaf(self, node: LexborNode, tag: str, parent: int, kind: BlockKind, level: int) -> None:
        leaf_class = node.attributes.get("class")
        if leaf_class and _CREDIT_CLASS.search(leaf_class):
            return  # a caption or credit styled as a paragraph
        text = node.text(deep=True)
        links = "a"
        if tag in HEADING_LEVEL:
            kind, level = BlockKind.HEADING, HEADING_LEVEL[tag]
            links = "a[href]"  # a linked heading is a teaser's; an <a name> is a jump target
        elif tag == "pre":
            kind = BlockKind.PREFORMATTED
            self.out.blocks.append(RawBlock(text.strip(), kind, level, parent, 0, tag))
            return
        self._emit(text, kind, level, parent, _link_chars(node, links), tag)

    def _row(self, node: LexborNode, parent: int) -> None:
        cells = [_clean(cell.text(deep=True)) for cell in node.css("td,th")]
        text = " | ".join(cell for cell in cells if cell)
        self._emit(text, BlockKind.TABLE_ROW, 0, parent, _link_chars(node), "tr")

    def _children(self, node: LexborNode, index: int, kind: BlockKind, level: int) -> None:
        """Split the children into inline runs and block children, pushed in reverse order."""
        items: list[tuple[str, object, int, int, BlockKind, int]] = []
        run: list[str] = []
        links = 0
        pending_br = False

        in_link = self.in_link

        def flush() -> None:
            nonlocal run, links
            if run:
                text = "".join(run)
                items.append(("r", text, len(text) if in_link else links, index, kind, level))
                run, links = [], 0

        for child in node.iter(include_text=True):
            ctag = child.tag or ""
            if ctag == "-text":
                text = child.text_content or ""
                if pending_br and text.strip():
                    pending_br = False
                run.append(text)
                continue
            if ctag == "br":
                if pending_br:
                    flush()
                    pending_br = False
                else:
                    pending_br = True
                    run.append(" ")
                continue
            pending_br = False
            if ctag in SKIP_TAGS or ctag == "-comment":
                if ctag in _FLUSHING_SKIPS:
                    flush()
                continue
            if ctag in INLINE_TAGS and child.css_first(_INLINE_HAS_BLOCKS) is None:
                text = child.text(deep=True)
                run.append(text)
                if ctag == "a":
                    links += len(text.strip())
                elif child.child is not None and child.child.tag != "-text":
                    links += _link_chars(child)
                continue
            flush()
            items.append(("n", child, in_link, index, kind, level))
        flush()
        items.reverse()
        self.stack.extend(items)


def walk(root: LexborNode) -> Walk:
    """Blocks and containers of the subtree under ``root``, in document order."""
    return _Walker().run(root)


__all__ = ["Containers", "RawBlock", "Walk", "walk"]
