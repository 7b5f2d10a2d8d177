"""Hidden elements and the hidden rest of a text: whether an inline element is hidden from
sighted readers, and whether a hidden element is the rest of a text a "read more" control
right after it reveals. Kept apart because hiding is read from attributes and neighbours,
not words, and both the walk and the metadata ask it."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.characters import ends_as_sentence
from newsextract.body.class_names import is_overlay
from newsextract.body.container_hints import (
    SCREEN_READER_CLASSES,
    UNTIL_FOUND,
    hiding_classes,
)
from newsextract.text import word_count


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
