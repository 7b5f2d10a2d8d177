"""Links that seek the page's own player to a moment: a video's or a podcast's chapters
("<a href='?t=750'>12:30 New brake pads</a>"), the show notes' lines, not links off the page.

A line of chapters is wholly linked, so the link-list test took it for a menu; a news
ticker's linked line opens with a time too ("12:30 Minister resigns"), but its link leads to
another page, never to a moment of this one's player.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern

# A clock time code opening a line or a link: "0:04", "12:30", "00:12:30", bracketed or not.
_TIME_CODE = LazyPattern(r"\s*[(\[]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?!\d)")

# An address that seeks a player: a start time in the query or the fragment ("?t=750",
# "watch?v=…&t=750s", "#t=750", "?start=750", "time_continue=750") or a fragment that is the
# time itself ("#00:12:30", "#t750"). A bare "#" (a script's link) seeks nothing.
_SEEK_HREF = LazyPattern(r"[?&#;](?:t|start|time|time_continue)=\d|^#t?\d", re.IGNORECASE)


# The characters a time code's link may open with: a digit or a bracket; a line read whole
# may open with white space too. Tested first, on the text's first character, so that most
# links and lines (words) cost one lookup.
TIME_CODE_OPENERS = frozenset("0123456789([")
LINE_OPENERS = TIME_CODE_OPENERS | frozenset(" \t\n\r\u00a0")


def opens_with_time_code(text: str) -> bool:
    """Whether ``text`` opens with a clock time code (``_TIME_CODE``)."""
    return text[:1] in LINE_OPENERS and _TIME_CODE.match(text) is not None


def is_seek_link(link: LexborNode, words: str) -> bool:
    """Whether ``link``, whose text is ``words``, opens with a time code and seeks the
    page's own player (``_SEEK_HREF``): a chapter's words, to count as the line's text.
    Most links fail on their first character, before their address is read."""
    if words[:1] not in TIME_CODE_OPENERS or _TIME_CODE.match(words) is None:
        return False
    return _SEEK_HREF.search((link.attributes.get("href") or "").strip()) is not None


def seek_link_chars(node: LexborNode) -> int:
    """The characters of the links below ``node`` that seek its player (``is_seek_link``)."""
    found = 0
    for link in node.css("a[href]"):
        words = link.text(deep=True)
        if is_seek_link(link, words):
            found += len(words)
    return found
