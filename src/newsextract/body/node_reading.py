"""Reading one element as a reader sees it: its visible text, links, pictures with
captions, code, table rows and cells, toggled panels; the node-level facts the walk asks
about each element it visits."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newsextract.body.characters import ends_as_sentence
from newsextract.body.class_names import is_overlay
from newsextract.body.container_hints import (
    SCREEN_READER_CLASSES,
    UNTIL_FOUND,
    caption_class,
    credit_class,
    hiding_classes,
)
from newsextract.body.seams import is_note_link, is_note_mark, note_call, values_meet
from newsextract.body.tag_sets import RUBY_NOTES
from newsextract.lazy_regex import LazyPattern
from newsextract.text import drop_controls, drop_invisible, word_count

# An inline element holding one of these is a container in disguise (cards, wrappers).
INLINE_HAS_BLOCKS = frozenset(
    {"div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote",
     "section", "article", "br"}
)  # fmt: skip


# The elements below an element with their tags, in document order, read once for the
# questions a walk asks of it (``elements_below``): which tags it holds, its links' words.
Tagged = list[tuple[LexborNode, str]]


# A code block's language, as syntax highlighters mark it on <pre> or <code>
# (class="language-python", "lang-js") or on the wrapper around them (Sphinx's
# "highlight-python", GitHub's "highlight-source-python").
# SyntaxHighlighter's "brush: js" (MDN, WordPress's highlighter plugins) says it as well.
_CODE_LANGUAGE = LazyPattern(r"(?:^|\s)(?:(?:language|lang)-|brush:\s*)([\w+#.-]+)", re.IGNORECASE)
_WRAPPER_LANGUAGE = LazyPattern(
    r"(?:^|\s)(?:language|lang|highlight(?:-source)?)-([\w+#.-]+)", re.IGNORECASE
)
_NO_LANGUAGE = frozenset({"none", "plain", "plaintext", "nohighlight"})
# A ``data-lang`` value is a language only when it is such a name: taken whole, its spaces,
# line breaks and fences went into ``Block.language`` and ``body_html``'s class attribute.
_LANGUAGE_NAME = LazyPattern(r"[\w+#.-]+")
# The longest language name kept: highlighters' longest run to about 25 ("objective-c++",
# "visual-basic-dot-net"); a class of 5,000 letters names none.
_MOST_LANGUAGE_CHARS = 40
# Wrappers looked at above a <pre> for its language: Sphinx puts it two levels up.
_LANGUAGE_REACH = 2
# The parts of a line-number table (Pygments' ``highlighttable``) between a <pre> in its code
# cell and the wrapper naming the language: passed, not counted in the reach; at most this
# many (a cell, its row, the table body and the table: one table, not tables in tables).
_LINE_TABLE_PARTS = frozenset({"td", "tr", "tbody", "table"})
_MOST_TABLE_PARTS = 4
# Tags whose nearest one above a list item says whether its list is numbered.
LIST_TAGS = frozenset({"ul", "ol", "menu", "dl"})
# A "caption" longer than this (a hundred words) is the article's text set in a
# <figcaption> (a lead written under the picture): a caption says what a picture shows in
# a sentence or two. (400 cost fundus B 0.0003: some long captions are captions.)
CAPTION_CHARS = 600


# A figure's children that are read: its caption and the text content it may hold.
FIGURE_CONTENT = frozenset({"figcaption", "table", "blockquote", "pre", "figure"})
# Containers whose tag changes the walk below them: lists, quotes, headings (the kind of
# their loose text), links, figures.
CONTEXT_TAGS = frozenset(
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
PICTURE_CAPTION_CHARS = 160
# The marks that end a lead-in to what follows, not a caption of what is above.
LEAD_IN_MARKS = (":", "：")


def picture_with_caption(node: LexborNode) -> bool:
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
        elif (tag in _CAPTION_WRAPS or (tag == "span" and caption_classed(child))) and not caption:
            caption = True
        else:
            return False
        child = child.next
    return caption


# A paragraph set wholly in italics and fenced off by rules (an ``<hr>`` before it, and
# another after it or the end of its box: ``<hr><p><em>The site has reviewed … since
# 2009.</em></p>``) is an editor's note set apart from the text: who the source is, an
# affiliate disclosure, what the site does (blind73s: 0/2 -> 2/2). Its italic wraps, and
# the inline elements that may carry them (a link in italics, "<a><em>site</em></a>").
_NOTE_WRAPS = frozenset({"em", "i"})
_NOTE_CARRIERS = frozenset({"a", "span", "strong", "b"})
# A quotation set apart so ("<hr><p><em>„The garden is not ours.”</em></p><hr>") is the
# text's epigraph, not a note: one opening with a quotation mark stays (blind73s's guard).
_QUOTE_OPENERS = ('"', "'", "“", "„", "«", "»", "‘", "‚", "‹", "「", "『")


def _wholly_italic(node: LexborNode) -> bool:
    """Whether every letter of ``node`` stands in an ``<em>`` or ``<i>`` (a carrier such as a
    link holding only such wraps counts too) and it holds some."""
    italic = False
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            if (child.text_content or "").strip():
                return False
        elif tag in _NOTE_WRAPS:
            italic = True
        elif tag in _NOTE_CARRIERS:
            if not _wholly_italic(child):
                return False
        elif tag != "br" and tag != "_comment":
            return False
        child = child.next
    return italic


def _shown(node: LexborNode | None, forward: bool) -> LexborNode | bool | None:
    """The first element from ``node`` on (itself included, then the ones after it when
    ``forward``, else the ones before), skipping white space and comments: False at a line of
    text first, None past the last."""
    while node is not None:
        tag = node.tag
        if tag == "-text":
            if (node.text_content or "").strip():
                return False
        elif tag != "_comment":
            return node
        node = node.next if forward else node.prev
    return None


def _rule_beside(node: LexborNode | None, forward: bool) -> bool | None:
    """Whether the nearest element beside ``node`` (after it when ``forward``) is a rule
    (an ``<hr>``, or a box holding only one), None when there is no element that side."""
    shown = _shown(node, forward)
    if not isinstance(shown, LexborNode):
        return shown  # a line of text (False) or nothing (None) that side
    if shown.tag == "hr":
        return True
    inner = _shown(shown.child, forward=True)
    return (
        isinstance(inner, LexborNode)
        and inner.tag == "hr"
        and _shown(inner.next, forward=True) is None
    )


def fenced_italic_note(node: LexborNode) -> bool:
    """Whether a paragraph is an editor's note set apart from the text: wholly in italics,
    a rule right before it and another right after it or nothing after it in its box, and
    no quotation (``_QUOTE_OPENERS``)."""
    if not _wholly_italic(node) or not _rule_beside(node.prev, forward=False):
        return False
    if node.text(deep=True).lstrip().startswith(_QUOTE_OPENERS):
        return False
    return _rule_beside(node.next, forward=True) is not False


def caption_classed(node: LexborNode) -> bool:
    """Whether an element is classed as a picture's caption and not as its credit
    ("wp-caption-text", "caption", "image-caption"; not "photo-credit")."""
    classes = node.attributes.get("class")
    return bool(classes) and credit_class(classes) and caption_class(classes)


# The inline elements a picture's caption line is set in after the picture: a theme's
# ``<span class="wp-caption-text">``, a site's ``<em class="image-caption">``.
CAPTION_LINE_TAGS = frozenset({"span", "em", "i", "small"})


def caption_span(span: LexborNode) -> bool:
    """Whether a ``<span>`` (or an ``<em>``, ``<i>``, ``<small>``: ``CAPTION_LINE_TAGS``) is
    a picture's caption line: classed as a caption (``caption_classed``), right after a
    picture (or a link around one only; line breaks and white space between), one line of a
    caption's length (``PICTURE_CAPTION_CHARS``) not leading into what follows. A theme or
    an editor sets it so inside the picture's box or in the text's own (``<img><span
    class="wp-caption-text">``), where its words would otherwise run into the text's."""
    if not caption_classed(span):
        return False
    before = span.prev
    while before is not None and (
        before.tag in ("br", "_comment")
        or (before.tag == "-text" and not (before.text_content or "").strip())
    ):
        before = before.prev
    if before is None or not (
        before.tag in _PICTURE_TAGS or (before.tag == "a" and _only_a_picture(before))
    ):
        return False
    text = span.text(deep=True).strip()
    return (
        0 < len(text) <= PICTURE_CAPTION_CHARS
        and any(char.isalpha() for char in text)
        and not text.endswith(LEAD_IN_MARKS)
        and 2 * link_chars(span) <= len(text)  # a teaser card's linked title
    )


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


def ruby_base(ruby: LexborNode) -> str:
    """A ruby's characters without the reading set over them (``RUBY_NOTES``)."""
    return "".join(
        "" if child.tag in RUBY_NOTES else child.text(deep=True)
        for child in ruby.iter(include_text=True)
    )


def code_language(pre: LexborNode) -> str | None:
    """The language a syntax highlighter marked on a ``<pre>``, its ``<code>`` or a wrapper."""
    found: str | None = None
    code = pre.css_first("code")
    for node in (pre, code):
        if node is None:
            continue
        match = _CODE_LANGUAGE.search(node.attributes.get("class") or "")
        found = match.group(1) if match else (node.attributes.get("data-lang") or "").strip()
        if found and not _LANGUAGE_NAME.fullmatch(found):
            found = None
        if found:
            break
    wrapper = pre.parent
    reach, passed = _LANGUAGE_REACH, 0
    while reach and not found and wrapper is not None:
        if wrapper.tag in _LINE_TABLE_PARTS and passed < _MOST_TABLE_PARTS:
            passed += 1
        else:
            match = _WRAPPER_LANGUAGE.search(wrapper.attributes.get("class") or "")
            found = match.group(1) if match else None
            reach -= 1
        wrapper = wrapper.parent
    if not found or len(found) > _MOST_LANGUAGE_CHARS or found.lower() in _NO_LANGUAGE:
        return None
    return found.lower()


# The widest ``colspan`` honoured: a wider cell spans a layout table, not data columns, and
# the cap keeps a hostile page from making rows of millions of empty cells.
_MAX_COLSPAN = 50


def colspan(cell: LexborNode) -> int:
    """How many columns a table cell spans (1 unless its ``colspan`` says more)."""
    value = cell.attributes.get("colspan")
    if value is None:
        return 1  # most cells: no further test (a data table has thousands)
    return colspan_of(value)


def colspan_of(value: str) -> int:
    """How many columns a cell whose ``colspan`` is ``value`` spans (see ``colspan``)."""
    value = value.strip()
    if not (value.isascii() and value.isdigit()):
        return 1
    return max(1, min(int(value), _MAX_COLSPAN))


# The most digits a list's first number may have: CommonMark reads no longer number as a
# list item's, and no article's list counts past it.
_LIST_START_DIGITS = 9


def list_start(value: str | None) -> int:
    """The number of an ``<ol>``'s first item from its ``start`` (1 when it has none, or
    one that is no whole number Markdown can write: a sign, too many digits)."""
    if value is None:
        return 1  # most lists: no further test
    value = value.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > _LIST_START_DIGITS:
        return 1
    return int(value)


def code_text(text: str) -> str:
    """A code block's text with its line breaks and indentation; blank lines around it cut."""
    lines = drop_controls(text[:MAX_BLOCK_CHARS]).rstrip().splitlines()
    # One slice, not a pop(0) per blank line: each pop moved every line after it, so a <pre>
    # opening with 400,000 line breaks took 15 s (a million, the block's cap, minutes).
    first = next((at for at, line in enumerate(lines) if line.strip()), len(lines))
    return "\n".join(lines[first:])


def code_beside_controls(pre: LexborNode) -> str | None:
    """The text of the ``<code>`` children of a ``<pre>`` that holds other elements beside
    them (a highlighter's "expand" or "copy" button, a file label): the code alone, its lines
    kept, as a ``<pre>`` read whole keeps them; ``None`` where the ``<pre>`` has no
    ``<code>`` child or a ``<code>`` breaks its lines with ``<br>`` (read by the walk)."""
    codes = [child for child in pre.iter() if child.tag == "code"]
    if not codes or any(code.css_first("br") is not None for code in codes):
        return None
    return "".join(code.text(deep=True) for code in codes)


# The permalink signs documentation generators (Sphinx, MkDocs) put after a heading; not
# "#", which ends names ("C#").
PERMALINK_MARKS = "¶🔗 \u00a0"
# A short bracketed link closing a heading is its tool, not its words: a wiki's "[edit]",
# "[Bearbeiten | Quelltext bearbeiten]".
HEADING_TOOL = LazyPattern(r"\s*\[[^\[\]]{1,40}\]\s*$")


# A list item's link to a document file is an attachment of the text (a notice's forms, a
# release's PDF), not a way off to another page: its words count as the text's. (Counted so
# in every block, it kept paragraphs that only link a file, "Download", "the draw in Pune",
# which the evaluation truths leave out: snippets A -0.001.)
_DOCUMENT_HREF = LazyPattern(
    r"\.(?:pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|odp|zip|epub)(?:[?#]|$)", re.IGNORECASE
)


def is_link(element: LexborNode, *, elsewhere: bool = False, attachments: bool = False) -> bool:
    """Whether ``element`` is a link whose words are a link's (see ``link_chars``);
    ``attachments``: a link to a document file is not (the block is a list item)."""
    return element.tag == "a" and counts_as_link(
        element, elsewhere=elsewhere, attachments=attachments
    )


def counts_as_link(anchor: LexborNode, *, elsewhere: bool, attachments: bool) -> bool:
    """``is_link`` of an ``<a>``, its tag already read: a caller that walks elements reads
    each one's tag once (each read decodes the name into a new string)."""
    if attachments:
        href = anchor.attributes.get("href")
        if href is not None and _DOCUMENT_HREF.search(href.strip()):
            return False
    return not elsewhere or _leads_elsewhere(anchor)


def _tagged_below(node: LexborNode) -> Iterator[tuple[LexborNode, str]]:
    """The elements below ``node`` with their tags, as ``elements_below`` lists them."""
    below = node.traverse()
    next(below)  # the node itself
    return ((element, element.tag or "") for element in below)


def link_chars(
    node: LexborNode,
    *,
    elsewhere: bool = False,
    attachments: bool = False,
    elements: Tagged | None = None,
) -> int:
    """The characters of the links below ``node`` (``elsewhere``: of those that lead off
    the page's own text, not an ``<a name>`` jump target nor an ``href="#…"`` anchor;
    ``attachments``: not a link to a document file), found in one pass over its elements
    rather than a CSS query (``elements``: those elements with their tags, when the caller
    has them, ``elements_below``)."""
    if elements is not None:
        return sum(
            len(element.text(deep=True))
            for element, tag in elements
            if tag == "a"
            and (
                not (elsewhere or attachments)
                or counts_as_link(element, elsewhere=elsewhere, attachments=attachments)
            )
        )
    below = node.traverse()
    next(below)  # the node itself
    if not (elsewhere or attachments):  # every <a> counts: its tag is the one test
        return sum(len(element.text(deep=True)) for element in below if element.tag == "a")
    return sum(
        len(element.text(deep=True))
        for element in below
        if is_link(element, elsewhere=elsewhere, attachments=attachments)
    )


def inline_parts(
    node: LexborNode,
    *,
    elsewhere: bool,
    attachments: bool = False,
    by_attributes: bool = True,
    addresses: bool = False,
    elements: Tagged | None = None,
) -> tuple[int, str | None]:
    """The characters of the links below ``node`` (as ``link_chars`` counts them), in one
    pass over its elements, and its text without its hidden elements' when it has any
    (``None`` when it has none): a screen reader's note ("opens in a new tab"), an inline
    icon's title or a ``display:none`` count is not the line's text. A ``<time>`` ends a
    word: a minified template's "<time>14:52</time><span>Kari Nilsen</span>" is two words,
    not "14:52Kari".
    ``by_attributes=False``: only a ruby's reading and an icon are left out, not what the
    element's attributes hide (an inline element of a paragraph walked in parts, read as
    before: a screen reader's link note there is cut by its wording, ``body.link_notes``;
    hiding its spans too moved a half-B dev page down, 0.998 -> 0.984).
    ``addresses``: the text holds a web address, which a print view may print after its
    link (``_printed_address``): only then is the node after each link read.
    ``elements``: the elements below ``node`` with their tags (``elements_below``), when
    the caller has them."""
    links = 0
    hidden: set[int] = set()
    time_ends: set[int] = set()  # the last text of each <time>: a word ends there
    spaced: set[int] = set()  # the first text of an element parted from the one before
    calls: set[int] = set()  # the text of each footnote's mark, written in brackets
    # each tag read once: each read decodes the name into a new string
    below = elements if elements is not None else _tagged_below(node)
    for element, tag in below:
        if tag == "a" and (
            not (elsewhere or attachments)
            or counts_as_link(element, elsewhere=elsewhere, attachments=attachments)
        ):
            words = element.text(deep=True)
            if words.lstrip()[:1] in UP_ARROWS and jumps_on_page(element):
                # "↑ Top", "▲ بالا": the way back up, in any language, no word of the line
                hidden.update(
                    t.mem_id for t in element.traverse(include_text=True) if t.tag == "-text"
                )
            else:
                links += len(words)
                call = _note_link_text(element)
                if call is not None:
                    calls.add(call)
                printed = _printed_address(element) if addresses else None
                if printed is not None:
                    hidden.update(
                        t.mem_id for t in printed.traverse(include_text=True) if t.tag == "-text"
                    )
        else:
            if elsewhere and tag == "a" and _is_permalink(element):
                hidden.update(
                    t.mem_id for t in element.traverse(include_text=True) if t.tag == "-text"
                )
            elif tag == "time":
                texts = [t.mem_id for t in element.traverse(include_text=True) if t.tag == "-text"]
                time_ends.update(texts[-1:])
            elif tag == "span":
                parted = _parted(element)
                if parted is not None:
                    spaced.add(parted)
            elif tag == "sup":
                call = _note_mark_text(element)
                if call is not None:
                    calls.add(call)
            elif tag == "math":
                hidden.update(_math_copies(element, node))
            elif tag in RUBY_NOTES or tag == "svg":
                # a ruby's reading; an icon's <title> ("Link opens in a new tab"), no word
                hidden.update(
                    t.mem_id for t in element.traverse(include_text=True) if t.tag == "-text"
                )
                continue
        attributes = element.attributes if by_attributes else None
        if attributes and is_hidden(attributes):
            toggle = read_more_toggle(element)
            shut = element if toggle is None else toggle  # the rest is text, its toggle not
            hidden.update(t.mem_id for t in shut.traverse(include_text=True) if t.tag == "-text")
    if not hidden and not time_ends and not spaced and not calls:
        return links, None
    parts = node.traverse(include_text=True)
    visible = "".join(
        (" " if t.mem_id in spaced else "")
        + (note_call(t.text_content or "") if t.mem_id in calls else t.text_content or "")
        + (" " if t.mem_id in time_ends else "")
        for t in parts
        if t.tag == "-text" and t.mem_id not in hidden
    )
    return links, visible


# A formula's text other than its MathML: the TeX or content markup a <semantics> carries
# beside it (MathML renders only its first child), and the drawn copy a renderer hides from
# screen readers beside the MathML it keeps for them (KaTeX's "katex-html", an
# aria-hidden sibling of the MathML's box): the formula once, not two or three times.
_MATH_NOTES = "annotation, annotation-xml"
# The MathML's boxes climbed for such a drawn copy: KaTeX's is one box up (the MathML's
# "katex-mathml" and the copy are the "katex" box's children).
_MATH_REACH = 2


def _math_copies(math: LexborNode, top: LexborNode) -> set[int]:
    """The ``mem_id``s of the texts that copy formula ``math`` (``_MATH_NOTES``), below
    ``top``, the element read."""
    copies = {
        t.mem_id
        for note in math.css(_MATH_NOTES)
        for t in note.traverse(include_text=True)
        if t.tag == "-text"
    }
    box = math.parent
    for _ in range(_MATH_REACH):
        if box is None or box.mem_id == top.mem_id:
            break
        holder = box.parent
        if holder is None:
            break
        for sibling in holder.iter():
            if sibling.mem_id != box.mem_id and sibling.attributes.get("aria-hidden") == "true":
                copies.update(
                    t.mem_id for t in sibling.traverse(include_text=True) if t.tag == "-text"
                )
        box = holder
    return copies


def _parted(element: LexborNode) -> int | None:
    """The ``mem_id`` of the first text of ``element``, a ``<span>`` written right after
    another, when a space must part the two (``body.seams``: a value after a value's span);
    else ``None``."""
    before = element.prev
    if before is None or before.tag != "span":
        return None
    if not values_meet(before.text(deep=True), element.text(deep=True)):
        return None
    first = next((t for t in element.traverse(include_text=True) if t.tag == "-text"), None)
    return None if first is None else first.mem_id


def _note_mark_text(sup: LexborNode) -> int | None:
    """The ``mem_id`` of the text of ``sup`` when it is a footnote's mark (``seams``), its
    one text written in brackets; else ``None``."""
    texts = [t for t in sup.traverse(include_text=True) if t.tag == "-text"]
    if len(texts) != 1 or not is_note_mark(sup):
        return None
    return texts[0].mem_id


# The brackets a print view sets a link's address in after its words, for the paper
# ("Tarife [https://…]", "the report (https://…)").
_ADDRESS_BRACKETS = {"(": ")", "[": "]"}


def _printed_address(link: LexborNode) -> LexborNode | None:
    """The node right after ``link`` when it only prints the link's address in brackets
    (a print view's "<a href=X>words</a> [X]", for a reader of the paper): the address of
    the link again, not words of the line. A text node, or a ``<span>`` holding it; else
    ``None``."""
    after = link.next
    if after is None:
        return None
    tag = after.tag
    if tag == "-text":
        text = after.text_content or ""
    elif tag == "span":
        text = after.text(deep=True)
    else:
        return None
    text = text.strip()
    if len(text) < _SHORTEST_ADDRESS or _ADDRESS_BRACKETS.get(text[0]) != text[-1]:
        return None  # most links are followed by words or a mark: cut here
    href = link.attributes.get("href")
    return after if href and text[1:-1].strip() == href.strip() else None


# "(http://a.b)": the fewest characters a bracketed address can have.
_SHORTEST_ADDRESS = 12


def _note_link_text(link: LexborNode) -> int | None:
    """The ``mem_id`` of the text of ``link`` when it is a footnote's bare mark written
    right after a word (``seams.is_note_link``: "1911[1]", not "19111"); else None."""
    before = link.prev
    if before is None or before.tag != "-text" or not (before.text_content or "")[-1:].isalnum():
        return None  # a link after a space, a tag or nothing is no mark glued to a word
    first = link.child
    if first is None or first.tag != "-text" or first.next is not None:
        return None
    return first.mem_id if is_note_link(link) else None


# A heading's link to itself whose text is one sign: the permalink that VuePress,
# markdown-it-anchor and Jekyll or Hugo themes set before or after the heading's words
# ("<a class="header-anchor" href="#setup">#</a> Setup"). "#" in a heading's text ends a
# name ("C#") or opens a hashtag, so only such a link's sign is left out.
_PERMALINK_SIGNS = frozenset({"#", "¶", "§", "🔗"})


# The signs a link back to the top of the page opens with ("↑ Top", "▲ بالا", "⬆ Nach
# oben"), a glossary's or a long FAQ's after each entry: language-free, where its words are
# not ("^", a reference's way back to its citation, is left to the other rules); and the
# hooked arrows of a footnote's link back to its call (markdown-it's, kramdown's and
# pandoc's "↩", "↩︎"; "⤴"): the way back up from the notes, no word of the note.
UP_ARROWS = frozenset("↑⇑⬆▲△🔝↩⤴")


def jumps_on_page(link: LexborNode) -> bool:
    """Whether ``link`` leads to a place on its own page (``href="#…"``)."""
    href = link.attributes.get("href")
    return href is not None and href.lstrip().startswith("#")


# The ellipses a generator's "More..." link ends with (Doxygen's "More...", "Mehr...",
# "Detaljnije..."): the sign, in any language, of a jump to the entry's full text.
_MORE_ELLIPSES = ("...", "…")
# Such a link is a word or two ("More...", "Plus de détails..."); a longer one is a phrase.
_MORE_LINK_WORDS = 3


def ends_with_ellipsis(text: str) -> bool:
    """Whether ``text`` ends with an ellipsis (a cheap test before ``closing_more_link``)."""
    return text.rstrip().endswith(_MORE_ELLIPSES)


def closing_more_link(node: LexborNode) -> str | None:
    """The text of the link closing ``node`` when it is a jump to the entry's own full text
    on the page: an ``href="#…"`` link of a word or two ending with an ellipsis, after a
    sentence's end, nothing but spaces and line breaks after it ("Opens the connection.
    <a href='#a1'>More...</a>", a reference's summary of a member); else ``None``. Its
    words say where to read on, in any language, not what the entry is."""
    links = node.css("a")
    if not links:
        return None
    link = links[-1]
    words = link.text(deep=True).strip()
    if not ends_with_ellipsis(words) or len(words.split()) > _MORE_LINK_WORDS:
        return None
    href = (link.attributes.get("href") or "").strip()
    if not href.startswith("#") or len(href) == 1:
        return None  # a bare "#" is a script's button (a teaser's "Read more..."), no jump
    element: LexborNode | None = link
    while element is not None and element.mem_id != node.mem_id:
        after = element.next
        while after is not None:
            if after.tag == "-text" and (after.text_content or "").strip():
                return None
            if after.tag not in ("-text", "br"):
                return None
            after = after.next
        element = element.parent
    before = node.text(deep=True).rstrip()[: -len(words)].rstrip()
    return words if before and ends_as_sentence(before) else None


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
COLLAPSIBLE = LazyPattern(r"(?:^|[\s_-])(?:collapse|collapsible)(?:$|\s)", re.IGNORECASE)
# A spoiler's folded body (a forum's or a blog engine's "spoiler", "spoiler-body",
# "bbCodeSpoiler-content"), opened by a click on its title: a passage of the text.
SPOILER = LazyPattern(r"spoiler(?:[-_]?(?:body|content|text|inner))?(?:$|\s)", re.IGNORECASE)
# The class of a tab's panel that a script hides inline until its tab is picked ("tab-content",
# "tab-pane", "tabs-panel", "woocommerce-Tabs-panel"): a product's specifications beside its
# description, whichever tab shows first.
TAB_PANEL = LazyPattern(r"(?:^|[\s_-])tabs?[-_]?(?:pane|panel|content)(?:$|\s)", re.IGNORECASE)


def toggled_ids(root: LexborNode) -> set[str]:
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


def follows_a_disclosure(node: LexborNode) -> bool:
    """Whether ``node`` comes right after a toggle naming no panel (``aria-expanded``
    without ``aria-controls`` or ``aria-haspopup``, or an element with an ``onclick`` that
    is no link to another page), itself or as the only element of a
    heading: the disclosure pattern, a button and the panel it opens after it (a FAQ's
    answer, an accordion's section), which hides the panel until it is opened."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    if before is None:
        return False
    if before.tag in _DISCLOSURE_HOLDERS:
        inner = before.child
        while inner is not None and inner.tag in ("-text", "-comment"):
            inner = inner.next
        if inner is None or (inner.next is not None and inner.next.tag != "-text"):
            return False
        before = inner
    attributes = before.attributes
    if "onclick" in attributes:
        # An older page's toggle: a question's box whose click (a script of the page's)
        # shows the answer hidden after it; a link to another page is no toggle.
        return before.tag != "a" or not _leaves_the_page(attributes.get("href"))
    return (
        "aria-expanded" in attributes
        and not attributes.get("aria-controls")
        and attributes.get("aria-haspopup") is None
    )


def precedes_a_reveal(node: LexborNode) -> bool:
    """Whether ``node``, hidden, is the rest of a text that the control right after it
    reveals: a "read more" or "show details" ``<button>`` or a link to nowhere (the
    rest of a post in a ``display:none`` sibling, an Alpine.js ``x-show`` or Vue
    ``v-show`` block), holding sentences (``REST_WORDS``); or a list's item hidden after
    shown ones, linking nothing, when the control follows the list ("show all"). A hidden
    menu, dialog or cookie bar holds its controls inside, and a closed menu's items link."""
    tag = node.tag  # read once: each read decodes the name into a new string
    holder = node.parent if tag == "li" else node
    toggle = None if holder is None else holder.next
    while toggle is not None and toggle.tag in ("-text", "-comment"):
        toggle = toggle.next
    if toggle is None or toggle.tag not in _TOGGLE_TAGS:
        return False
    attributes = toggle.attributes
    if attributes.get("type") == "submit":
        return False  # a form's button sends it
    href = (attributes.get("href") or "").strip()
    if href not in ("", "#") and not href.startswith("javascript:"):
        return False  # a link to a place names what it opens (a sign-in box's "#signin")
    if tag == "li":
        # a first item hidden is a list's template or a menu's; a menu's items link
        return (
            holder is not None
            and holder.tag in ("ul", "ol")
            and element_before(node) is not None
            and node.css_first("a") is None
        )
    names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if is_overlay(names):
        return False  # a popup's or a consent layer's box, with its opener after it
    return holds_sentences(node)


def holds_sentences(node: LexborNode) -> bool:
    """Whether ``node``'s text is prose: ``REST_WORDS`` words or more, closed as a
    sentence (a hidden form, menu or screen reader's note is a few words or none)."""
    text = node.text(deep=True)
    return ends_as_sentence(text) and word_count(text) >= REST_WORDS


def element_before(node: LexborNode) -> LexborNode | None:
    """The element sibling before ``node`` (text and comments passed over), if any."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return before


def _leaves_the_page(href: str | None) -> bool:
    """Whether a link's target is another page (not "#", a fragment or a script)."""
    target = (href or "").strip()
    return bool(target) and not target.startswith(("#", "javascript:"))


# What holds a disclosure's toggle as its only element: the question's heading.
_DISCLOSURE_HOLDERS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt"})


# The level of the heading a panel's toggle makes: a section's question or tab title.
TOGGLE_LEVEL = 3
# A panel of these is the page's navigation, not its text.
LANDMARK_TAGS = frozenset({"nav", "menu", "header", "footer", "aside", "dialog"})


def toggled_id(button: LexborNode) -> str:
    """The id of the panel a ``<button>`` opens ("" if none), as ``toggled_ids`` reads the
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


def is_hidden(attributes: dict[str, str | None]) -> bool:
    """Whether an inline element is hidden from sighted readers."""
    if "hidden" in attributes and attributes["hidden"] != UNTIL_FOUND:
        return True
    # Each attribute asked by ``in`` first (most inline elements have neither): a test where
    # ``get`` is a call.
    if "class" in attributes:
        classes = attributes["class"]
        if classes and hiding_classes(classes):
            return True
    if "style" not in attributes:
        return False
    style = attributes["style"]
    return style is not None and "display:none" in style.replace(" ", "")


# A hidden inline element of this many words at least, closed as a sentence, right before a
# toggle that leads nowhere, is the rest of a text that a "read more" toggle shows (a "show
# more" plug-in's "<span style="display:none">…</span><a href="#">more</a>"): a teaser's
# hidden date or a screen reader's note ("opens in a new tab") is a few words.
REST_WORDS = 6
# The tags of a toggle that shows hidden text in place.
_TOGGLE_TAGS = frozenset({"a", "button"})


def read_more_toggle(hidden: LexborNode) -> LexborNode | None:
    """The "read more" toggle set right after ``hidden``, a hidden inline element that holds
    the rest of the text (sentences), or None: a link to no other page ("#", a script's
    "javascript:…", none) or a button. The rest is the text a reader opens; the toggle's
    words are none of it. Text hidden for screen readers only is never opened."""
    classes = hidden.attributes.get("class")
    if classes and not SCREEN_READER_CLASSES.isdisjoint(classes.lower().split()):
        return None  # a screen reader's words for the control after it ("opens a dialog")
    toggle = hidden.next
    while toggle is not None and toggle.tag == "-text" and (toggle.text_content or "").isspace():
        toggle = toggle.next
    if toggle is None or toggle.tag not in _TOGGLE_TAGS:
        return None
    href = (toggle.attributes.get("href") or "").strip()
    if href not in ("", "#") and not href.startswith("javascript:"):
        return None
    return toggle if holds_sentences(hidden) else None


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


def clean_block_text(text: str) -> str:
    """A block's text as read: invisible characters out, runs of white space one space, the
    walk's line breaks kept as lines, capped at ``MAX_BLOCK_CHARS``."""
    text = text[:MAX_BLOCK_CHARS]
    # Most texts are clean already (nine table cells in ten: "", "X", a code; most
    # paragraphs, in any script): a printable text holds no invisible character (soft
    # hyphens, zero-width spaces are format characters), no line break and no white space
    # but the space (``str.isprintable`` refuses every other), so one without a space at
    # either end or two together is given back as it is (C tests, where the split and join
    # below built it again: a paragraph's curly apostrophe or accented letter once sent it
    # there).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    text = drop_invisible(text)
    if LINE_BREAK not in text:
        return _printable(" ".join(text.split()))
    lines = (_printable(" ".join(line.split())) for line in text.split(LINE_BREAK))
    kept = [line for line in lines if line]
    return "\n".join(line for at, line in enumerate(kept) if not (at and _is_rule_line(line)))


# A line of one block drawn of these alone is a rule setting two parts of the text apart (an
# agency's "___" above its closing note, "* * *", "———"): no word of the text. Only past the
# block's first line: one opening the block is a signature's delimiter (a forum's
# "__________________", mail's "--") that ``cleanup`` reads to drop the signature under it.
_RULE_CHARS = "_-‐–—―=~*•· "
# Rule characters a separator line holds at least: a lone dash on its line is a cell's "no
# value" or a list's mark, not a rule.
_RULE_LENGTH = 3


def _is_rule_line(line: str) -> bool:
    """Whether ``line`` (a block's, past its first) is a rule drawn across the text."""
    return len(line) >= _RULE_LENGTH and not line.strip(_RULE_CHARS)


def _printable(line: str) -> str:
    """``line`` (its white space cut to single spaces) without control characters: one C
    test for most lines, where a search of every block cost 0.06 ms a page."""
    return line if line.isprintable() else " ".join(drop_controls(line).split())


# A row holding one of these is a layout's container, walked as one. A <br> in a short cell
# of a row of several is not: it breaks a data cell's lines (a file name above its checksum,
# a name above a role), and the row stays one row of the table ("| report.csv md5:3f9a |
# 48 MB |"); a layout table's cell broken so holds a page's prose or an e-mail's footer. A
# short list in such a cell is the same: a data cell's items on lines of their own ("|
# North | dredging new fenders |"), each <li> read as a <br>; a layout cell's list is a
# menu or a column of links, longer. So are a data cell's short paragraphs ("| Leeks | Sow
# indoors. Plant out in May. |", an editor's <p> a line), each <p> read as a <br>.
_ROW_BLOCKS = INLINE_HAS_BLOCKS - {"br", "ul", "ol", "li", "p"}
# Characters of a data cell broken by a <br> or holding a list: two or three short lines (a
# name and a role, a file and its checksum, a work's items); a layout cell's prose is longer.
_BROKEN_CELL_CHARS = 80
# List items and paragraphs a data row's cells hold: a few (a berth's works, a plan's perks);
# a row holding more is a layout's (a menu, a column of links), told at the first item past
# them, so that a row of a thousand items costs no pass of its own before it is walked as a
# container.
_CELL_LIST_ITEMS = 8


# A link styled as a button ("btn", Semantic UI's "ui mini button"): alone in a table's cell
# it is the row's control ("Download", "Reserve"), not a value of the table.
_BUTTON_CLASS = LazyPattern(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.IGNORECASE)


# A row's parts (``row_parts``): its cells, link characters, the cells a <br> breaks (by
# ``mem_id``; None when no <br> breaks the row), the cells holding only a button link,
# whether every cell is a ``<th>`` (told in the pass that reads each cell's tag). A plain
# tuple: a NamedTuple's constructor is a Python call, made for every row.
RowParts = tuple[list[LexborNode], int, set[int] | None, set[int], bool]


def row_parts(row: LexborNode) -> RowParts | None:
    """A table row's cells (``td``, ``th``, nested ones too), link characters, whether a
    <br> breaks a cell, the cells that hold only a button link (by ``mem_id``) and whether
    all of them are header cells, or None when the row holds a block and is walked as a
    container: one pass over its elements in place of three CSS queries (a data table has
    thousands of rows). The cells a <br> breaks
    are found in the same pass (each <br>'s cells above it), where a query of each cell
    (``css_first("br")``, its selector parsed at every call) cost a big table's rows two
    queries a cell."""
    cells: list[LexborNode] = []
    links = 0
    broken: set[int] | None = None
    controls: set[int] = set()
    pre = 0
    items = 0
    headers = True
    for node in row.traverse():
        tag = node.tag
        if tag in _ROW_BLOCKS:
            return None
        if tag == "td" or tag == "th":
            cells.append(node)
            headers = headers and tag == "th"
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
            broken = _with_cells_above(node, row, broken if broken is not None else set())
        elif tag == "li" or tag == "p":
            items += 1
            if items > _CELL_LIST_ITEMS:
                return None
            broken = _with_cells_above(node, row, broken if broken is not None else set())
        elif tag == "pre":
            pre += 1
    if broken is not None and not _data_cells_broken(cells, broken):
        return None
    if len(cells) == 1 and _named(cells[0]):
        return None  # a layout table's named cell: walked as a container, its name judged
    if pre and pre >= len(cells):
        return None  # a code block beside its line numbers, each cell a <pre>
    if not headers and not links and _first_row(row):
        headers = _bold_cells(cells)
    return cells, links, broken, controls, headers


# The roles of an ARIA grid's cells: a table of <div>s and <span>s a script framework draws
# ("<div role='row'><span role='cell'>"), whose cells would run together as inline text.
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})


def aria_row_parts(row: LexborNode) -> RowParts | None:
    """The parts of a ``role=row`` element as ``row_parts`` gives a ``<tr>``'s: its cells
    (the elements of a cell's role, outermost), link characters and whether every cell is
    a column header; None when it holds no cell, or another row (a grid nested in it, walked
    as a container)."""
    cells: list[LexborNode] = []
    pending = list(row.iter())
    while pending:
        node = pending.pop(0)
        role = node.attributes.get("role")
        if role in _CELL_ROLES:
            cells.append(node)
        elif role == "row":
            return None
        else:
            pending[:0] = list(node.iter())
    if not cells:
        return None
    links = sum(len(link.text(deep=True)) for link in row.css("a"))
    headers = all(cell.attributes.get("role") == "columnheader" for cell in cells)
    return cells, links, None, set(), headers


def _first_row(row: LexborNode) -> bool:
    """Whether ``row`` is its table's first (nothing but text before it, in its body or
    section, and no ``<thead>`` before that)."""
    section = row.parent
    return (
        _first_element(row)
        and section is not None
        and section.tag != "thead"
        and (section.tag != "tbody" or _first_element(section))
    )


def _first_element(node: LexborNode) -> bool:
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return before is None


# Tags an editor sets a header row's text in when its table has no <th> (WordPress's and
# CKEditor's classic tables: "<td><strong>Size</strong></td>").
_BOLD = "strong, b"


def _bold_cells(cells: list[LexborNode]) -> bool:
    """Whether a first row's cells are an editor's header: two or more filled, each one's
    text wholly set in bold (a row of column names), asked of first rows only."""
    filled = 0
    for cell in cells:
        text = "".join(cell.text(deep=True).split())
        if not text:
            continue
        bold = "".join(
            "".join(b.text(deep=True).split()) for b in cell.css(_BOLD) if not _in_bold(b, cell)
        )
        if bold != text:
            return False
        filled += 1
    return filled >= _BOLD_HEADER_CELLS


def _in_bold(node: LexborNode, cell: LexborNode) -> bool:
    """Whether ``node`` sits in another bold element of ``cell`` (its text counted there)."""
    up = node.parent
    while up is not None and up.mem_id != cell.mem_id:
        if up.tag in ("strong", "b"):
            return True
        up = up.parent
    return False


# A header row names two columns at least: one bold cell is a table's title or a label.
_BOLD_HEADER_CELLS = 2


def _named(cell: LexborNode) -> bool:
    """Whether a cell carries a class or an id. A row of one cell is no row of data (a data
    row fills two, ``tables._FILLED_CELLS``): it is a layout table's slot, and a template
    names its slots as it names its boxes (an e-mail's "preheader" cell with its "view in
    your browser" line, its "footer" cell with the unsubscribe link), so the cell is
    walked as a container whose name is weighed like a ``<div>``'s."""
    attrs = cell.attributes
    return bool(attrs.get("class") or attrs.get("id"))


def _with_cells_above(node: LexborNode, row: LexborNode, cells: set[int]) -> set[int]:
    """``cells`` with the ``mem_id`` of every cell between ``node`` and ``row``."""
    stop = row.mem_id
    up = node.parent
    while up is not None and up.mem_id != stop:
        tag = up.tag
        if tag == "td" or tag == "th":
            cells.add(up.mem_id)
        up = up.parent
    return cells


def _data_cells_broken(cells: list[LexborNode], broken: set[int]) -> bool:
    """Whether the <br>s of a row break data cells' lines (see ``_ROW_BLOCKS``): a row of
    two or more cells, each one broken (``broken``: their ``mem_id``s) short."""
    return len(cells) > 1 and all(
        cell.mem_id not in broken or len(cell.text(deep=True).strip()) <= _BROKEN_CELL_CHARS
        for cell in cells
    )


# Elements ``holds_any`` tests one by one in Python: more than the subtree of any inline
# element of the dev pages holds (a link or a <span> holds a few); past them the answer comes
# from ``Holders``, so that a hostile chain of 45,000 nested <b> costs no walk per level.
_WALKED_BELOW = 64


def broken_cell_text(cell: LexborNode) -> str:
    """The text of a cell a <br> breaks or a list fills, a space where each <br> is and
    before each <li> (its text nodes run together otherwise: "report.csvmd5:3f9a")."""
    return "".join(
        " "
        if node.tag == "br" or node.tag == "li" or node.tag == "p"
        else (node.text_content or "")
        for node in cell.traverse(include_text=True)
        if node.tag in _BROKEN_CELL_PARTS
    )


# The nodes ``broken_cell_text`` reads: the text, and the breaks between its lines.
_BROKEN_CELL_PARTS = frozenset({"br", "li", "p", "-text"})


# A choice's box inside its label: the label is the choice's text ("<li><label><input
# type=radio> Aoraki</label></li>", a quiz's options listed); a form's other labels (a
# field's name, a tab's title, "Sort by:") stay unread with their controls.
_OPTION_TYPES = frozenset({"radio", "checkbox"})


def option_type(label: LexborNode) -> str:
    """The type of the radio button or check box a <label> wraps ("radio", "checkbox"): the
    option it names; "" for another label. A walk of the (small) label, not a CSS query,
    which parses its selector: every label of a page's forms is asked."""
    for node in label.traverse():
        if node.tag == "input":
            kind = (node.attributes.get("type") or "").lower()
            if kind in _OPTION_TYPES:
                return kind
    return ""


def elements_below(
    node: LexborNode, tags: frozenset[str], holders: Holders
) -> tuple[bool, Tagged | None]:
    """``holds_any`` of ``node`` and ``tags``, and the elements below it with their tags when
    they were all read to answer (None at the first of ``tags`` or past ``_WALKED_BELOW``):
    a paragraph's later questions (``inline_parts``, ``link_chars``) read them from the
    list, not from a walk of their own (each node read makes a node object)."""
    below = node.traverse()
    next(below)  # the node itself
    found: Tagged = []
    for seen, element in enumerate(below):
        tag = element.tag or ""
        if tag in tags:
            return True, None
        if seen == _WALKED_BELOW:
            return holders.holds(node, tags), None
        found.append((element, tag))
    return False, found


def holds_any(node: LexborNode, tags: frozenset[str], holders: Holders) -> bool:
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


class Holders:
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


def inline_text_only(node: LexborNode) -> bool:
    """Whether ``node`` holds nothing but one text node (or nothing): the common case of
    ``<a>``, ``<span>`` and ``<p>``, answered without a CSS query."""
    child = node.child
    return child is None or (child.next is None and child.tag == "-text")
