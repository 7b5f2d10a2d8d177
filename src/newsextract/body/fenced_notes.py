"""An editor's note set apart from the text: a paragraph wholly in italics fenced by rules
(``<hr>``) before and after it. Kept apart because it is read by its neighbours (the rules
around it), not by its own words."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

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
