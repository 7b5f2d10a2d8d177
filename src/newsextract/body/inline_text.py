"""An element's text as a reader sees it, with the characters of its links: what in it is no
word of the line (hidden parts, a ruby's reading, an icon's title, a formula's copies, a
permalink's sign, an arrow back up, a printed address) and where words must be parted or a
footnote's mark bracketed, in one pass over its elements. Kept apart because it is the
per-element hot path of the walk's inline runs and leaves."""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newsextract.body.hidden_elements import is_hidden, read_more_toggle
from newsextract.body.link_checks import counts_as_link, jumps_on_page
from newsextract.body.seams import is_note_link, is_note_mark, note_call, values_meet
from newsextract.body.subtree_tags import Tagged
from newsextract.body.tag_sets import RUBY_NOTES
from newsextract.lazy_regex import LazyPattern


def ruby_base(ruby: LexborNode) -> str:
    """A ruby's characters without the reading set over them (``RUBY_NOTES``)."""
    return "".join(
        "" if child.tag in RUBY_NOTES else child.text(deep=True)
        for child in ruby.iter(include_text=True)
    )


# The permalink signs documentation generators (Sphinx, MkDocs) put after a heading; not
# "#", which ends names ("C#").
PERMALINK_MARKS = "¶🔗 \u00a0"


# A short bracketed link closing a heading is its tool, not its words: a wiki's "[edit]",
# "[Bearbeiten | Quelltext bearbeiten]".
HEADING_TOOL = LazyPattern(r"\s*\[[^\[\]]{1,40}\]\s*$")


def _tagged_below(node: LexborNode) -> Iterator[tuple[LexborNode, str]]:
    """The elements below ``node`` with their tags, as ``elements_below`` lists them."""
    below = node.traverse()
    next(below)  # the node itself
    return ((element, element.tag or "") for element in below)


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


def _is_permalink(link: LexborNode) -> bool:
    href = link.attributes.get("href")
    return (
        href is not None
        and href.lstrip().startswith("#")
        and link.text(deep=True).strip() in _PERMALINK_SIGNS
    )
