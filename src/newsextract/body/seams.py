"""Where two inline elements meet with no white space between them in the source, whether
their words are two items all the same: a browser glues such neighbours on one line, so
only a seam the markup or the words show as one between separate items is parted."""

from __future__ import annotations

import unicodedata

from selectolax.lexbor import LexborNode

# Digits that open a value after a label's last letter ("Liste A" "41,2 %").
_DIGITS = frozenset("0123456789")
# The last sign of a value that the next value's first digit or letter may not run on
# from: a figure or a percent sign ("41,2 %" "9 Sitze"), never a letter (a drop cap's "D"
# over "ie Stadt", a word split for its styling, stays one word).
_VALUE_ENDS = _DIGITS | {"%"}
# The signs that end a sentence: one closed after a lower-case letter, with a capital
# opening the next span, is two lines set as blocks by the style sheet ("terminus."
# "Arrival"); "U." "S." (a capital before the stop) stays one abbreviation.
_SENTENCE_ENDS = frozenset(".!?")


def values_meet(before: str, after: str) -> bool:
    """Whether two neighbouring ``<span>``s, written with nothing between them, are two
    items whose words a space must part: two values of a row (a figure on one side of the
    seam, a letter or figure on the other), a label closed by its colon and its value
    ("Abfahrt:" "22:04"), a name and its price ("Couchette" "€49"), or two sentences."""
    if not before or not after:
        return False
    last, first = before[-1], after[0]
    if last in _VALUE_ENDS:
        return first.isalnum()
    if last.isalpha():
        if first.isalnum():
            return first in _DIGITS  # a word split for its styling stays one ("Di" "e")
        return unicodedata.category(first) == "Sc"
    sign = before[-2:-1]  # the character before the last ("" in a one-sign span)
    if last == ":":
        return sign.isalpha() and first.isalnum()  # not a clock split "12:" "30"
    return last in _SENTENCE_ENDS and sign.islower() and first.isupper()


# A footnote's mark is a number or a letter or two, bracketed or not ("1", "[12]", "a").
_NOTE_MARK_CHARS = 6
# The signs after which a bare number in a ``<sup>`` is a note's call, not an exponent: a
# sentence's or a clause's end ("week.<sup>1</sup>"); an exponent follows a figure or a letter
# ("m<sup>2</sup>", "10<sup>6</sup>").
_CALL_AFTER = frozenset(".,;:!?")
# A bare call's number has at most this many digits (a note list is never longer).
_CALL_DIGITS = 3


def note_call(text: str) -> str:
    """A footnote mark's text as the body writes it: in brackets, glued to what it follows
    ("week.[1]", "1911[1]": never "week.1" nor "19111"); one bracketed already is kept."""
    mark = text.strip()
    return mark if mark[:1] in "[(" else f"[{mark}]"


def is_note_mark(sup: LexborNode) -> bool:
    """Whether ``sup`` is a footnote's mark: a short ``<sup>`` linked to a note on the page
    (``href="#..."``, inside the link or around it) or so named by its ARIA role. Its
    number is no digit of the word before it ("1911" and mark "1" are not "19111")."""
    if sup.attributes.get("role") == "doc-noteref":
        return True
    link = sup.parent if sup.parent is not None and sup.parent.tag == "a" else sup.child
    if link is None or link.tag != "a":
        return _bare_call(sup)
    attributes = link.attributes
    href = attributes.get("href") or ""
    return (href.startswith("#") or attributes.get("role") == "doc-noteref") and len(
        sup.text(deep=True).strip()
    ) <= _NOTE_MARK_CHARS


def _bare_call(sup: LexborNode) -> bool:
    """Whether ``sup`` holds a number alone right after a word's full stop or comma
    ("week.<sup>1</sup>"): a note's call written with no link to its note."""
    number = sup.child
    before = sup.prev
    if number is None or number.tag != "-text" or number.next is not None or before is None:
        return False
    digits = (number.text_content or "").strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= _CALL_DIGITS):
        return False
    words = before.text_content or "" if before.tag == "-text" else ""
    return words[-1:] in _CALL_AFTER and words[-2:-1].isalpha()


def is_note_link(link: LexborNode) -> bool:
    """Whether ``link``, an ``<a>`` with no ``<sup>``, is a footnote's mark: so named by its
    ARIA role, or linked to a place on the page with a number for its text, bracketed or
    not ("1", "[12]"), as a note's call is; a word's link to a section is never a bare
    number set right after a word. Its number is no digit of the word before it."""
    attributes = link.attributes
    text = link.text(deep=True).strip()
    if not text or len(text) > _NOTE_MARK_CHARS:
        return False
    if attributes.get("role") == "doc-noteref":
        return True
    return (attributes.get("href") or "").startswith("#") and text.strip("[]()").isdigit()


__all__ = ["is_note_link", "is_note_mark", "note_call", "values_meet"]
