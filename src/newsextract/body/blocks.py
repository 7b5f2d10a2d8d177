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
from collections.abc import Iterable

from attrs import evolve
from selectolax.lexbor import LexborNode

from newsextract.body.class_names import class_weight
from newsextract.body.comments import (
    comment_names,
    follows_article,
    is_comment_item,
    named_section,
)
from newsextract.body.model import CELL_SEPARATOR, Block, BlockKind
from newsextract.body.patterns import (
    DATELINE_CHARS,
    HEADING_LEVEL,
    INLINE_TAGS,
    LEAF_TAGS,
    RUBY_NOTES,
    SKIP_TAGS,
    ends_as_sentence,
)
from newsextract.text import drop_controls, drop_invisible, fits_css_string

logger = logging.getLogger(__name__)

# A leaf that holds one of these cannot be read whole: its parts need the container walk.
_LEAF_NEEDS_WALK = frozenset(
    {"br", "div", "ul", "ol", "table", "script", "style", "noscript", "button", "figure",
     "figcaption", "svg", "select", "template", "iframe", "aside", "nav", "blockquote", "section"}
)  # fmt: skip
# A heading's button is its accordion toggle, whose label is the heading's text ("<h2>
# <button aria-expanded>Question?</button></h2>"): read whole, like any inline element.
_HEADING_NEEDS_WALK = _LEAF_NEEDS_WALK - {"button"}
# An inline element holding one of these is a container in disguise (cards, wrappers).
_INLINE_HAS_BLOCKS = frozenset(
    {"div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote",
     "section", "article", "br"}
)  # fmt: skip
_FLUSHING_SKIPS = frozenset(
    {"nav", "aside", "footer", "figure", "figcaption", "dialog", "menu", "fieldset", "iframe"}
)
_SKIP_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog",
     "alertdialog", "search", "toolbar"}
)  # fmt: skip
_KIND_OF = {
    "li": BlockKind.LIST_ITEM,
    "dd": BlockKind.DEFINITION,
    "dt": BlockKind.TERM,
    "blockquote": BlockKind.QUOTE,
    "pre": BlockKind.PREFORMATTED,
}


class RawBlock:
    """A paragraph-level block as found, before any keep/drop decision.

    Besides what the keep/drop decision reads (text, kind, level, container, links, tag) it
    carries the structure ``Block`` keeps (see there); ``to_block`` makes the kept ``Block``.
    """

    __slots__ = (
        "caption", "cells", "container", "header", "kind", "language", "level", "links",
        "ordered", "tag", "text",
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
            language=self.language,
            caption=self.caption,
        )


class Containers:
    """Container elements in document (pre-)order as parallel lists; parents come first.

    ``classes`` and ``ids`` hold each one's ``class`` and ``id`` ("" when it has none), read
    by the walk: the later stages ask them of many containers, and reading them off the node
    makes a dict of all its attributes each time."""

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

    def add(
        self, node: LexborNode, tag: str, parent: int, hint: int, classes: str, ident: str
    ) -> int:
        index = len(self.parent)
        self.parent.append(parent)
        self.depth.append(self.depth[parent] + 1 if parent >= 0 else 0)
        self.hint.append(hint)
        self.bad.append(index if hint < 0 else self.bad[parent] if parent >= 0 else -1)
        self.tag.append(tag)
        self.nodes.append(node)
        self.classes.append(classes)
        self.ids.append(ident)
        return index

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

    __slots__ = ("blocks", "by_comments", "containers")

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.containers = Containers()
        # Whether a container's hint was read as a comment's (a comment name weighed as
        # furniture, or a comment section marked): only then does the walk of the page as
        # a thread (``discussion``) differ from this one.
        self.by_comments = False


# Containers nested deeper than this are read as one block of text: five times the depth of
# the deepest dev page's (47 elements below <body>, of 1,157), and a hostile chain of tens of
# thousands of nested elements costs no walk (nor parent chase) per level below it.
MAX_CONTAINER_DEPTH = 256

_CREDIT_CLASS = re.compile(
    r"caption|credit|legend|bildunterschrift|legende|pie-?de-?foto|didascalia|byline|dateline",
    re.IGNORECASE,
)
# The credit words of ``_CREDIT_CLASS``: a leaf named by one of them (and by no caption
# word alone) is a credit or a byline, never the article's; one named only as a caption
# says what a picture shows (a slideshow's slide, a picture set outside any <figure>).
_CREDIT_ONLY_CLASS = re.compile(r"credit|byline|dateline", re.IGNORECASE)
# A leaf named as a dateline and as nothing else of a credit: a press release sets its first
# paragraph so ("<p class=dateline>Town, 4 May 2025 – The company …"), the dateline opening
# the prose. Its prose is the text; the opening, up to its dash or colon, is cut.
_DATELINE_ONLY_CLASS = re.compile(r"dateline", re.IGNORECASE)
_OTHER_CREDIT_CLASS = re.compile(r"credit|byline|caption|legend", re.IGNORECASE)
# The dateline's end: a dash or a colon set off by spaces, within its first 80 characters
# (a place and a date, "Talheim, 4. Februar 2025"; a longer opening is a sentence).
_DATELINE_END = re.compile(r"^[^\n]{3,80}?(?:\s[–—-]|:)\s+")


@functools.lru_cache(maxsize=8192)  # templates repeat the same class strings
def _credit_class(classes: str) -> bool:
    return _CREDIT_CLASS.search(classes) is not None


# A leaf's own class naming it as a post's meta line, a disclaimer or an update stamp
# (WordPress's "postmetadata", a theme's "entry-meta" paragraph, "disclaimer",
# "last-updated"): the container test reads only the classes of the elements around a
# leaf, and these are set on the paragraph itself. Not "meta" alone ("meta-description"
# may be the standfirst).
_FURNITURE_LEAF_CLASS = re.compile(
    r"postmetadata|(?:post|entry)-?meta\b|disclaimer|last-?(?:updated|modified)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)
def _furniture_leaf_class(classes: str) -> bool:
    return _FURNITURE_LEAF_CLASS.search(classes) is not None


@functools.lru_cache(maxsize=8192)
def _dateline_class(classes: str) -> bool:
    """A leaf named as a dateline and as no other credit or caption."""
    return (
        _DATELINE_ONLY_CLASS.search(classes) is not None
        and _OTHER_CREDIT_CLASS.search(classes) is None
    )


def _dateline_prose(text: str) -> str:
    """The prose a dateline-classed paragraph holds after its dateline ("Town, 4 May 2025 –
    The company …" gives "The company …"); "" when it holds no sentence of prose (a
    dateline alone, "Berlin, 4 May 2025")."""
    stripped = text.strip()
    if len(stripped) <= DATELINE_CHARS or not ends_as_sentence(stripped):
        return ""
    opening = _DATELINE_END.match(stripped)
    return stripped[opening.end() :] if opening is not None else stripped


@functools.lru_cache(maxsize=8192)
def _caption_class(classes: str) -> bool:
    """A leaf classed as a picture's caption, not as its credit ("slide__caption")."""
    return _CREDIT_ONLY_CLASS.search(classes) is None


# Class names that hide an element from readers (utility classes of the common CSS
# frameworks, screen-reader-only text): such content is never part of the visible article.
_HIDDEN_CLASSES = frozenset(
    {"hidden", "is-hidden", "u-hidden", "hide", "d-none", "visually-hidden", "visuallyhidden",
     "sr-only", "screen-reader-text", "screenreader-only", "offscreen", "element-invisible"}
)  # fmt: skip


# The microformats that mark an element as the post itself (hAtom's ``hentry``,
# microformats2's ``h-entry``): blog engines set them beside the post's taxonomy classes
# ("tag-travel", "category-news"), whose words would otherwise name it as a tag list.
_ENTRY_MARKS = frozenset({"hentry", "h-entry"})


@functools.lru_cache(maxsize=8192)  # templates repeat the same class strings
def _hiding_classes(classes: str) -> bool:
    """Whether a class string hides its element (``_HIDDEN_CLASSES``), and shows it on no
    screen size: Bootstrap's "d-none d-md-block" shows it from tablets up."""
    names = classes.lower().split()
    return not _HIDDEN_CLASSES.isdisjoint(names) and not any(map(_SHOWN_ON_SIZE.fullmatch, names))


# A responsive display class of the CSS frameworks that shows, from a screen size up, what
# "d-none" hides below it (Bootstrap 4 and 5).
_SHOWN_ON_SIZE = re.compile(r"d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|grid|table)")


@functools.lru_cache(maxsize=8192)
def _class_facts(classes: str) -> tuple[int, bool]:
    """What a container's class string says, found in one cached call per element: its
    ``class_weight``, whether it marks the post itself."""
    return class_weight(classes), not _ENTRY_MARKS.isdisjoint(classes.split())


# The hint ``_container_hint`` gives a shown element whose class or id is weighed after the
# walk (``_weighed_hint``), and only when it holds text: the hint of a container without
# text is never read, and a third of the class strings a page has are only on those.
_TO_WEIGH = 100


def _container_hint(attrs: dict[str, str | None], tag: str, *, shown: bool = False) -> int | None:
    """The class/id/itemprop hint of an element (``attrs``: its attributes), or None when it
    is hidden or a landmark that never holds article text (role=navigation...); ``_TO_WEIGH``
    when its class or id decides it. ``shown``: an accordion's panel, read though hidden."""
    if not attrs or tag == "body" or tag == "html":
        return _BARE_HINT.get(tag, 0)
    get = attrs.get
    if not shown and ("hidden" in attrs or get("aria-hidden") == "true"):
        return None
    role = get("role")
    if role and role in _SKIP_ROLES:
        return None
    style = get("style")
    if not shown and style and "display:none" in style.replace(" ", ""):
        return None
    itemprop = get("itemprop")
    if itemprop:
        prop = itemprop.lower()
        if "articlebody" in prop:
            return _ARTICLE_BODY
        if "interactionstatistic" in prop:
            return -2  # schema.org's count of likes, shares or comments ("3 Likes")
    classes = get("class")
    if classes and not shown and _hiding_classes(classes):
        return None
    if classes or get("id"):
        return _TO_WEIGH
    return _tag_hint(tag, 0)


def _weighed_hint(classes: str, ident: str, tag: str) -> int:
    """The hint of a shown element by its class and id (either may be "")."""
    if classes:
        hint, entry = _class_facts(classes)
        if ident:
            hint = _stronger(class_weight(ident), hint)
        if hint == -1 and entry:
            return 1  # the post's own taxonomy classes ("tag-travel") do not make it furniture
    else:
        hint = class_weight(ident) if ident else 0
    return _tag_hint(tag, hint)


def _tag_hint(tag: str, hint: int) -> int:
    """The hint of an element of ``tag`` whose names weigh ``hint``."""
    if tag in _SPECIAL_HINT_TAGS:
        if (tag == "article" or tag == "main") and hint >= 0:
            return max(hint, 1)
        if tag == "form" and hint >= 0:
            return -1  # newsletter, comment and search forms; a page-wide form is looked through
        if tag in _FIGURE_TAGS and hint == -1:
            # Only a figure's caption is read: "caption", "embed" or "gallery" in the class
            # name says what the figure holds, not that it is furniture (credits are caught as
            # lines).
            return 0
    return hint


# The hint of an element marked ``itemprop=articleBody``: the article, whatever it holds.
_ARTICLE_BODY = 3
# The hint of an element without attributes (and of <body>, <html>).
_BARE_HINT = {"article": 1, "main": 1, "form": -1}
# Tags whose hint is more than their names' weight.
_SPECIAL_HINT_TAGS = frozenset({"article", "main", "form", "figure", "figcaption"})
# ``class_weight``'s weights, the one that wins first: the weight of "class id" is the
# winner of the class's and the id's (no pattern reaches across white space).
_WEIGHT_RANK = {2: 0, -2: 1, -1: 2, 1: 3, 0: 4}


def _stronger(weight: int, other: int) -> int:
    """The ``class_weight`` of two names together (an id's and a class string's), each
    weighed (and cached) alone: templates repeat class strings, ids are often unique
    ("post-12345")."""
    return weight if _WEIGHT_RANK[weight] <= _WEIGHT_RANK[other] else other


# A code block's language, as syntax highlighters mark it on <pre> or <code>
# (class="language-python", "lang-js") or on the wrapper around them (Sphinx's
# "highlight-python", GitHub's "highlight-source-python").
# SyntaxHighlighter's "brush: js" (MDN, WordPress's highlighter plugins) says it as well.
_CODE_LANGUAGE = re.compile(r"(?:^|\s)(?:(?:language|lang)-|brush:\s*)([\w+#.-]+)", re.IGNORECASE)
_WRAPPER_LANGUAGE = re.compile(
    r"(?:^|\s)(?:language|lang|highlight(?:-source)?)-([\w+#.-]+)", re.IGNORECASE
)
_NO_LANGUAGE = frozenset({"none", "plain", "plaintext", "nohighlight"})
# Wrappers looked at above a <pre> for its language: Sphinx puts it two levels up.
_LANGUAGE_REACH = 2
# Tags whose nearest one above a list item says whether its list is numbered.
_LIST_TAGS = frozenset({"ul", "ol", "menu", "dl"})
# A "caption" longer than this (a hundred words) is the article's text set in a
# <figcaption> (a lead written under the picture): a caption says what a picture shows in
# a sentence or two. (400 cost fundus B 0.0003: some long captions are captions.)
_CAPTION_CHARS = 600
_FIGURE_TAGS = frozenset({"figure", "figcaption"})
# A figure's children that are read: its caption and the text content it may hold.
_FIGURE_CONTENT = frozenset({"figcaption", "table", "blockquote", "pre", "figure"})
# Containers whose tag changes the walk below them: lists, quotes, headings (the kind of
# their loose text), links, figures.
_CONTEXT_TAGS = frozenset(
    {"ul", "ol", "dl", "a", "figure", "figcaption", "li", "dd", "dt", "blockquote", "pre",
     "h1", "h2", "h3", "h4", "h5", "h6"}
)  # fmt: skip


# A paragraph holding a picture, line breaks and one italic line, and nothing else
# (``<p><img><br><em>The quay at dawn</em></p>``): the line is the picture's caption, as a
# blog's editor writes one without a ``<figure>``. A picture's own elements, and the wraps
# of such a line.
_PICTURE_TAGS = frozenset({"img", "picture"})
_CAPTION_WRAPS = frozenset({"em", "i", "small"})
# Such a caption, without a figure's markup to say so, is one line under the picture: at
# most this long (a caption naming four people and the place is 90 characters); a longer
# italic paragraph there is a quotation or an aside of the text (a letter quoted whole).
_PICTURE_CAPTION_CHARS = 160
# The marks that end a lead-in to what follows, not a caption of what is above.
_LEAD_IN_MARKS = (":", "：")


def _picture_with_caption(node: LexborNode) -> bool:
    """Whether ``node`` (a paragraph of several children) is a picture over one italic
    line: its first element a picture (or a link around one only), then line breaks and
    one ``<em>``, ``<i>`` or ``<small>``, no other text. A paragraph opening with text
    (nearly all) is answered at its first child."""
    picture = caption = False
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            if (child.text_content or "").strip():
                return False
        elif tag == "br" or tag == "_comment":
            pass
        elif not picture:
            if tag not in _PICTURE_TAGS and not (tag == "a" and _only_a_picture(child)):
                return False
            picture = True
        elif tag in _CAPTION_WRAPS and not caption:
            caption = True
        else:
            return False
        child = child.next
    return caption


def _only_a_picture(link: LexborNode) -> bool:
    """Whether a link holds a picture and no text (a picture linked to its full size)."""
    found = False
    child = link.child
    while child is not None:
        if child.tag in _PICTURE_TAGS:
            found = True
        elif child.tag != "-text" or (child.text_content or "").strip():
            return False
        child = child.next
    return found


def _ruby_base(ruby: LexborNode) -> str:
    """A ruby's characters without the reading set over them (``RUBY_NOTES``)."""
    return "".join(
        "" if child.tag in RUBY_NOTES else child.text(deep=True)
        for child in ruby.iter(include_text=True)
    )


def _code_language(pre: LexborNode) -> str | None:
    """The language a syntax highlighter marked on a ``<pre>``, its ``<code>`` or a wrapper."""
    found: str | None = None
    code = pre.css_first("code")
    for node in (pre, code):
        if node is None:
            continue
        match = _CODE_LANGUAGE.search(node.attributes.get("class") or "")
        found = match.group(1) if match else node.attributes.get("data-lang")
        if found:
            break
    wrapper = pre.parent
    for _ in range(_LANGUAGE_REACH):
        if found or wrapper is None:
            break
        match = _WRAPPER_LANGUAGE.search(wrapper.attributes.get("class") or "")
        found = match.group(1) if match else None
        wrapper = wrapper.parent
    if not found or found.lower() in _NO_LANGUAGE:
        return None
    return found.lower()


# The widest ``colspan`` honoured: a wider cell spans a layout table, not data columns, and
# the cap keeps a hostile page from making rows of millions of empty cells.
_MAX_COLSPAN = 50


def _colspan(cell: LexborNode) -> int:
    """How many columns a table cell spans (1 unless its ``colspan`` says more)."""
    value = (cell.attributes.get("colspan") or "").strip()
    if not (value.isascii() and value.isdigit()):
        return 1
    return max(1, min(int(value), _MAX_COLSPAN))


def _code_text(text: str) -> str:
    """A code block's text with its line breaks and indentation; blank lines around it cut."""
    lines = drop_controls(text[:MAX_BLOCK_CHARS]).rstrip().splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


# The permalink signs documentation generators (Sphinx, MkDocs) put after a heading; not
# "#", which ends names ("C#").
_PERMALINK_MARKS = "¶🔗 \u00a0"
# A short bracketed link closing a heading is its tool, not its words: a wiki's "[edit]",
# "[Bearbeiten | Quelltext bearbeiten]".
_HEADING_TOOL = re.compile(r"\s*\[[^\[\]]{1,40}\]\s*$")


# A list item's link to a document file is an attachment of the text (a notice's forms, a
# release's PDF), not a way off to another page: its words count as the text's. (Counted so
# in every block, it kept paragraphs that only link a file, "Download", "the draw in Pune",
# which the evaluation truths leave out: snippets A -0.001.)
_DOCUMENT_HREF = re.compile(
    r"\.(?:pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|odp|zip|epub)(?:[?#]|$)", re.IGNORECASE
)


def _is_link(element: LexborNode, *, elsewhere: bool = False, attachments: bool = False) -> bool:
    """Whether ``element`` is a link whose words are a link's (see ``_link_chars``);
    ``attachments``: a link to a document file is not (the block is a list item)."""
    if element.tag != "a":
        return False
    if attachments:
        href = element.attributes.get("href")
        if href is not None and _DOCUMENT_HREF.search(href.strip()):
            return False
    return not elsewhere or _leads_elsewhere(element)


def _link_chars(node: LexborNode, *, elsewhere: bool = False, attachments: bool = False) -> int:
    """The characters of the links below ``node`` (``elsewhere``: of those that lead off
    the page's own text, not an ``<a name>`` jump target nor an ``href="#…"`` anchor;
    ``attachments``: not a link to a document file), found in one pass over its elements
    rather than a CSS query."""
    below = node.traverse()
    next(below)  # the node itself
    return sum(
        len(element.text(deep=True))
        for element in below
        if _is_link(element, elsewhere=elsewhere, attachments=attachments)
    )


def _inline_parts(
    node: LexborNode, *, elsewhere: bool, attachments: bool = False
) -> tuple[int, str | None]:
    """The characters of the links below ``node`` (as ``_link_chars`` counts them), in one
    pass over its elements, and its text without its hidden elements' when it has any
    (``None`` when it has none): a screen reader's note ("opens in a new tab") or a
    ``display:none`` count is not the line's text. A ``<time>`` ends a word: a minified
    template's "<time>14:52</time><span>Kari Nilsen</span>" is two words, not "14:52Kari"."""
    links = 0
    hidden: set[int] = set()
    time_ends: set[int] = set()  # the last text of each <time>: a word ends there
    below = node.traverse()
    next(below)  # the node itself
    for element in below:
        if _is_link(element, elsewhere=elsewhere, attachments=attachments):
            links += len(element.text(deep=True))
        else:
            tag = element.tag  # read once: each read decodes the name into a new string
            if elsewhere and tag == "a" and _is_permalink(element):
                hidden.update(
                    t.mem_id for t in element.traverse(include_text=True) if t.tag == "-text"
                )
            elif tag == "time":
                texts = [t.mem_id for t in element.traverse(include_text=True) if t.tag == "-text"]
                time_ends.update(texts[-1:])
            elif tag in RUBY_NOTES:
                hidden.update(
                    t.mem_id for t in element.traverse(include_text=True) if t.tag == "-text"
                )
                continue
        attributes = element.attributes
        if attributes and _is_hidden(attributes):
            hidden.update(t.mem_id for t in element.traverse(include_text=True) if t.tag == "-text")
    if not hidden and not time_ends:
        return links, None
    parts = node.traverse(include_text=True)
    visible = "".join(
        (t.text_content or "") + (" " if t.mem_id in time_ends else "")
        for t in parts
        if t.tag == "-text" and t.mem_id not in hidden
    )
    return links, visible


# A heading's link to itself whose text is one sign: the permalink that VuePress,
# markdown-it-anchor and Jekyll or Hugo themes set before or after the heading's words
# ("<a class="header-anchor" href="#setup">#</a> Setup"). "#" in a heading's text ends a
# name ("C#") or opens a hashtag, so only such a link's sign is left out.
_PERMALINK_SIGNS = frozenset({"#", "¶", "§", "🔗"})


def _is_permalink(link: LexborNode) -> bool:
    href = link.attributes.get("href")
    return (
        href is not None
        and href.lstrip().startswith("#")
        and link.text(deep=True).strip() in _PERMALINK_SIGNS
    )


# A toggle of the Bootstrap-style collapse and tab widgets written without ARIA
# (``data-toggle="collapse" href="#more"``, ``data-bs-target="#details"``): it names the
# panel it opens, as ``aria-controls`` does (a listing's "read more" text, a FAQ's answer).
_TOGGLES = "[aria-expanded], [data-toggle], [data-bs-toggle]"
# The widgets whose toggles name their panel: a collapse's and a tab's (not a dropdown's or a
# tooltip's, whose targets are no text of the page).
_TOGGLED = frozenset({"collapse", "tab"})
_TOGGLE_TARGETS = ("data-target", "data-bs-target", "href")


# The class of a panel the CSS frameworks collapse until its toggle opens it (Bootstrap's
# "collapse", "accordion-collapse", "panel-collapse"; "collapsible"): hidden, it is still the
# page's text, whichever link or script opens it.
_COLLAPSIBLE = re.compile(r"(?:^|[\s_-])(?:collapse|collapsible)(?:$|\s)", re.IGNORECASE)
# The class of a tab's panel that a script hides inline until its tab is picked ("tab-content",
# "tab-pane", "tabs-panel", "woocommerce-Tabs-panel"): a product's specifications beside its
# description, whichever tab shows first.
_TAB_PANEL = re.compile(r"(?:^|[\s_-])tabs?[-_]?(?:pane|panel|content)(?:$|\s)", re.IGNORECASE)


def _toggled_ids(root: LexborNode) -> set[str]:
    """The ids of the panels the page's toggles open, in one query: the ones an element with
    ``aria-expanded`` names in ``aria-controls``, and those of the collapse and tab toggles
    written without ARIA (``_TOGGLES``)."""
    found: set[str] = set()
    for toggle in root.css(_TOGGLES):
        attributes = toggle.attributes
        if "aria-expanded" in attributes:
            found.update((attributes.get("aria-controls") or "").split())
        if (attributes.get("data-toggle") or attributes.get("data-bs-toggle")) in _TOGGLED:
            for name in _TOGGLE_TARGETS:
                target = (attributes.get(name) or "").strip()
                if target.startswith("#") and len(target) > 1:
                    found.add(target[1:])
    return found


# The level of the heading a panel's toggle makes: a section's question or tab title.
_TOGGLE_LEVEL = 3
# A panel of these is the page's navigation, not its text.
_LANDMARK_TAGS = frozenset({"nav", "menu", "header", "footer", "aside", "dialog"})


def _toggled_id(button: LexborNode) -> str:
    """The id of the panel a ``<button>`` opens ("" if none), as ``_toggled_ids`` reads the
    toggles: an accordion's or a tab's, not a menu's or a dropdown's."""
    attributes = button.attributes
    if "aria-expanded" in attributes and attributes.get("aria-haspopup") is None:
        controls = (attributes.get("aria-controls") or "").split()
        if controls:
            return controls[0]
    if (attributes.get("data-toggle") or attributes.get("data-bs-toggle")) in _TOGGLED:
        for name in _TOGGLE_TARGETS:
            target = (attributes.get(name) or "").strip()
            if target.startswith("#") and len(target) > 1:
                return target[1:]
    return ""


def _is_hidden(attributes: dict[str, str | None]) -> bool:
    """Whether an inline element is hidden from sighted readers."""
    if "hidden" in attributes:
        return True
    classes = attributes.get("class")
    if classes and _hiding_classes(classes):
        return True
    style = attributes.get("style")
    return style is not None and "display:none" in style.replace(" ", "")


def _leads_elsewhere(link: LexborNode) -> bool:
    href = link.attributes.get("href")
    return href is not None and not href.lstrip().startswith("#")


# A <br> inside a block: a line break kept in its text as "\n" (a poem's lines, an address,
# a bold lead-in above its paragraph); the source's own newlines are white space.
LINE_BREAK = "\u2028"


#: Characters of one block's text: two hundred times the longest paragraph of the dev pages
#: (5,263). A longer text (a page of one 50 MB paragraph) is cut here, before its words are
#: split apart: ten million of them took a gigabyte.
MAX_BLOCK_CHARS = 1_000_000


def _clean(text: str) -> str:
    text = drop_invisible(text[:MAX_BLOCK_CHARS])
    if LINE_BREAK not in text:
        return _printable(" ".join(text.split()))
    lines = (_printable(" ".join(line.split())) for line in text.split(LINE_BREAK))
    return "\n".join(line for line in lines if line)


def _printable(line: str) -> str:
    """``line`` (its white space cut to single spaces) without control characters: one C
    test for most lines, where a search of every block cost 0.06 ms a page."""
    return line if line.isprintable() else " ".join(drop_controls(line).split())


# A row holding one of these is a layout's container, walked as one. A <br> in a short cell
# of a row of several is not: it breaks a data cell's lines (a file name above its checksum,
# a name above a role), and the row stays one row of the table ("| report.csv md5:3f9a |
# 48 MB |"); a layout table's cell broken so holds a page's prose or an e-mail's footer.
_ROW_BLOCKS = _INLINE_HAS_BLOCKS - {"br"}
# Characters of a data cell broken by a <br>: two short lines (a name and a role, a file and
# its checksum); a layout cell's prose is longer.
_BROKEN_CELL_CHARS = 80


# A link styled as a button ("btn", Semantic UI's "ui mini button"): alone in a table's cell
# it is the row's control ("Download", "Reserve"), not a value of the table.
_BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.IGNORECASE)


def _row_parts(row: LexborNode) -> tuple[list[LexborNode], int, bool, set[int]] | None:
    """A table row's cells (``td``, ``th``, nested ones too), link characters, whether a
    <br> breaks a cell, and the cells that hold only a button link (by ``mem_id``), or None
    when the row holds a block and is walked as a container: one pass over its elements in
    place of three CSS queries (a data table has thousands of rows)."""
    cells: list[LexborNode] = []
    links = 0
    broken = False
    controls: set[int] = set()
    pre = 0
    for node in row.traverse():
        tag = node.tag
        if tag in _ROW_BLOCKS:
            return None
        if tag == "td" or tag == "th":
            cells.append(node)
        elif tag == "a":
            text = node.text(deep=True)
            cell = node.parent
            if (
                cell is not None
                and (cell.tag == "td" or cell.tag == "th")
                and _BUTTON_CLASS.search(node.attributes.get("class") or "") is not None
                and cell.text(deep=True).strip() == text.strip()
            ):
                controls.add(cell.mem_id)
            else:
                links += len(text)
        elif tag == "br":
            broken = True
        elif tag == "pre":
            pre += 1
    if broken and not _data_cells_broken(cells):
        return None
    if pre and pre >= len(cells):
        return None  # a code block beside its line numbers, each cell a <pre>
    return cells, links, broken, controls


def _data_cells_broken(cells: list[LexborNode]) -> bool:
    """Whether the <br>s of a row break data cells' lines (see ``_ROW_BLOCKS``): a row of
    two or more cells, each one broken short."""
    return len(cells) > 1 and all(
        cell.css_first("br") is None or len(cell.text(deep=True).strip()) <= _BROKEN_CELL_CHARS
        for cell in cells
    )


# Elements ``_holds_any`` tests one by one in Python: more than the subtree of any inline
# element of the dev pages holds (a link or a <span> holds a few); past them the answer comes
# from ``_Holders``, so that a hostile chain of 45,000 nested <b> costs no walk per level.
_WALKED_BELOW = 64


def _cell_text(cell: LexborNode) -> str:
    """A cell's text, a space where a <br> breaks its lines (its text nodes run together
    otherwise: "report.csvmd5:3f9a")."""
    text = cell.text(deep=True)
    if cell.css_first("br") is None:
        return text
    return "".join(
        " " if node.tag == "br" else (node.text_content or "")
        for node in cell.traverse(include_text=True)
        if node.tag in ("br", "-text")
    )


# A choice's box inside its label: the label is the choice's text ("<li><label><input
# type=radio> Aoraki</label></li>", a quiz's options listed); a form's other labels (a
# field's name, a tab's title, "Sort by:") stay unread with their controls.
_OPTION_TYPES = frozenset({"radio", "checkbox"})


def _is_option_label(label: LexborNode) -> bool:
    """Whether a <label> wraps a radio button or a check box: the option it names. A walk of
    the (small) label, not a CSS query, which parses its selector: every label of a page's
    forms is asked."""
    for node in label.traverse():
        if node.tag == "input" and (node.attributes.get("type") or "").lower() in _OPTION_TYPES:
            return True
    return False


def _holds_any(node: LexborNode, tags: frozenset[str], holders: _Holders) -> bool:
    """Whether an element below ``node`` has one of ``tags``: a walk of the (small) subtree
    testing each tag in a set costs a quarter of a CSS query, which parses its selector."""
    below = node.traverse()
    next(below)  # the node itself
    for seen, element in enumerate(below):
        if element.tag in tags:
            return True
        if seen == _WALKED_BELOW:
            return holders.holds(node, tags)
    return False


class _Holders:
    """The elements of a walked subtree that hold one of some tags, found for the whole
    subtree at once (one query, then each found element's ancestors) the first time a big
    subtree is asked about: a walk of each big subtree would make deep nesting quadratic."""

    def __init__(self) -> None:
        self.root: LexborNode | None = None  # the walk's
        self.found: dict[frozenset[str], set[int]] = {}

    def holds(self, node: LexborNode, tags: frozenset[str]) -> bool:
        holders = self.found.get(tags)
        if holders is None:
            holders = self.found[tags] = set()
            for element in self.root.css(_selector_of(tags)) if self.root else ():
                parent = element.parent
                while parent is not None and parent.mem_id not in holders:
                    holders.add(parent.mem_id)
                    parent = parent.parent
        return node.mem_id in holders


@functools.cache
def _selector_of(tags: frozenset[str]) -> str:
    return ", ".join(sorted(tags))


def _inline_text_only(node: LexborNode) -> bool:
    """Whether ``node`` holds nothing but one text node (or nothing): the common case of
    ``<a>``, ``<span>`` and ``<p>``, answered without a CSS query."""
    child = node.child
    return child is None or (child.next is None and child.tag == "-text")


# A work item of the walk: an element to visit (with the ``in_link`` state it is met in) or
# an inline run's text (with its link characters); then its parent container, the kind of
# block its loose text forms and its list or heading level.
_Item = tuple[LexborNode | str, int, int, BlockKind, int]


class _Walker:
    """Stateful walk; kept as a class so each step is a small method."""

    def __init__(
        self,
        *,
        figures: bool = False,
        discussion: bool = False,
        comments: frozenset[int] | None = None,
    ) -> None:
        self.out = Walk()
        # With ``figures``, <figure> and <figcaption> are read (their blocks marked as
        # captions) instead of skipped.
        self.skip = SKIP_TAGS - _FIGURE_TAGS if figures else SKIP_TAGS
        self.discussion = discussion
        # Whether comment sections are looked for, and those found by their structure
        # (``comments.comment_sections``, ``mem_id``s).
        self.comments = comments is not None and not discussion
        self.comment_ids: frozenset[int] = comments or frozenset()
        self.figcaptions = 0  # figcaption containers met: only then is a caption looked for
        # Work items, as flat tuples (one is pushed per element and per inline run):
        # (node, in_link, parent container, kind, level) for an element to visit,
        # (text, link characters, parent container, kind, level) for an inline run.
        self.stack: list[_Item] = []
        # 1 while inside an <a> that wraps blocks (a teaser card): all its text is link text.
        self.in_link = 0
        self.root: LexborNode | None = None
        self.holders = _Holders()
        self.panels: set[str] | None = None  # ids of the page's toggled panels, once asked
        self.to_weigh: list[int] = []  # containers whose hint waits for ``_weigh``
        # The containers marked schema.org comments, met on the walk.
        self.comment_items: set[int] = set()

    def run(self, root: LexborNode) -> Walk:
        self.root = root
        self.holders.root = root
        stack = self.stack
        stack.append((root, 0, -1, BlockKind.PARAGRAPH, 0))
        while stack:
            payload, links, parent, kind, level = stack.pop()
            if isinstance(payload, str):
                # A run's link characters were counted when it was cut (its element's state
                # then); an <a> wrapping blocks visited since (a teaser card before it) must
                # not make the text after it a link's.
                self.in_link = 0
                self._emit(payload, kind, level, parent, links, "#run")
            else:
                self.in_link = links
                self._visit(payload, parent, kind, level)
        self._weigh()
        return self.out

    def _weigh(self) -> None:
        """The hints of the containers whose class or id decides them (``_TO_WEIGH``): of
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
                hint = _weighed_hint(classes, ident, cont.tag[index])
                if hint == -2 and _COMMENT_NAME.search(f"{classes} {ident}"):
                    self.out.by_comments = True
                    if self.discussion:
                        hint = 0  # on a discussion page the comments are the text
            hints[index] = hint
        if self.comments:
            self._mark_comments(holds)
        bad = cont.bad
        for index, up in enumerate(parent):
            bad[index] = index if hints[index] < 0 else bad[up] if up >= 0 else -1

    def _is_panel(self, node: LexborNode) -> bool:
        """Whether a hidden element is an accordion's or a tab's panel: hidden until the
        reader opens it with the toggle that names it (``aria-controls`` on an element
        with ``aria-expanded``) or marked ``role=tabpanel``, and part of the page's text (a
        FAQ's answers, a guide's commands for each package manager)."""
        if node.attributes.get("role") == "tabpanel":
            return True
        classes = node.attributes.get("class") or ""
        if _COLLAPSIBLE.search(classes) is not None or _TAB_PANEL.search(classes) is not None:
            return True
        ident = node.attributes.get("id")
        if not ident or self.root is None:
            return False
        if self.panels is None:  # looked up once a walk, at the first hidden element with an id
            self.panels = _toggled_ids(self.root)
        return ident in self.panels

    def _opens_a_panel(self, button: LexborNode) -> bool:
        """Whether a ``<button>`` opens a panel of the page that may be its text: the
        element it names is there and no landmark (a menu's toggle opens the navigation)."""
        ident = _toggled_id(button)
        if not ident or self.root is None or not fits_css_string(ident):
            return False
        panel = self.root.css_first(f'[id="{ident}"]')
        if panel is None or panel.tag in _LANDMARK_TAGS:
            return False
        return panel.attributes.get("role") not in _SKIP_ROLES

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
    ) -> None:
        text = _clean(text)
        if text:
            links = len(text) if self.in_link else min(links, len(text))
            block = RawBlock(text, kind, level, parent, links, tag, cells=cells, header=header)
            if kind is BlockKind.LIST_ITEM:
                block.ordered = self._nearest(parent, _LIST_TAGS) == "ol"
            if caption:
                block.caption = True
            elif self.figcaptions:
                block.caption = (
                    len(text) <= _CAPTION_CHARS
                    and self._nearest(parent, _FIGURE_TAGS) == "figcaption"
                )
            self.out.blocks.append(block)

    def _nearest(self, container: int, tags: frozenset[str]) -> str | None:
        """The tag of the nearest container at or above ``container`` among ``tags``."""
        cont = self.out.containers
        while container >= 0:
            tag = cont.tag[container]
            if tag in tags:
                return tag
            container = cont.parent[container]
        return None

    def _visit(self, node: LexborNode, parent: int, kind: BlockKind, level: int) -> None:
        tag = node.tag or ""
        if tag in LEAF_TAGS:
            text_only = _inline_text_only(node)
            if not text_only and tag == "p" and _picture_with_caption(node):
                self._leaf(node, tag, parent, kind, level, text_only=False, pictured=True)
                return
            if text_only or not _holds_any(
                node,
                _HEADING_NEEDS_WALK if tag in HEADING_LEVEL else _LEAF_NEEDS_WALK,
                self.holders,
            ):
                self._leaf(node, tag, parent, kind, level, text_only=text_only)
                return
        if tag == "tr":
            row = _row_parts(node)
            if row is not None:
                self._row(node, parent, *row)
                return
        if parent >= 0 and self.out.containers.depth[parent] >= MAX_CONTAINER_DEPTH:
            # See MAX_CONTAINER_DEPTH: the rest of the chain is one block of text.
            self._leaf(node, tag, parent, kind, level, text_only=_inline_text_only(node))
            return
        attrs = node.attributes
        hint = _container_hint(attrs, tag)
        if hint is None:
            # A landmark (role=navigation...) is never read, a panel or not: no look-up.
            if attrs.get("role") in _SKIP_ROLES or not self._is_panel(node):
                return
            hint = _container_hint(attrs, tag, shown=True)
            if hint is None:
                return
        classes = (attrs.get("class") or "") if attrs else ""
        ident = (attrs.get("id") or "") if attrs else ""
        if hint == -2 and _COMMENT_NAME.search(f"{classes} {ident}"):
            self.out.by_comments = True
            if self.discussion:
                hint = 0  # on a discussion page the comments are the text
        index = self.out.containers.add(node, tag, parent, hint, classes, ident)
        if (
            self.comments
            and ("itemprop" in attrs or "itemtype" in attrs)
            and is_comment_item(attrs)
        ):
            self.comment_items.add(index)
        if hint == _TO_WEIGH:
            self.to_weigh.append(index)
        if tag in _CONTEXT_TAGS:
            if tag == "figcaption":
                self.figcaptions += 1
            elif tag == "a":
                self.in_link = 1
            elif tag == "figure":
                # The caption and the content a figure sets apart from the text (a table, a
                # quote, a code listing: WordPress's and CKEditor's tables, a pull quote);
                # the rest of a figure is media, or a player's or a gallery's labels ("more
                # videos"), never the article's running text.
                parts = [c for c in node.iter() if c.tag in _FIGURE_CONTENT]
                self.stack.extend((c, self.in_link, index, kind, level) for c in reversed(parts))
                return
            else:
                kind, level = self._context(tag, kind, level)
        self._children(node, index, kind, level)

    def _mark_comments(self, holds: list[bool]) -> None:
        """Weigh the comment sections under the text (``body.comments``) and each box in
        them as furniture (-2, as the comment names ``class_weight`` knows): a long
        discussion's list must not outscore the article. Only the containers that hold
        text (``holds``) are asked, parents before children."""
        cont = self.out.containers
        parent, hints, classes, ids = cont.parent, cont.hint, cont.classes, cont.ids
        # Only a container named as comments, marked a comment or found by structure is
        # asked the whole question (most are none: the names' test is cached). Only the
        # names of containers holding text are looked up: no other is asked.
        structural = bool(self.comment_ids or self.comment_items)
        named = comment_names(
            name
            for index, held in enumerate(holds)
            if held
            for name in (classes[index], ids[index])
        )
        if not (structural or named):
            return
        within = [False] * len(parent)
        for index, up in enumerate(parent):
            if (up >= 0 and within[up]) or (
                holds[index]
                and hints[index] != _ARTICLE_BODY
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
            return _KIND_OF[tag], level
        if tag in HEADING_LEVEL:
            return BlockKind.HEADING, HEADING_LEVEL[tag]
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
    ) -> None:
        """A paragraph-level element read whole (``text_only``: it holds one text node, or
        none; ``pictured``: a picture over its caption line, ``_picture_with_caption``)."""
        attributes = node.attributes
        if attributes and _is_hidden(attributes):
            return  # a heading for screen readers only ("visually-hidden"), a hidden note
        leaf_class = attributes.get("class")
        caption = dateline = False
        if leaf_class and _credit_class(leaf_class):
            if _dateline_class(leaf_class) and tag == "p":
                dateline = True  # its prose is read below; a dateline alone goes
            elif tag in HEADING_LEVEL or tag == "pre" or not _caption_class(leaf_class):
                return  # a credit or byline styled as a paragraph
            else:
                caption = True  # read as a figure's caption: kept as one, not as running text
        elif leaf_class and _furniture_leaf_class(leaf_class):
            return  # a post's meta line, a disclaimer or an update stamp set as a paragraph
        if text_only:  # one text node's own text: the element's deep text, without the walk
            first = node.child
            text = "" if first is None else (first.text_content or "")
        else:
            text = node.text(deep=True)
        elsewhere = False
        if tag in HEADING_LEVEL:
            kind, level = BlockKind.HEADING, HEADING_LEVEL[tag]
            # A heading linked elsewhere is a teaser's; one linked to itself ("#v5-1-0") or
            # an <a name> is a jump target of the page's own text.
            elsewhere = True
            text = text.rstrip().rstrip(_PERMALINK_MARKS)
        elif tag == "pre":
            kind, language = BlockKind.PREFORMATTED, _code_language(node)
            code = RawBlock(_code_text(text), kind, level, parent, 0, tag, language=language)
            self.out.blocks.append(code)
            return
        link_chars = 0
        if not text_only:
            attachments = kind is BlockKind.LIST_ITEM
            link_chars, visible = _inline_parts(node, elsewhere=elsewhere, attachments=attachments)
            if visible is not None:
                text = visible
                if kind is BlockKind.HEADING:
                    text = text.rstrip().rstrip(_PERMALINK_MARKS)
            if kind is BlockKind.HEADING and link_chars:
                tool = _HEADING_TOOL.search(text)
                if tool is not None and tool.start() > 0:
                    text = text[: tool.start()]  # the tool's link text (not its brackets) goes
                    link_chars = max(0, link_chars - (len(tool.group().strip()) - 2))
        if caption and len(text) > _CAPTION_CHARS:
            return  # no caption's length: left out, as every leaf so classed was before
        if (
            pictured
            and not caption
            and len(text) <= _PICTURE_CAPTION_CHARS
            and not text.rstrip().endswith(_LEAD_IN_MARKS)
        ):
            # A longer italic paragraph under a picture is the text's; so is a line ending
            # in a colon, which leads into what follows ("And more about water:").
            caption = True
        if dateline:
            text = _dateline_prose(text)
            if not text:
                return
        self._emit(text, kind, level, parent, link_chars, tag, caption=caption)

    def _row(
        self,
        node: LexborNode,
        parent: int,
        found: list[LexborNode],
        links: int,
        broken: bool,
        controls: set[int],
    ) -> None:
        """A table row with its cells; empty cells, a cell holding only a button link, and
        those a ``colspan`` covers, count for the columns, not the text."""
        cells: list[str] = []
        for cell in found:
            if controls and cell.mem_id in controls:
                cells.append("")
            else:
                cells.append(_clean(_cell_text(cell) if broken else cell.text(deep=True)))
            cells.extend([""] * (_colspan(cell) - 1))
        text = CELL_SEPARATOR.join(cell for cell in cells if cell)
        in_head = node.parent is not None and node.parent.tag == "thead"
        header = in_head or all(cell.tag == "th" for cell in found)
        self._emit(
            text, BlockKind.TABLE_ROW, 0, parent, links, "tr", cells=tuple(cells), header=header
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
        attachments = kind is BlockKind.LIST_ITEM
        # A term's link to the page's own text ("#index": the parameters of a reference
        # page) names the term: its words are the term's, not a link's.
        jump_targets = kind is BlockKind.TERM

        # Text nodes of ASCII white space alone are not read (most of a container's
        # children: the template's indentation); where one lay inside a run, between two
        # of its parts, a space stands for it (``_clean`` cuts each run of white space to
        # one space all the same). ``last`` is the child met before, ``gap`` whether white
        # space was passed over since the run's last part.
        last = -1
        gap = False
        for child in node.iter(include_text=True, skip_empty=True):
            if run:
                before = child.prev
                if before is not None and before.mem_id != last:
                    gap = True
            last = child.mem_id
            ctag = child.tag or ""
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
                    text = "".join(run)
                    if text and not text.isspace():
                        items.append((text, len(text) if in_link else links, index, kind, level))
                    run, links, gap = [], 0, False
                    pending_br = False
                else:
                    pending_br = True
                    run.append(LINE_BREAK)
                    gap = False
                continue
            pending_br = False
            if ctag == "label" and _is_option_label(child):
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
                # An accordion's or a tab's toggle: its words title the panel it opens (a
                # FAQ's question over its answer), read as a heading.
                if run:
                    text = "".join(run)
                    if text and not text.isspace():
                        items.append((text, len(text) if in_link else links, index, kind, level))
                    run, links, gap = [], 0, False
                items.append((child, in_link, index, BlockKind.HEADING, _TOGGLE_LEVEL))
                continue
            if (
                ctag in skip and not (ctag == "aside" and _is_factbox(child))
            ) or ctag == "-comment":
                if run and ctag in _FLUSHING_SKIPS:
                    text = "".join(run)
                    if text and not text.isspace():
                        items.append((text, len(text) if in_link else links, index, kind, level))
                    run, links, gap = [], 0, False
                continue
            if ctag in INLINE_TAGS:
                attributes = child.attributes
                if attributes and _is_hidden(attributes):
                    # Hidden between a box's runs as inside a paragraph (``_inline_parts``):
                    # a teaser's display:none date is no word of its title's line.
                    continue
                first = child.child  # read once: each read makes a node object
                text_only = first is None or (first.next is None and first.tag == "-text")
                if text_only or not _holds_any(child, _INLINE_HAS_BLOCKS, self.holders):
                    # One text node's own text: its parent's deep text, without the walk.
                    text = (
                        ""
                        if first is None
                        else (first.text_content or "")
                        if text_only
                        else _ruby_base(child)
                        if ctag == "ruby"
                        else child.text(deep=True)
                    )
                    if gap:
                        run.append(" ")
                        gap = False
                    run.append(text)
                    if ctag == "time":
                        run.append(" ")  # a time is a value of its own: "14:52" "Kari Nilsen"
                    if ctag == "a":
                        # Every <a> is a link's words unless a list item's link may be an
                        # attachment or a term's a jump target (``_is_link`` then asks).
                        if not (attachments or jump_targets) or _is_link(
                            child, elsewhere=jump_targets, attachments=attachments
                        ):
                            links += len(text.strip())
                    elif not text_only:  # elements below, whether or not text comes first
                        links += _link_chars(child, elsewhere=jump_targets, attachments=attachments)
                    continue
            if run:
                text = "".join(run)
                if text and not text.isspace():
                    items.append((text, len(text) if in_link else links, index, kind, level))
                run, links, gap = [], 0, False
            items.append((child, in_link, index, kind, level))
        if run:
            text = "".join(run)
            if text and not text.isspace():
                items.append((text, len(text) if in_link else links, index, kind, level))
        items.reverse()
        self.stack.extend(items)


# A list item's label or value beside its text ("2015", "Airport:", "6.0 km", a step's
# "Watch the video for the knack.") is at most this long; two longer parts of one <li> are
# paragraphs of their own.
_ITEM_PART_CHARS = 80
# A numbered list item's first part that is only a number (a how-to's "<div
# class="step_num">1</div>" beside the step): the number the list gives the item, written
# out again. Three digits: a step list is never longer; a year ("2015") is a label of its own.
_STEP_NUMBER = re.compile(r"\d{1,3}[.)]?")


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
    previous: RawBlock | None = None  # the block the last Block was made of (or ends with)
    for raw in kept:
        if (
            raw.kind is BlockKind.PREFORMATTED
            and previous is not None
            and _is_code_label(walked.containers, previous, raw)
        ):
            out[-1] = evolve(raw.to_block(), language=raw.language or previous.text.lower())
            previous = raw
            continue
        if (
            previous is not None
            and raw.kind is BlockKind.LIST_ITEM
            and previous.kind is BlockKind.LIST_ITEM
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
        previous = raw
    return out


# A code block's header label: one name of a language ("js", "Python", "C++"), at most this
# long (the longest common names, "objective-c", "powershell", are 11 and 10).
_CODE_LABEL = re.compile(r"[A-Za-z][\w+#.-]{0,15}")


def _is_code_label(containers: Containers, label: RawBlock, code: RawBlock) -> bool:
    """Whether ``label`` is the header over the code block ``code`` that names its language
    (MDN's and documentation themes' "<div class="example-header"><span>js</span><button>Copy
    </button></div><pre>"): loose text (no paragraph) in a box beside the ``<pre>`` in its
    wrapper, one name that is the code's language or, when the code names none, gives it."""
    if label.kind is not BlockKind.PARAGRAPH or label.tag != "#run" or label.links:
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
_FACTBOX_NAME = re.compile(
    r"(?:^|[\s_-])(?:fact-?box|fact-?file|fact-?sheet|facts|key-?facts|fakten-?box|faktabox|"
    r"faktaboks|infokasten|"
    # a documentation page's admonition set as an <aside> (Starlight's "starlight-aside
    # starlight-aside--tip", a "callout callout-warning"): a note of the text, not a sidebar
    r"admonition|callout|note|tip|hint|warning|caution|danger|important)(?:$|[\s_-])",
    re.IGNORECASE,
)


# An encyclopedia's box of the entry's facts set as an <aside> (a wiki farm's
# "portable-infobox": a label and its value per row) is read too, when it holds no paragraph:
# an "infobox" aside of paragraphs is a box of notes (a disclaimer, a hint at the page's end).
_INFOBOX_NAME = re.compile(r"(?:^|[\s_-])infobox(?:$|[\s_-])", re.IGNORECASE)


def _is_factbox(node: LexborNode) -> bool:
    names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if _FACTBOX_NAME.search(names) is not None:
        return True
    return _INFOBOX_NAME.search(names) is not None and node.css_first("p") is None


def walk(
    root: LexborNode,
    *,
    figures: bool = False,
    discussion: bool = False,
    comments: frozenset[int] | None = None,
) -> Walk:
    """Blocks and containers of the subtree under ``root``, in document order.

    ``figures``: read ``<figure>`` elements too (a table or quote in one, and the caption,
    whose blocks are marked ``caption``); by default they are skipped like images.
    ``discussion``: the page is a thread (a forum's or a question's, as its structured data
    says), whose comments are its text, not furniture under an article.
    ``comments``: look for comment sections under the text (furniture, named in any language
    or known by their structure): the ``mem_id``s of those found by their structure
    (``comments.comment_sections``, None on a page that declares no article).
    """
    return _Walker(figures=figures, discussion=discussion, comments=comments).run(root)


# The names of a comment's container, in the languages templates use.
_COMMENT_NAME = re.compile(r"comment(?!ary)|kommentar|reply|replies|answer", re.IGNORECASE)


__all__ = ["Containers", "RawBlock", "Walk", "as_blocks", "walk"]
