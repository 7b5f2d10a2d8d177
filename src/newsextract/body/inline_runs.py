"""The pieces ``child_splitting`` splits a container's children with: the sets that tell its
children apart, the work item a child or a run of inline words becomes, and the tests of an
inline element's words (a footnote's mark, the way back up, a poll's option). Functions and
sets apart from the walk's classes, so the block filing (``block_filing``) reads the same
sets and work item without importing the loop."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.ancestry import near_ancestor
from newsextract.body.inline_text import PERMALINK_MARKS
from newsextract.body.link_checks import jumps_on_page
from newsextract.body.model import TERM, BlockKind
from newsextract.body.seams import is_note_link, is_note_mark

# An inline icon, whose <title> is no word of the line it sits in; a formula, whose MathML
# may sit beside copies of it (``inline_text.inline_parts``).
ICONS = frozenset({"svg", "math"})
FLUSHING_SKIPS = frozenset(
    {"nav", "aside", "footer", "figure", "figcaption", "dialog", "menu", "fieldset", "iframe"}
)
# The children ``ChildSplitting._children`` pushes as they are, to be visited in turn (less the
# walk's skipped tags): block elements, no inline one, none skipped or read in place (a
# label's option, a button's panel, an aside's fact box). Most of a page's children: one set
# look-up tells them, where the tag tests of the other children cost 0.5 % of a page.
BLOCK_CHILDREN = frozenset(
    {"div", "p", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "header",
     "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
     "caption", "blockquote", "pre", "figure", "figcaption", "form", "address", "details",
     "summary", "center", "hgroup", "hr"}
)  # fmt: skip
# Skipped children that leave no mark (no picture, player, e-mail field, nor the end of a
# run): passed over at once.
QUIET_SKIPS = frozenset({"-comment", "script", "style", "noscript", "template", "link", "meta"})


# A work item of the walk: an element to visit (with the ``in_link`` state it is met in) or
# an inline run's text (with its link characters); then its parent container, the kind of
# block its loose text forms, its list or heading level and the element's tag (``RUN`` for
# a run): read where the element is met, as its parent's children are told apart, and not
# read again when it is visited (each read decodes the name into a new string).
Item = tuple[LexborNode | str, int, int, BlockKind, int, str]
# The tag of an inline run's block.
RUN = "#run"


def add_run(
    items: list[Item],
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
    if kind is TERM:
        # an API entry's signature closes on its link to itself as a heading does (Sphinx's
        # "fetch(code, days=3)¶"): the sign is no word of the term
        text = text.rstrip().rstrip(PERMALINK_MARKS)
    if text and not text.isspace():
        items.append((text, len(text) if in_link else links, index, kind, level, RUN))


def leads_back_up(element: LexborNode, tag: str, text: str) -> bool:
    """Whether an inline element opening on an up arrow is the way back up the page: a
    link to a place on it ("↑ Top"), or a wrapper holding only such a link (a wiki's
    reference list sets each note's "↑" back-link in a span of its own)."""
    if tag == "a":
        return jumps_on_page(element)
    link = element.css_first("a")
    return link is not None and jumps_on_page(link) and link.text(deep=True).strip() == text.strip()


# The inline elements a footnote's mark is: its <sup>, or the link around one.
NOTE_HOLDERS = frozenset({"sup", "a"})
# A mark's text, spaces around it included, is at most this long: a longer one is no mark
# (and is not looked at).
NOTE_TEXT = 12


def marks_a_note(element: LexborNode, tag: str) -> bool:
    """Whether ``element`` (a ``<sup>`` or a link) is a footnote's mark (``is_note_mark``)."""
    if tag == "sup":
        return is_note_mark(element)
    sup = element.child
    if sup is not None and sup.tag == "-text" and sup.next is None:
        return is_note_link(element)  # a bare link as the mark ("1911<a href=#fn1>1</a>")
    return sup is not None and sup.tag == "sup" and sup.next is None and is_note_mark(sup)


# A poll's option sits a few levels inside its form (form > ul > li > label).
FORM_DEPTH = 5


def in_form(node: LexborNode) -> bool:
    """Whether an element sits inside a ``<form>`` (up to ``FORM_DEPTH`` levels up)."""
    return near_ancestor(node, "form", FORM_DEPTH) is not None
