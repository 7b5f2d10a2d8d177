"""Whether a short block is page furniture, whatever its container: the one test
(``is_furniture_line``) that runs the line tests of its sibling modules in order of cost,
each under the length past which a line is prose.

Nothing here names a site: these are the words that templates in many languages use for
navigation, sharing, teasers, ads and credits, so a line carrying them is boilerplate on any
site. The tests live in modules of their own: ``label_lines`` (behind ``label_gate``),
``share_lines``, ``credit_lines``, ``contact_lines``, ``meta_lines``, ``date_lines`` and
``teaser_lines``; the rest here is the copyright, placeholder and agency lines and a post's
meta line set in parts."""

from __future__ import annotations

import functools
import re

from ahocorasick_rs import AhoCorasick

from newsextract.body.characters import DIGIT, EMAIL
from newsextract.body.contact_lines import is_contact_line, is_phone_contact
from newsextract.body.credit_lines import (
    credit_tail,
    is_bracketed_picture_credit,
    is_labelled_credit,
)
from newsextract.body.date_lines import DATELINE, is_dateline
from newsextract.body.label_gate import opens_with_label
from newsextract.body.label_lines import (
    category_line_names,
    credit_line,
    disclosure_line,
    is_byline_line,
    is_update_note,
    label_line,
    read_more_label,
    read_more_line,
    translation_note,
)
from newsextract.body.meta_lines import (
    FOLLOW_LINE,
    READING_TIME_LINE,
    VIEW_TALLY_LINE,
    is_counts_row,
    is_followed_meta_line,
    is_reading_time,
    is_view_tally,
)
from newsextract.body.share_lines import is_glued_label_line, is_share_line
from newsextract.body.teaser_lines import TEASER_MAX
from newsextract.label_lists import LabelList
from newsextract.labels import agency_line, words
from newsextract.lazy_regex import LazyPattern
from newsextract.regex_words import word_alternation

# An ad label set off before a few words is a disclosure ("Anzeige, enthält Affiliate
# Links", "Advertisement | Partner content"): at most a short line, a sentence is text.
_DISCLOSURE = 60


# Three " | " bars make a row of links or a programme note, not a sentence.
_LINK_LIST_BARS = 3


# Lengths past which a line is read as prose, not as the furniture each test looks for:
# a label line is at most a long tweet; a read-more or credit line, a byline and a date line
# are a few words each (a sentence about a photo, an author or a date is article text).
_FURNITURE_LINE = 160
_READ_MORE_OR_CREDIT = 100
_BYLINE_LINE = 80


# What sets a meta line's parts off: bars, and the middle dots WordPress themes print
# ("12 grudnia 2026 przez Anna Wiśniewska · 23 komentarze").
_META_PARTS = LazyPattern(r" [|·] ")


def _furniture_parts(text: str) -> bool:
    """A post's meta line, its parts set off by bars or dots: "March 5, 2020 at 8:45 AM |
    categories: Python | View Comments" is furniture when most of its parts are."""
    parts = _META_PARTS.split(text)
    furniture = sum(1 for part in parts if is_furniture_line(part))
    if 2 * furniture > len(parts):
        return True
    # Beside a part of furniture, the others may be tallies ("Waktu baca 2 menit · Dibaca
    # 1.204 kali", a reading time and a count of readers): a number and a word or two.
    return furniture > 0 and all(is_furniture_line(part) or _is_tally(part) for part in parts)


# A tally in a meta line: a number among at most this many words ("1.204 views", "Dibaca
# 1.204 kali", "23 комментария"); a longer part is a phrase of the text.
_TALLY_WORDS = 3


def _is_tally(part: str) -> bool:
    """Whether a meta line's part is a count: a number and at most two words, no more."""
    split = part.split()
    return len(split) <= _TALLY_WORDS and any(DIGIT.match(word) for word in split)


def is_furniture_line(text: str, *, list_item: bool = False) -> bool:
    """Whether a short block is an ad label, a read-more/share prompt, a byline, a credit
    or caption, a contact line or a date line (``list_item``: read as a list's item, see
    ``is_dateline``)."""
    n = len(text)
    if n > _FURNITURE_LINE:
        # A translation note, or a read-more label ("Lire aussi :") in front of a long
        # teaser headline.
        return n <= TEASER_MAX and (
            translation_note().match(text) is not None or read_more_label().match(text) is not None
        )
    bars = text.count(" | ")
    if bars >= _LINK_LIST_BARS:
        return True  # "Gold rate | Silver rate | Holidays": a row of links or a programme note
    if (bars or " · " in text) and _furniture_parts(text):
        return True
    # The tests of a label opening the line, only when one of their labels does.
    labelled = opens_with_label(text)
    if labelled and (
        translation_note().match(text)
        or label_line().match(text)
        or (n <= _DISCLOSURE and disclosure_line().match(text))
        or (
            n <= _READ_MORE_OR_CREDIT
            and (
                read_more_line().match(text)
                or (credit_line().match(text) and not is_update_note(text))
            )
        )
        or read_more_label().match(text)
        or (n <= _BYLINE_LINE and is_byline_line(text))
        or (n <= _BYLINE_LINE and category_line_names(text))
    ):
        return True
    if _PLACEHOLDER.match(text):
        return True
    if n <= _READ_MORE_OR_CREDIT and (
        is_share_line(text, labelled=labelled) or is_glued_label_line(text)
    ):
        return True
    if (
        n <= _AGENCY_LINE_MAX
        and text.count(" ") < _AGENCY_LINE_WORDS
        and agency_line().fullmatch(text)
    ):
        return True
    if n <= _AGENCY_DATELINE_MAX and "," in text and _is_agency_dateline(text):
        return True
    if n <= READING_TIME_LINE and DIGIT.search(text) and is_reading_time(text):
        return True
    if n <= VIEW_TALLY_LINE and DIGIT.search(text) and (is_view_tally(text) or is_counts_row(text)):
        return True
    if n <= FOLLOW_LINE and DIGIT.search(text) and is_followed_meta_line(text):
        return True
    # Each pattern needs its character ("Photo: X", "X | AFP", "a@b.c"): a cheap test first.
    if (":" in text or "|" in text or "©" in text) and credit_tail().search(text):
        return True
    if is_labelled_credit(text) or is_bracketed_picture_credit(text):
        return True
    if "@" in text and EMAIL.search(text) and is_contact_line(text):
        return True
    if "\n" in text and is_phone_contact(text):
        return True
    if n <= DATELINE and is_dateline(text, list_item=list_item):
        return True
    # (A line naming cookies or JavaScript was furniture too: it paid on no half of any set
    # and cut recipe headings, "Chocolate chip cookies".)
    lower = text.lower()
    return bool(_rights_words().find_matches_as_indexes(lower)) and (
        _all_rights().search(lower) is not None
    )


@functools.cache
def _all_rights() -> re.Pattern[str]:
    """A copyright notice's reservation ("all rights reserved", "alle rechte vorbehalten"),
    searched anywhere in a line the caller has put in lower case: a pattern without
    IGNORECASE lets the engine skip to the places where a phrase's first letter stands
    (2.1 µs a short line, against 5.6 with IGNORECASE and a lookahead)."""
    return re.compile(word_alternation({word.lower() for word in words(LabelList.RIGHTS_RESERVED)}))


@functools.cache
def _rights_words() -> AhoCorasick:
    """A word every match of ``_all_rights`` holds as written: each reservation's longest
    word (a space in it matches any white space). A line holding none of them (nearly
    every line) holds no reservation, which one pass of an Aho-Corasick automaton tells in
    less than half the time of the search. The search is built with it (by the warm-up)."""
    _all_rights()
    reservations = words(LabelList.RIGHTS_RESERVED)
    return AhoCorasick(sorted({max(w.lower().split(), key=len) for w in reservations}))


# A template's unfilled slot left in the text: "$$ARTICLEAD$$", "{{ad_slot}}", "[[AD]]".
_PLACEHOLDER = LazyPattern(r"^(?:\$\$|\{\{|\[\[|%%)\s*[\w.:-]+\s*(?:\$\$|\}\}|\]\]|%%)$")


# A line that is an agency's name alone, behind a dash or in brackets ("— Reuters",
# "(MTI)", "-- AFP"): the story's credit, set after its last paragraph. Agencies' names are
# short; this bounds the test to such lines.
_AGENCY_LINE_MAX = 40
# ... and a few words: a dash and a name of up to three words ("— Europa Press").
_AGENCY_LINE_WORDS = 4
# A wire story's dateline on a line of its own: the agency, a comma and the place in capitals
# ("AFP, PORT ELLIS", "EFE, VALDEMORA"), as wires write it; a place of a few words at most.
_AGENCY_DATELINE_MAX = 60
_DATELINE_PLACE_WORDS = 3


def _is_agency_dateline(text: str) -> bool:
    """Whether ``text`` is an agency's name (``agency_line``), a comma and a place written in
    capitals: the dateline the wire's copy opens with, no sentence of it (a place in
    ordinary case after a name is a line of the text, "Reuters, in London")."""
    head, _, place = text.rpartition(",")
    words = place.split()
    return (
        0 < len(words) <= _DATELINE_PLACE_WORDS
        and all(word.isupper() and len(word) > 1 for word in words)
        and agency_line().fullmatch(head) is not None
    )
